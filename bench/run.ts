import { benchAudit } from './audit';
import { benchFunctions } from './functions';

/**
 * `npm run bench`, part 1: engine and custom functions, run as compiled JavaScript (as the add-in
 * bundle runs them), each figure beside a baseline measured in the same run.
 * Part 2 (bench/runTaskpane.ts) builds the pane and times it in chromium.
 */
function main(): void {
  console.log(`fh-check benchmarks · node ${process.version} · ${new Date().toISOString()}`);
  benchAudit();
  benchFunctions();
}

main();
