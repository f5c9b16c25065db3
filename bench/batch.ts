import { spawn, spawnSync } from 'child_process';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { auditSnapshot } from '../src/workbook/auditSnapshot';
import { readXlsxFile } from '../src/workbook/xlsx/readXlsx';
import { benchOverviewWriters } from './overviewWriters';

// Compiled to build/bench/bench/ by npm run bench.
const ROOT = path.resolve(__dirname, __filename.endsWith('.ts') ? '..' : '../../..');
const BIN = path.join(ROOT, 'bin/fh-check.js');
const EXAMPLE = path.join(ROOT, 'examples/netzwerk-beispiel.xlsx');
const FILES = 600;
const TARGET_MS = 60_000;

/** Wall time and peak memory (the kernel's high-water mark of the whole process, workers included) of one fh-check run. */
function timed(args: readonly string[]): Promise<{ ms: number; peakMb: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // The process has just ended, or this is not Linux: the peak stays what was seen.
      }
    }, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, peakMb: peakKb / 1024, code });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Read + audit of the example in this process, after warm-up: the work one file costs without starting node. */
async function inProcessMs(runs = 21): Promise<number> {
  const once = async () => auditSnapshot(await readXlsxFile(EXAMPLE), EXAMPLE);
  for (let i = 0; i < 5; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await once();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

/**
 * `npm run bench`, batch part: 600 workbooks of the example's size (about the number of
 * Jugendamtsbezirke in Germany) through `fh-check audit folder/ --overview`, beside the single-file
 * time measured in the same run: as a process (what a shell loop over the files would cost) and
 * as read + audit alone.
 */
export async function benchBatch(): Promise<void> {
  console.log(`\nBatch audit: ${FILES} copies of examples/netzwerk-beispiel.xlsx, ${os.availableParallelism()} cores`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-bench-batch-'));
  try {
    const input = path.join(dir, 'bezirke');
    await fs.mkdir(input);
    for (let i = 0; i < FILES; i++) await fs.copyFile(EXAMPLE, path.join(input, `bezirk-${String(i + 1).padStart(3, '0')}.xlsx`));
    spawnSync(process.execPath, [BIN, 'audit', EXAMPLE], { stdio: 'ignore' });
    const singles: number[] = [];
    for (let i = 0; i < 5; i++) singles.push((await timed(['audit', EXAMPLE])).ms);
    const single = median(singles);
    const inProcess = await inProcessMs();
    const quarter = await timed(['audit', ...Array.from({ length: FILES / 4 }, (_, i) => path.join(input, `bezirk-${String(i + 1).padStart(3, '0')}.xlsx`)), '--overview', path.join(dir, 'viertel.xlsx')]);
    const batch = await timed(['audit', input, '--overview', path.join(dir, 'uebersicht.xlsx')]);
    const pad = (s: string) => s.padEnd(52);
    console.log(`${pad('single file: fh-check audit (process, median of 5)')}${single.toFixed(0)} ms`);
    console.log(`${pad('single file: read + audit in-process (median of 21)')}${inProcess.toFixed(1)} ms`);
    console.log(`${pad(`${FILES / 4} files: fh-check audit … --overview`)}${(quarter.ms / 1000).toFixed(2)} s, peak RSS ${quarter.peakMb.toFixed(0)} MB`);
    console.log(`${pad(`${FILES} files: fh-check audit folder/ --overview`)}${(batch.ms / 1000).toFixed(2)} s, peak RSS ${batch.peakMb.toFixed(0)} MB (exit ${batch.code})`);
    console.log(`${pad(`ratio to ${FILES} × single-file process`)}${(batch.ms / (FILES * single)).toFixed(3)}`);
    console.log(`${pad(`ratio to ${FILES} × in-process read + audit`)}${(batch.ms / (FILES * inProcess)).toFixed(2)}`);
    console.log(`target: ${FILES} workbooks under ${TARGET_MS / 1000} s (${batch.ms < TARGET_MS ? 'met' : 'MISSED'}); memory flat from ${FILES / 4} to ${FILES} files (${batch.peakMb < quarter.peakMb * 1.25 ? 'met' : 'MISSED'})`);
    await benchOverviewWriters(EXAMPLE, FILES);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
