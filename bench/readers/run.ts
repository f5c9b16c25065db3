/**
 * Which .xlsx reader should the CLI use? Runs every candidate on every fixture, each in its own
 * node process (fresh heap, --max-old-space-size=1024, a timeout), beside the floor: node's zlib
 * plus one SAX pass into value grids.
 *
 *   npx tsc -p tsconfig.bench.json && node build/bench/bench/readers/run.js
 *     [--fixtures DIR] [--timeout SECONDS] [--repeat N] [--only a,b] [--files x,y] [--json FILE]
 *
 * --fixtures reuses (or fills) a folder of fixtures instead of writing fresh ones to a temp folder.
 */
import { spawn } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURE_NAMES, FixtureName, makeFixtures } from '../../test/fixtures/hostile/makeFixtures';
import { CANDIDATE_NAMES, CANDIDATES, CandidateName, isCandidateName } from './candidates';
import { ChildResult, RESULT_PREFIX } from './child';

/** The promise a CLI user may reasonably expect even from a hostile file. */
const HOSTILE_BUDGET = { wallMs: 5000, rssMb: 300 };
const NETWORK_FIXTURES: readonly FixtureName[] = ['network-example-size', 'network-100k'];

type Outcome = 'ok' | 'error' | 'timeout' | 'out-of-memory' | 'crashed';

interface Measurement {
  candidate: CandidateName;
  fixture: FixtureName;
  outcome: Outcome;
  message: string;
  /** Spawn to exit, as a user waits for it: node start-up, module loading, reading, exit. */
  processMs: number;
  result?: ChildResult;
  /** Most the reader had in its temporary folder at once (exceljs spools worksheets there). */
  spilledMb: number;
}

interface Options {
  fixturesDir?: string;
  timeoutMs: number;
  repeat: number;
  candidates: CandidateName[];
  fixtures: FixtureName[];
  json?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { timeoutMs: 60_000, repeat: 3, candidates: CANDIDATE_NAMES, fixtures: [...FIXTURE_NAMES] };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1] ?? '';
    switch (argv[i]) {
      case '--fixtures':
        options.fixturesDir = path.resolve(value);
        break;
      case '--timeout':
        options.timeoutMs = Number(value) * 1000;
        break;
      case '--repeat':
        options.repeat = Math.max(1, Number(value));
        break;
      case '--only': {
        const names = value.split(',');
        const unknown = names.filter((n) => !isCandidateName(n));
        if (unknown.length) throw new Error(`unknown reader(s) ${unknown.join(', ')}; known: ${CANDIDATE_NAMES.join(', ')}`);
        options.candidates = names.filter(isCandidateName);
        // The floor is the yardstick of every ratio.
        if (!options.candidates.includes('floor')) options.candidates.push('floor');
        break;
      }
      case '--files': {
        const names = value.split(',');
        const unknown = names.filter((n) => !(FIXTURE_NAMES as readonly string[]).includes(n));
        if (unknown.length) throw new Error(`unknown fixture(s) ${unknown.join(', ')}; known: ${FIXTURE_NAMES.join(', ')}`);
        options.fixtures = FIXTURE_NAMES.filter((n) => names.includes(n));
        break;
      }
      case '--json':
        options.json = path.resolve(value);
        break;
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
    i++;
  }
  return options;
}

async function measure(candidate: CandidateName, fixture: FixtureName, file: string, timeoutMs: number): Promise<Measurement> {
  const childJs = path.join(__dirname, 'child.js');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-reader-tmp-'));
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--max-old-space-size=1024', childJs, candidate, file], {
    env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  // Keep only the tail: an aborting V8 can print a lot.
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-8192)));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  // Polled, because exceljs deletes its spool files when the process exits.
  let spilled = 0;
  let polling = false;
  const poll = setInterval(() => {
    if (polling) return;
    polling = true;
    void folderBytes(tmp).then((bytes) => {
      spilled = Math.max(spilled, bytes);
      polling = false;
    });
  }, 250);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  clearInterval(poll);
  const processMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const spilledMb = Math.max(spilled, await folderBytes(tmp)) / 1e6;
  await fs.rm(tmp, { recursive: true, force: true });

  const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  const result = line ? (JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildResult) : undefined;
  let outcome: Outcome;
  let message = '';
  if (timedOut) {
    outcome = 'timeout';
    message = `killed after ${timeoutMs / 1000} s`;
  } else if (result) {
    outcome = result.ok ? 'ok' : 'error';
    message = result.error ?? '';
  } else if (/heap out of memory|Reached heap limit|Array buffer allocation failed/.test(stderr)) {
    outcome = 'out-of-memory';
    message = lastLine(stderr.match(/.*(heap out of memory|Reached heap limit|Array buffer allocation failed).*/)?.[0] ?? stderr);
  } else {
    outcome = 'crashed';
    message = `exit ${code ?? signal}: ${lastLine(stderr)}`;
  }
  return { candidate, fixture, outcome, message, processMs, result, spilledMb };
}

