import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../src/cli/main';
import { CellValue } from '../../../src/core/grid';
import { actorTypeLabel } from '../../../src/report/names';
import { auditSnapshot } from '../../../src/workbook/auditSnapshot';
import { readXlsxFile } from '../../../src/workbook/xlsx/readXlsx';
import { District, writeDistricts, writeUnreadable } from '../../fixtures/batch/districts';

/**
 * `fh-check audit folder/ --overview …` over 30 generated district workbooks of varied layouts and
 * two unreadable files. The workers run the compiled command line (lib/, held fresh by lib.test.ts).
 */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
let input: string;
let districts: District[];
let first: Awaited<ReturnType<typeof run>>;
const overview = () => path.join(dir, 'uebersicht.xlsx');

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-batch-'));
  input = path.join(dir, 'bezirke');
  await fs.mkdir(input);
  districts = await writeDistricts(input);
  await writeUnreadable(input);
  first = await run(['audit', input, '--overview', overview(), '--jobs', '2']);
}, 120_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The overview's first sheet as header → cell maps, read back with the project's own reader. */
async function overviewRows(file: string): Promise<Record<string, CellValue>[]> {
  const sheet = (await readXlsxFile(file)).sheets[0];
  const [header, ...rows] = sheet.values;
  return rows.map((r) => Object.fromEntries(header.map((h, c) => [String(h), r[c] ?? null])));
}

test('one line per file in name order, the two unreadable files with their reason, exit code 2', () => {
  expect(first.code).toBe(2);
  const lines = first.out.split('\n');
  expect(lines).toHaveLength(33);
  const named = lines.slice(0, 32).map((l) => path.basename(l.split(':')[0]));
  expect(named).toEqual([...named].sort());
  expect(lines.find((l) => l.includes('kaputt-kein-zip.xlsx'))).toMatch(/nicht gelesen – .*keine Excel-Arbeitsmappe/);
  expect(lines.find((l) => l.includes('kaputt-abgeschnitten.xlsx'))).toMatch(/nicht gelesen – .*konnte nicht gelesen werden/);
  expect(lines.find((l) => l.includes('bezirk-02.xlsx'))).toMatch(/Landkreis Bergstadt 2025 · \d+ Partner · Pflicht-Akteurstypen \d+\s% · (schwerster Befund: \w+|keine Befunde)/);
  // The Kommune with an escape sequence reaches the terminal without it.
  expect(first.out).toContain('Landkreis [31mAltkreis');
  expect(first.out).not.toContain('\u001b');
  expect(lines[32]).toMatch(/^32 Dateien: 30 geprüft \(\d+ ohne Fehler, \d+ mit Fehlern\), 2 nicht gelesen\. Übersicht geschrieben: /);
});

test('the overview has a row per district with the figures of a single audit, and the two failures with their reason', async () => {
  const rows = await overviewRows(overview());
  expect(rows).toHaveLength(32);
  const read = rows.filter((r) => r['Nicht gelesen: Grund'] === null);
  expect(read).toHaveLength(30);
  for (const d of districts) {
    const file = path.join(input, d.file);
    const row = read.find((r) => r['Datei'] === file) as Record<string, CellValue>;
    const { result } = auditSnapshot(await readXlsxFile(file), file);
    expect(row['Kommune']).toBe(d.kommune ?? d.file.replace('.xlsx', ''));
    expect(row['Berichtsjahr']).toBe(d.year);
    expect(row['Netzwerkpartner']).toBe(result.indicators.partners);
    expect(row['Pflicht-Akteurstypen vertreten']).toBe(result.indicators.requiredPresent);
    // Unknown stays an empty cell, never 0.
    expect(row['Budget je Geburt']).toBe(result.indicators.budgetPerBirth);
    expect(row['Partner mit Kooperationsvereinbarung']).toBe(result.indicators.withAgreement);
    expect(row['Bedarf nach Modell gedeckt (mittlere Schätzung)']).toBe(result.indicators.needCovered?.mid ?? null);
    expect(row['Qualitätskriterien erfüllt (Selbsteinschätzung)']).toBe(result.indicators.criteriaMet);
    const missing = result.missingActorTypes.filter((t) => t.requirement === 'required').map((t) => actorTypeLabel(t.id, 'de'));
    expect(row['Fehlende Pflicht-Akteurstypen']).toBe(missing.length === 0 ? null : missing.join('; '));
    expect(row['Fehler']).toBe(result.findings.filter((f) => f.severity === 'error').length);
  }
  // The layouts really differ in what they give: some districts have a budget per birth, some not.
  expect(read.filter((r) => r['Budget je Geburt'] === null).length).toBeGreaterThan(0);
  expect(read.filter((r) => typeof r['Budget je Geburt'] === 'number').length).toBeGreaterThan(0);
  expect(new Set(read.map((r) => r['Netzwerkpartner'])).size).toBeGreaterThan(5);
  const failed = rows.filter((r) => r['Nicht gelesen: Grund'] !== null);
  expect(failed.map((r) => r['Kommune']).sort()).toEqual(['kaputt-abgeschnitten', 'kaputt-kein-zip']);
  expect(failed.every((r) => r['Netzwerkpartner'] === null)).toBe(true);
  // No partner names without --with-names.
  expect(JSON.stringify(rows)).not.toContain('Kinderarztpraxis');
});

