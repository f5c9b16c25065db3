import { benchTaskpane } from './taskpane';

/** `npm run bench`, part 2: the task pane's size, time to findings in the preview and round trips per audit. */
benchTaskpane().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