const lastLine = (s: string): string =>
  s
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .slice(-1)[0]
    ?.trim()
    .slice(0, 160) ?? '';

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? await folderBytes(p) : (await fs.stat(p).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

/** Median of the repeated runs, metric by metric; the outcome is that of the last run. */
function median(runs: Measurement[]): Measurement {
  const mid = <T>(values: T[], key: (v: T) => number): number => {
    const sorted = values.map(key).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const last = runs[runs.length - 1];
  const results = runs.map((r) => r.result).filter((r): r is ChildResult => r !== undefined);
  if (results.length !== runs.length || !last.result) return last;
  return {
    ...last,
    processMs: mid(runs, (r) => r.processMs),
    spilledMb: mid(runs, (r) => r.spilledMb),
    result: {
      ...last.result,
      loadMs: mid(results, (r) => r.loadMs),
      readMs: mid(results, (r) => r.readMs),
      readCpuMs: mid(results, (r) => r.readCpuMs),
      totalCpuMs: mid(results, (r) => r.totalCpuMs),
      maxRssMb: mid(results, (r) => r.maxRssMb),
    },
  };
}

async function startupMs(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = process.hrtime.bigint();
    await new Promise<void>((resolve) => spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).on('close', () => resolve()));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b)[3];
}

const fmt = (n: number | undefined, digits = 0): string => (n === undefined || !Number.isFinite(n) ? '-' : n.toFixed(digits));
const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || !b ? '-' : `${(a / b).toFixed(1)}x`);

function printTable(fixture: FixtureName, bytes: number, rows: Measurement[]): void {
  const floor = rows.find((r) => r.candidate === 'floor');
  const hostile = !NETWORK_FIXTURES.includes(fixture);
  console.log(`\n${fixture}.xlsx  (${(bytes / 1e6).toFixed(2)} MB on disk)`);
  const header = ['reader', 'outcome', 'process ms', 'read ms', 'x floor', 'read cpu ms', 'x floor', 'total cpu ms', 'peak RSS MB', 'x floor', 'tmp MB', 'values vs floor'];
  if (hostile) header.push('<=5 s & <=300 MB');
  const widths = [30, 13, 10, 8, 7, 11, 7, 12, 11, 7, 7, 15, 16];
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
  console.log(line(header));
  for (const r of rows) {
    const res = r.result;
    const f = floor?.result;
    const values =
      r.candidate === 'floor' ? '(yardstick)' : r.outcome !== 'ok' || floor?.outcome !== 'ok' ? '-' : res?.digest?.values === f?.digest?.values ? 'same' : 'DIFFER';
    const cells = [
      CANDIDATES[r.candidate].label.slice(0, widths[0]),
      r.outcome,
      fmt(r.processMs),
      fmt(res?.readMs),
      ratio(res?.readMs, f?.readMs),
      fmt(res?.readCpuMs),
      ratio(res?.readCpuMs, f?.readCpuMs),
      fmt(res?.totalCpuMs),
      fmt(res?.maxRssMb),
      ratio(res?.maxRssMb, f?.maxRssMb),
      r.spilledMb >= 0.05 ? fmt(r.spilledMb) : '',
      values,
    ];
    if (hostile) {
      const within = r.processMs <= HOSTILE_BUDGET.wallMs && (res?.maxRssMb ?? Infinity) <= HOSTILE_BUDGET.rssMb;
      cells.push(within ? 'yes' : 'NO');
    }
    console.log(line(cells));
  }
  for (const r of rows) if (r.message) console.log(`   ${CANDIDATES[r.candidate].label}: ${r.outcome}: ${r.message}`);
}