test('the .xlsx overview opens in exceljs with header, filter, frozen header, number formats, and has a native chart part', async () => {
  const bytes = await fs.readFile(overview());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Übersicht') as ExcelJS.Worksheet;
  expect(ws.getCell('A1').value).toBe('Kommune');
  expect(ws.getCell('A1').font?.bold).toBe(true);
  expect(ws.autoFilter).toMatch(/^A1:[A-Z]+33$/);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const col = (label: string) => header.indexOf(label);
  expect(ws.getRow(2).getCell(col('Pflicht-Akteurstypen vertreten')).numFmt).toBe('0%');
  expect(ws.getRow(2).getCell(col('Budget je Geburt')).numFmt).toBe('#,##0 "€"');
  const parts = unzipSync(new Uint8Array(bytes));
  expect(Object.keys(parts)).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']));
  expect(strFromU8(parts['[Content_Types].xml'])).toContain('drawingml.chart+xml');
  const chart = strFromU8(parts['xl/charts/chart1.xml']);
  expect(chart).toContain("<c:f>'Diagramm'!$B$2:$B$31</c:f>");
  expect(chart.match(/<c:pt idx=/g)).toHaveLength(60);
  // The ranking beside the chart: highest share first.
  const ranking = (await readXlsxFile(overview())).sheets[1].values.slice(1).map((r) => r[1] as number);
  expect(ranking).toEqual([...ranking].sort((a, b) => b - a));
});

test('CSV in English with names on request; HTML with a chosen indicator; --json lists every file', async () => {
  const csv = path.join(dir, 'overview.csv');
  const en = await run(['audit', input, '--overview', csv, '--lang', 'en', '--with-names', '--jobs', '2']);
  expect(en.code).toBe(2);
  const text = await fs.readFile(csv, 'utf8');
  const lines = text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
  expect(lines).toHaveLength(33);
  expect(lines[0]).toMatch(/^Kommune,Report year,File,Network partners,/);
  expect(lines[0]).toContain('Partners (names)');
  expect(text).toContain('Kinderarztpraxis Dr. Weiß');
  const html = path.join(dir, 'overview.html');
  expect((await run(['audit', input, '--overview', html, '--chart', 'budget-per-birth', '--jobs', '2'])).code).toBe(2);
  const page = await fs.readFile(html, 'utf8');
  expect(page).toContain('<h2>Budget je Geburt</h2><svg');
  const json = await run(['audit', path.join(input, 'bezirk-01.xlsx'), path.join(input, 'kaputt-kein-zip.xlsx'), '--json']);
  const parsed = JSON.parse(json.out) as { file: string; read: boolean; indicators?: { partners: number }; reason?: string }[];
  expect(parsed.map((p) => p.read)).toEqual([true, false]);
  expect(parsed[0].indicators?.partners).toBeGreaterThan(0);
  expect(parsed[1].reason).toMatch(/keine Excel-Arbeitsmappe/);
}, 60_000);

test('exit code 1 when every file was read and one has errors, 0 when none has', async () => {
  const results = await Promise.all(districts.map(async (d) => ({ d, errors: auditSnapshot(await readXlsxFile(path.join(input, d.file))).result.findings.some((f) => f.severity === 'error') })));
  const withErrors = results.filter((r) => r.errors).map((r) => path.join(input, r.d.file));
  const clean = results.filter((r) => !r.errors).map((r) => path.join(input, r.d.file));
  expect(withErrors.length).toBeGreaterThan(0);
  expect((await run(['audit', withErrors[0], clean[0] ?? withErrors[0], '--jobs', '1'])).code).toBe(1);
  expect(clean.length).toBeGreaterThanOrEqual(2);
  expect((await run(['audit', clean[0], clean[1]])).code).toBe(0);
});

test('--overview never overwrites an input or a file not ours, an earlier overview only with --force; a folder skips it', async () => {
  const target = path.join(input, 'bezirk-01.xlsx');
  const before = await fs.readFile(target);
  const onInput = await run(['audit', input, '--overview', target]);
  expect(onInput.code).toBe(2);
  expect(onInput.err).toMatch(/eine der geprüften Arbeitsmappen[\s\S]*never overwritten/);
  expect(await fs.readFile(target)).toEqual(before);
  const foreign = path.join(dir, 'notizen.csv');
  await fs.writeFile(foreign, 'Kommune;Notiz\n');
  expect((await run(['audit', input, '--overview', foreign])).err).toMatch(/keine Übersicht von fh-check[\s\S]*not an fh-check overview/);
  expect(await fs.readFile(foreign, 'utf8')).toBe('Kommune;Notiz\n');
  expect((await run(['audit', input, '--overview', overview()])).err).toMatch(/frühere Übersicht[\s\S]*--force/);
  // An overview written into the folder is not audited as a district next time.
  const inside = path.join(input, 'uebersicht.xlsx');
  await fs.copyFile(overview(), inside);
  const again = await run(['audit', input, '--overview', inside, '--force', '--jobs', '2']);
  expect(again.out.split('\n')).toHaveLength(33);
  expect(again.out).not.toContain('uebersicht.xlsx:');
  await fs.rm(inside);
}, 60_000);

test('usage: --report and batch options where they do not belong, an unknown format', async () => {
  expect((await run(['audit', input, '--report', path.join(dir, 'r.html')])).err).toMatch(/--overview/);
  expect((await run(['audit', path.join(input, 'bezirk-01.xlsx'), '--with-names'])).code).toBe(2);
  expect((await run(['audit', input, '--overview', path.join(dir, 'x.pdf')])).err).toMatch(/\.xlsx, \.csv oder \.html/);
  expect((await run(['audit', '--overview', path.join(dir, 'x.xlsx')])).err).toMatch(/braucht Arbeitsmappen oder einen Ordner/);
  const empty = path.join(dir, 'leer');
  await fs.mkdir(empty);
  expect((await run(['audit', empty])).err).toMatch(/liegt keine \.xlsx-Datei/);
});
