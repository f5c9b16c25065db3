import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isoDay } from '../../src/core/history/snapshot';
import { main } from '../../src/cli/main';
import { PaneController } from '../../src/taskpane/controller';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { ownedSheets } from '../../src/workbook/port';
import { EXAMPLE, EXPECTED, exampleSheets, gridsToXlsx, oneYearLater } from '../fixtures/history/oneYearLater';

/** `fh-check audit this.xlsx --compare last.xlsx|last.json`, and the workbook's own FH-Verlauf, without Excel. */
let dir: string;
let earlier: string;
let later: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-compare-'));
  earlier = path.join(dir, 'netzwerk-2027.xlsx');
  later = path.join(dir, 'netzwerk-2028.xlsx');
  await fs.copyFile(EXAMPLE, earlier);
  // The earlier workbook was last saved on 16 Nov 2026: its comparison is dated by that.
  const saved = new Date(2026, 10, 16, 12, 0);
  await fs.utimes(earlier, saved, saved);
  await fs.writeFile(later, gridsToXlsx(oneYearLater(await exampleSheets())));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n').replace(/[\u00a0\u202f]/g, ' '), err: err.join('\n') };
}

interface ComparisonJson {
  readonly since: string;
  readonly won: unknown;
  readonly lost: unknown;
  readonly renamed: unknown;
  readonly required: unknown;
  readonly recommended: unknown;
  readonly gapsClosed: unknown;
  readonly gapsOpened: unknown;
  readonly criteria: unknown;
  readonly budget: unknown;
}

const changes = (c: ComparisonJson) => ({
  won: c.won,
  lost: c.lost,
  renamed: c.renamed,
  required: c.required,
  recommended: c.recommended,
  gapsClosed: c.gapsClosed,
  gapsOpened: c.gapsOpened,
  criteria: c.criteria,
  budget: c.budget,
});
const sorted = <T>(list: readonly T[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const expected = {
  ...EXPECTED,
  won: sorted(EXPECTED.won),
  lost: sorted(EXPECTED.lost),
  gapsClosed: sorted(EXPECTED.gapsClosed),
};
const normalised = (c: ReturnType<typeof changes>) => ({ ...c, won: sorted(c.won as object[]), lost: sorted(c.lost as object[]), gapsClosed: sorted(c.gapsClosed as object[]) });

describe('fh-check audit --compare', () => {
  it('with the earlier workbook: the text says exactly what changed since the day it was saved', async () => {
    const { code, out } = await run('audit', later, '--compare', earlier);
    expect(code).toBe(1); // the birth clinic is still missing
    const box = out.slice(out.indexOf('Entwicklung seit 16.11.2026'), out.indexOf('Handlungsempfehlungen'));
    expect(box).toContain('Seit dem Prüfbericht vom 16.11.2026 (Berichtsjahr 2027): 3 Partner gewonnen, 2 nicht mehr in der Liste, 1 unter neuem Namen wiedererkannt');
    expect(box).toContain('Budget 618.602 € → 636.602 € (+18.000 €)');
    const start = out.indexOf('Entwicklung seit 16.11.2026 im Einzelnen');
    const details = out.slice(start, out.indexOf('\n\n', start));
    for (const p of [...EXPECTED.won, ...EXPECTED.lost]) expect(details).toContain(p.name);
    expect(details).toContain('Familienzentrum Neuenmoor → Familienzentrum Neuenmoor (AWO)');
  });

  it('with the earlier workbook: --json carries the comparison and this audit’s snapshot', async () => {
    const day = isoDay(new Date());
    const { out } = await run('audit', later, '--compare', earlier, '--json');
    const json = JSON.parse(out) as { comparison: ComparisonJson; snapshot: { date: string; reportYear: number } };
    expect(json.comparison.since).toBe('2026-11-16');
    expect(normalised(changes(json.comparison))).toEqual(expected);
    expect([day, isoDay(new Date())]).toContain(json.snapshot.date);
    expect(json.snapshot.reportYear).toBe(2028);
  });

  it('with an earlier --json result: the same changes', async () => {
    const saved = path.join(dir, 'ergebnis-2027.json');
    await fs.writeFile(saved, (await run('audit', earlier, '--json')).out);
    const { code, out } = await run('audit', later, '--compare', saved, '--json');
    expect(code).toBe(1);
    const json = JSON.parse(out) as { comparison: ComparisonJson };
    expect(normalised(changes(json.comparison))).toEqual(expected);
  });

  it('says in one sentence when the file to compare with is missing or no audit result', async () => {
    const missing = await run('audit', later, '--compare', path.join(dir, 'fehlt.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--compare fehlt.json lässt sich nicht lesen');
    const other = path.join(dir, 'anderes.json');
    await fs.writeFile(other, '{"partner": 3}');
    const foreign = await run('audit', later, '--compare', other);
    expect(foreign.code).toBe(2);
    expect(foreign.err).toContain('ist kein Ergebnis von „fh-check audit --json“');
    expect((await run('audit', later, '--compare')).code).toBe(2);
  });
});

describe('fh-check audit on a workbook with the add-in’s FH-Verlauf', () => {
  it('compares with its latest earlier entry without --compare, and has no comparison without one', async () => {
    const wb = new MemoryWorkbook({ sheets: await exampleSheets(), settings: {} });
    await new PaneController(wb, 'de', { today: () => new Date(2026, 10, 16) }).writeReport();
    const recorded = await wb.readWorkbook();
    const own = new Set(ownedSheets(recorded.settings));
    const planner = oneYearLater(recorded.sheets.filter((s) => !own.has(s.name)));
    const file = path.join(dir, 'mit-verlauf.xlsx');
    await fs.writeFile(file, gridsToXlsx([...planner, ...recorded.sheets.filter((s) => own.has(s.name))], recorded.settings));
    const json = JSON.parse((await run('audit', file, '--json')).out) as { comparison: ComparisonJson };
    expect(json.comparison.since).toBe('2026-11-16');
    expect(normalised(changes(json.comparison))).toEqual(expected);
    expect((await run('audit', file)).out).toContain('Entwicklung seit 16.11.2026');
    expect(JSON.parse((await run('audit', later, '--json')).out).comparison).toBeNull();
  });
});