async function main(): Promise<void> {
  if (__filename.endsWith('.ts')) {
    throw new Error('run the compiled bench: npx tsc -p tsconfig.bench.json && node build/bench/bench/readers/run.js');
  }
  const o = parseArgs(process.argv.slice(2));
  const dir = o.fixturesDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'fh-reader-fixtures-')));
  const missing = o.fixtures.filter((n) => !existsSync(path.join(dir, `${n}.xlsx`)) || !o.fixturesDir);
  const t0 = Date.now();
  await makeFixtures(dir, missing);
  console.log(`fh-check reader benchmark · node ${process.version} · ${os.cpus().length} cores · ${new Date().toISOString()}`);
  console.log(`fixtures in ${dir}${missing.length ? ` (wrote ${missing.length} in ${Date.now() - t0} ms)` : ''}`);
  console.log(`each run: its own node process, --max-old-space-size=1024, timeout ${o.timeoutMs / 1000} s; network files: median of ${o.repeat} runs`);
  const startup = await startupMs();
  console.log(`start-up floor: \`node -e 0\` takes ${startup.toFixed(0)} ms wall (median of 7)`);

  const all: Measurement[] = [];
  for (const fixture of o.fixtures) {
    const file = path.join(dir, `${fixture}.xlsx`);
    const runs = NETWORK_FIXTURES.includes(fixture) ? o.repeat : 1;
    const rows: Measurement[] = [];
    for (const candidate of o.candidates) {
      const repeated: Measurement[] = [];
      for (let i = 0; i < runs; i++) repeated.push(await measure(candidate, fixture, file, o.timeoutMs));
      rows.push(median(repeated));
    }
    printTable(fixture, (await fs.stat(file)).size, rows);
    all.push(...rows);
  }
  await printTargets(all, startup);
  if (o.json) await fs.writeFile(o.json, JSON.stringify({ node: process.version, startupMs: startup, measurements: all }, null, 2));
}

/** The project folder, found upwards from this (compiled) file. */
function projectRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'bin', 'fh-check.js'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('project root not found');
  }
}

/** Median wall time of a whole command, spawn to exit. */
async function commandMs(command: string, args: string[], runs = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await new Promise<void>((resolve) => spawn(command, args, { stdio: 'ignore', cwd: projectRoot() }).on('close', () => resolve()));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** The targets of the reader and command-line issue, each beside its floor from this run. */
async function printTargets(all: Measurement[], startup: number): Promise<void> {
  const get = (candidate: CandidateName, fixture: FixtureName) => all.find((m) => m.candidate === candidate && m.fixture === fixture);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('\nTargets');
  const audit = get('fh-check-audit', 'network-100k')?.result;
  const floor = get('floor', 'network-100k')?.result;
  if (audit && floor) {
    const r = audit.readMs / floor.readMs;
    console.log(`  100,000-partner audit (read + audit) ${fmt(audit.readMs)} ms vs floor ${fmt(floor.readMs)} ms: ${r.toFixed(2)}x (target <= 2x: ${verdict(r <= 2)}); peak ${fmt(audit.maxRssMb)} MB (target < 250 MB: ${verdict(audit.maxRssMb < 250)})`);
  }
  const bin = path.join(projectRoot(), 'bin', 'fh-check.js');
  const example = await commandMs(process.execPath, [bin, 'audit']);
  console.log(`  example audit via the bin (node bin/fh-check.js audit, the README's main command) ${fmt(example)} ms vs node -e 0 ${fmt(startup)} ms: ${(example / startup).toFixed(1)}x (target <= 5x: ${verdict(example <= 5 * startup)}; README command <= 10x: ${verdict(example <= 10 * startup)})`);
  const npx = await commandMs('npx', ['--no', 'fh-check', 'audit'], 3);
  console.log(`  for comparison, npx fh-check audit inside the repository: ${fmt(npx)} ms (${(npx / startup).toFixed(1)}x): npx scans the dependency tree first, so the README uses node bin/fh-check.js`);
  for (const fixture of FIXTURE_NAMES.filter((f) => !NETWORK_FIXTURES.includes(f))) {
    const m = get('fh-check', fixture);
    if (!m) continue;
    const ok = m.processMs <= HOSTILE_BUDGET.wallMs && (m.result?.maxRssMb ?? Infinity) <= HOSTILE_BUDGET.rssMb;
    console.log(`  ${fixture}: ${m.outcome} in ${fmt(m.processMs)} ms, ${fmt(m.result?.maxRssMb)} MB${m.message ? ` (${m.message.slice(0, 80)})` : ''} (target < 5 s and 300 MB: ${verdict(ok)})`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
