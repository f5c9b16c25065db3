/**
 * One measurement in a fresh process, so every reader starts from an empty heap:
 *   node --max-old-space-size=1024 child.js <candidate> <file.xlsx>
 * Prints one line "RESULT <json>" (a ChildResult) and exits; a crash prints nothing, and
 * run.ts tells a timeout, an out-of-memory abort and other deaths apart.
 */
import { CANDIDATES, isCandidateName } from './candidates';
import { digest, GridDigest } from './cells';
import { ValueGrid } from './types';

export interface ChildResult {
  ok: boolean;
  error?: string;
  /** Loading the reader's modules (exceljs, SheetJS, ...). */
  loadMs: number;
  /** Reading the file into value grids, wall clock. */
  readMs: number;
  /** CPU (user + system, all threads) spent reading. */
  readCpuMs: number;
  /** CPU of the whole process up to the end of reading, start-up and module loading included. */
  totalCpuMs: number;
  /** Peak resident set size of the process up to the end of reading. */
  maxRssMb: number;
  digest?: GridDigest;
}

export const RESULT_PREFIX = 'RESULT ';

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
const sinceMs = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;

async function main(): Promise<void> {
  const [name = '', file = ''] = process.argv.slice(2);
  if (!isCandidateName(name) || !file) throw new Error('usage: child.js <candidate> <file.xlsx>');
  const result: ChildResult = { ok: false, loadMs: 0, readMs: 0, readCpuMs: 0, totalCpuMs: 0, maxRssMb: 0 };
  const report = (): void => {
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
  };
  const t0 = process.hrtime.bigint();
  const read = await CANDIDATES[name].load();
  result.loadMs = sinceMs(t0);
  const cpu0 = process.cpuUsage();
  const t1 = process.hrtime.bigint();
  // An exception some library throws from an event handler must still end as a reported error.
  const fail = (e: unknown): void => {
    result.readMs = sinceMs(t1);
    result.readCpuMs = cpuMs(process.cpuUsage(cpu0));
    result.totalCpuMs = cpuMs(process.cpuUsage());
    result.maxRssMb = process.resourceUsage().maxRSS / 1024;
    result.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    report();
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  let grids: ValueGrid[];
  try {
    grids = await read(file);
  } catch (e) {
    return fail(e);
  }
  result.readMs = sinceMs(t1);
  result.readCpuMs = cpuMs(process.cpuUsage(cpu0));
  result.totalCpuMs = cpuMs(process.cpuUsage());
  result.maxRssMb = process.resourceUsage().maxRSS / 1024;
  result.ok = true;
  result.digest = digest(grids);
  report();
  process.exit(0);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(2);
  });
}
