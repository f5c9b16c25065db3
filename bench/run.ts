import { benchAudit } from './audit';
import { benchBatch } from './batch';
import { benchFunctions } from './functions';

/**
 * `npm run bench`, part 1: engine and custom functions, run as compiled JavaScript (as the add-in
 * bundle runs them), each figure beside a baseline measured in the same run.
 * Then the batch audit over 600 workbooks and the overview writers (bench/batch.ts, as processes of
 * the committed command line). Part 2 (bench/runTaskpane.ts) builds the pane and times it in chromium.
 */
async function main(): Promise<void> {
  console.log(`fh-check benchmarks · node ${process.version} · ${new Date().toISOString()}`);
  benchAudit();
  benchFunctions();
  await benchBatch();
}

void main();
