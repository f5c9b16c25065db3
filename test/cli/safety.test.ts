import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { makeXlsx } from '../fixtures/xlsxFixture';
import { rawXlsx } from '../fixtures/rawXlsx';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const BIN = path.resolve(__dirname, '../../bin/fh-check.js');
let dir: string;
let workbook: string;
let bytes: Buffer;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-safe-'));
  workbook = path.join(dir, 'netzwerk.xlsx');
  bytes = await makeXlsx([{ name: 'Netzwerk', rows: [['Einrichtung', 'Sozialraum'], ['Jugendamt', 'Nord'], ['Kita Sonne', 'Nord']] }]);
  await fs.writeFile(workbook, bytes);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('--report never loses the planner’s workbook', () => {
  test.each([
    ['the input itself', () => workbook],
    ['the input through ../', () => path.join(dir, 'sub', '..', 'netzwerk.xlsx')],
    ['a symlink to the input', async () => {
      const link = path.join(dir, 'verweis.html');
      await fs.symlink(workbook, link).catch(() => undefined);
      return link;
    }],
  ])('refuses %s, and leaves it byte for byte', async (_, target) => {
    await fs.mkdir(path.join(dir, 'sub'), { recursive: true });
    const r = await run(['audit', workbook, '--report', await target()]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nie überschrieben[\s\S]*never overwritten/);
    expect(await fs.readFile(workbook)).toEqual(bytes);
  });

  test('refuses an existing file that is not a report of ours, even with --force', async () => {
    const other = path.join(dir, 'notizen.html');
    await fs.writeFile(other, '<html>Meine Notizen</html>');
    const r = await run(['audit', workbook, '--report', other, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kein Prüfbericht[\s\S]*not an fh-check report/);
    expect(await fs.readFile(other, 'utf8')).toBe('<html>Meine Notizen</html>');
  });

  test('replaces an earlier report only with --force, through a temporary file', async () => {
    const report = path.join(dir, 'bericht.html');
    expect((await run(['audit', workbook, '--report', report])).code).toBe(1);
    const first = await fs.readFile(report, 'utf8');
    const again = await run(['audit', workbook, '--report', report]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/--force/);
    expect((await run(['audit', workbook, '--report', report, '--force'])).code).toBe(1);
    expect(await fs.readFile(report, 'utf8')).toContain('fruehe-hilfen-check');
    expect(first).toContain('fruehe-hilfen-check');
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('takes no option as a file name (--report --json)', async () => {
    const r = await run(['audit', workbook, '--report', '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--report braucht einen Wert/);
    await expect(fs.access(path.join(process.cwd(), '--json'))).rejects.toThrow();
  });
});

describe('text from cells reaches the terminal without control or bidi characters', () => {
  test('escape sequences and bidi overrides are stripped from the text; JSON keeps them exactly (escaped)', async () => {
    const evil = 'Verein _x001B_]8;;http://evil.example_x0007_Sonne_x001B_[2J\u202Etxe';
    const file = path.join(dir, 'escape.xlsx');
    await fs.writeFile(file, rawXlsx({ sheets: [{ name: 'Netz\u202Ewerk', rows: [{ row: 0, cells: [{ text: 'Einrichtung' }, { text: 'Sozialraum' }] }, { row: 1, cells: [{ text: evil }, { text: 'Nord' }] }, { row: 2, cells: [{ text: 'Jugendamt' }, { text: 'Nord' }] }] }] }));
    const text = await run(['audit', file]);
    expect(text.out).toContain('Verein ]8;;http://evil.exampleSonne[2Jtxe');
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(text.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const json = await run(['audit', file, '--json']);
    expect(JSON.parse(json.out).unclassified[0].name).toBe('Verein \u001b]8;;http://evil.example\u0007Sonne\u001b[2J\u202Etxe');
  });
});

describe('numbers beyond any budget', () => {
  test('an amount near 1e308 is unreadable, never NaN or a total of null', async () => {
    const file = path.join(dir, 'riesig.xlsx');
    await fs.writeFile(file, await makeXlsx([
      { name: 'Netzwerk', rows: [['Einrichtung', 'Sozialraum'], ['Jugendamt', 'Nord']] },
      { name: 'Budget', rows: [['Sozialraum', 'Betrag', 'Kinder 0-3'], ['Nord', 1.7e308, 100], ['Nord', 1.7e308, null], ['Süd', 1000, 50]] },
    ]));
    const json = JSON.parse((await run(['audit', file, '--json'])).out);
    expect(json.budget.total).toBe(1000);
    expect(json.findings.filter((f: { code: string }) => f.code === 'unreadable-amount')).toHaveLength(2);
    expect((await run(['audit', file])).out).not.toMatch(/NaN|Infinity|∞/);
  });
});

describe('the compiled command in a pipeline', () => {
  function spawnBin(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  test('a reader that stops early (| head -1) ends it quietly, with the audit’s exit code', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'audit'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });

  test('--help and --version; no progress line or colour when stderr is not a terminal', async () => {
    const help = await spawnBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/fh-check audit/);
    const version = await spawnBin(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const audit = await spawnBin(['audit'], { NO_COLOR: '1' });
    expect(audit.stderr).toBe('');
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(audit.stdout).not.toMatch(/\u001b/);
  });
});
