import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFile } from 'child_process';
import { promisify } from 'util';
import { main, EXAMPLE_WORKBOOK } from '../../src/cli/main';
import { makeXlsx } from '../fixtures/xlsxFixture';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-cli-'));
});

describe('fh-check audit on the bundled example', () => {
  test('prints a German summary with counts, gaps, budget and findings with cells; exit 1 because it has errors', async () => {
    const r = await run(['audit']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    // The header names the Kommune and network from the Einstellungen, never a file path; the sheet read is under "So wurde … gelesen".
    expect(r.out).toContain('Kommune: Bezirk Elbufer');
    expect(r.out).toContain('Gelesene Netzwerkblätter: „Netzwerk Frühe Hilfen“');
    expect(r.out).toMatch(/Kinderärzt:innen/);
    expect(r.out).toMatch(/Geburtsklinik/);
    expect(r.out).toMatch(/Kernbereiche je Sozialraum/);
    expect(r.out).toMatch(/Budget gesamt/);
    expect(r.out).toMatch(/FEHLER/);
    expect(r.out).toMatch(/'Netzwerk Frühe Hilfen'!F11/);
  });

  test('--json follows the contract', async () => {
    const r = await run(['audit', '--json']);
    const j = JSON.parse(r.out);
    for (const key of ['file', 'networkSheet', 'actors', 'kernbereiche', 'missingKernbereiche', 'coverage', 'missingActorTypes', 'sozialraeume', 'budget', 'criteria', 'findings']) expect(j).toHaveProperty(key);
    expect(Object.keys(j.kernbereiche).sort()).toEqual(['beratung', 'gesundheit', 'jugendhilfe', 'weitere']);
    expect(j.missingActorTypes.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['kinderarzt', 'frauenarzt', 'geburtsklinik']));
    for (const m of j.missingActorTypes) expect(Object.keys(m)).toEqual(expect.arrayContaining(['id', 'label', 'severity']));
    for (const f of j.findings) {
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'severity', 'criterion', 'sheet', 'cell', 'message']));
    }
    expect(j.budget).toHaveProperty('total');
    expect(j.budget).toHaveProperty('need');
    expect(j.budget).toHaveProperty('gap');
    expect(Array.isArray(j.budget.bySozialraum)).toBe(true);
  });

  test('--report writes a self-contained A4 HTML report with an inline SVG chart', async () => {
    const file = path.join(dir, 'bericht.html');
    const r = await run(['audit', '--report', file]);
    expect(r.code).toBe(1);
    const html = await fs.readFile(file, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('@page { size: A4');
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import|url\(/i);
    expect(html).toContain('Fragen für den Dialog');
  });

  test('--lang en switches the text', async () => {
    const r = await run(['audit', '--lang', 'en']);
    expect(r.out).toContain('Network sheets read:');
    expect(r.out).toMatch(/Required actor missing/);
  });
});

describe('input errors: exit 2 with one sentence in both languages, no stack trace', () => {
  test.each([
    ['a missing file', async () => path.join(dir, 'fehlt.xlsx')],
    ['a text file named .xlsx', async () => { const f = path.join(dir, 'text.xlsx'); await fs.writeFile(f, 'Name;Art\n'); return f; }],
    ['a workbook without network sheet', async () => { const f = path.join(dir, 'kalender.xlsx'); await fs.writeFile(f, await makeXlsx([{ name: 'Kalender', rows: [['Mo', 'Di'], [1, 2]] }])); return f; }],
  ])('%s', async (_, make) => {
    const file = await make();
    const r = await run(['audit', file]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(path.basename(file));
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err).not.toMatch(/\s+at\s+\S+\s+\(/);
  });
  test('unknown option', async () => {
    const r = await run(['audit', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unbekannte Option/);
    expect(r.err).toMatch(/Unknown option/);
  });
});

describe('a workbook without errors exits 0', () => {
  test('every required type present', async () => {
    const { ACTOR_TYPES } = await import('../../src/core/taxonomy/actorTypes');
    const rows = [['Einrichtung', 'Sozialraum'], ...ACTOR_TYPES.filter((t) => t.requirement === 'required').map((t) => [t.label, 'Mitte'])];
    const f = path.join(dir, 'voll.xlsx');
    await fs.writeFile(f, await makeXlsx([{ name: 'Netzwerk', rows }]));
    const r = await run(['audit', f, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).coverage).toBe(1);
  });
});

describe('fh-check classify', () => {
  test('--json contract; unrelated text stays null', async () => {
    const r = await run(['classify', '--json', 'Praxis Dr. Weber (Kinderärztin)', 'pro familia', 'Bäckerei Schmidt', 'Steuerberatung Müller', '-']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      { label: 'Praxis Dr. Weber (Kinderärztin)', actorType: 'kinderarzt', actorTypeLabel: 'Kinderärzt:innen', kernbereich: 'gesundheit' },
      { label: 'pro familia', actorType: 'schwangerschaftsberatung', actorTypeLabel: 'Schwangerschaftsberatung', kernbereich: 'beratung' },
      { label: 'Bäckerei Schmidt', actorType: null, actorTypeLabel: null, kernbereich: null },
      { label: 'Steuerberatung Müller', actorType: null, actorTypeLabel: null, kernbereich: null },
      { label: '-', actorType: null, actorTypeLabel: null, kernbereich: null },
    ]);
  });
});

describe('the installed command', () => {
  test('npx fh-check runs the bin without a build step and never changes the example', async () => {
    const before = await fs.readFile(EXAMPLE_WORKBOOK);
    const bin = path.resolve(__dirname, '../../bin/fh-check.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'classify', 'Familienhebamme']);
    expect(stdout).toMatch(/Familienhebammen\/FGKiKP/);
    const err = await promisify(execFile)(process.execPath, [bin, 'audit', path.join(dir, 'nichtda.xlsx')]).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(2);
    expect(await fs.readFile(EXAMPLE_WORKBOOK)).toEqual(before);
  });
});
