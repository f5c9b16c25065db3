import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { SnapshotAudit } from '../../src/workbook/auditSnapshot';
import { FORMER_10, grown, SHEETS_2025, UNKNOWN_10 } from '../fixtures/layouts/grown';
import { auditBuffer, buildXlsx, figures, P, requiredMissing, seen, sozialraumTable } from '../fixtures/layouts/workbook';

/** Runs fh-check in-process; returns exit code, stdout and stderr. */
async function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The one output line holding every fragment, or undefined. */
const lineWith = (text: string, ...fragments: readonly string[]) => text.split('\n').find((l) => fragments.every((f) => l.includes(f)));

describe('layout 10: a workbook grown over years', () => {
  let dir: string;
  let file: string;
  let audit: SnapshotAudit;
  beforeAll(async () => {
    const buf = await buildXlsx(grown());
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-layouts-'));
    file = path.join(dir, 'Netzwerk Musterkreis.xlsx');
    await fs.writeFile(file, buf);
    audit = auditBuffer(buf);
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('the figures', () => {
    // Each figure is derived in the tests below.
    expect(figures(audit.result)).toEqual({
      actors: 18,
      requiredMissing: ['kinderarzt'],
      sozialraeume: {
        Nordstadt: { actors: 6, missing: [] },
        Weststadt: { actors: 4, missing: ['weitere'] },
        Altstadt: { actors: 5, missing: [] },
        Südstadt: { actors: 3, missing: ['beratung', 'weitere'] },
      },
      budgetTotal: 140000,
      criteria: { erfuellt: 7, teilweise: 4, nicht_erfuellt: 5, offen: 14 },
    });
  });

  test('the network is the Berichtsjahr 2025, read from its four Kernbereich sheets', () => {
    const { result } = audit;
    expect(result.networkSheet).toBe('Jugendhilfe 2025');
    // Counted: Jugendhilfe 7 (6 known + the play group; the Kinderschutzbund "ruht"),
    // Gesundheit 6 (the paediatrician left, the children's clinic is struck, two archived),
    // Beratung 3 (with the counselling centre), Weitere 2 (the police "bis 2024" left). 2024 is not read.
    expect(result.actors).toBe(18);
    expect(seen(result, 'network-year-chosen')).toEqual([
      { code: 'network-year-chosen', severity: 'info', sheet: 'Jugendhilfe 2025', cell: null, values: { year: 2025, basis: 'settings', sheets: [...SHEETS_2025], leftOut: ['Netzwerk 2024'] } },
    ]);
    for (const code of ['network-sheet-left-out', 'network-year-missing'] as const) expect(seen(result, code)).toEqual([]);
  });

  test('the four 2025 sheets are one network, each giving its Kernbereich', () => {
    const { result } = audit;
    expect(seen(result, 'network-sheets-combined')).toEqual([
      { code: 'network-sheets-combined', severity: 'info', sheet: 'Jugendhilfe 2025', cell: null, values: { sheets: [...SHEETS_2025], kernbereichFromName: [...SHEETS_2025], sozialraumFromName: [] } },
    ]);
    // Nobody is listed twice.
    expect(seen(result, 'partners-merged')).toEqual([]);
  });

  test('every sheet has a two-row header, said per sheet at its first header cell', () => {
    const { result } = audit;
    expect(seen(result, 'header-two-rows')).toEqual(SHEETS_2025.map((sheet) => ({ code: 'header-two-rows', severity: 'info', sheet, cell: 'A3', values: { sheet } })));
  });

  test('a partner of unknown type takes the Kernbereich of its sheet, year in the name or not', () => {
    const { result } = audit;
    // "Jugendhilfe 2025" → Jugendhilfe, "Beratung 2025" → Beratung, "Weitere 2025" → weitere Akteure.
    expect(result.kernbereiche).toEqual({ jugendhilfe: 7, gesundheit: 6, beratung: 3, weitere: 2 });
    expect(result.missingKernbereiche).toEqual([]);
    expect(result.unclassified.map((u) => u.name)).toEqual([UNKNOWN_10.jugendhilfe, UNKNOWN_10.beratung, UNKNOWN_10.weitere]);
  });

  test('a partner without a type is pointed at on its own sheet', () => {
    expect(seen(audit.result, 'unclassified-actor').map((f) => [f.sheet, f.cell, f.values])).toEqual([
      ['Jugendhilfe 2025', 'A12', { name: UNKNOWN_10.jugendhilfe }],
      ['Beratung 2025', 'A7', { name: UNKNOWN_10.beratung }],
      ['Weitere 2025', 'A7', { name: UNKNOWN_10.weitere }],
    ]);
  });

  test('partners who left: the paediatrician is a gap that opened', () => {
    const { model, result } = audit;
    expect(seen(result, 'missing-actor-type').find((f) => (f.values as { actorType: string }).actorType === 'kinderarzt')?.values).toMatchObject({ former: [P.kinderarzt] });
    expect(model.network?.former.map((f) => [f.sheet, f.name, f.reason])).toEqual([
      ['Jugendhilfe 2025', FORMER_10.kinderschutz, 'status'],
      ['Gesundheit 2025', P.kinderarzt, 'status'],
      ['Gesundheit 2025', FORMER_10.kinderklinik, 'struck'],
      ['Gesundheit 2025', FORMER_10.psychiatrie, 'archive'],
      ['Gesundheit 2025', FORMER_10.logopaedie, 'archive'],
      ['Weitere 2025', FORMER_10.polizei, 'status'],
    ]);
    // At the first who left: Jugendhilfe 2025!A11.
    expect(seen(result, 'former-partners')).toEqual([
      {
        code: 'former-partners',
        severity: 'info',
        sheet: 'Jugendhilfe 2025',
        cell: 'A11',
        values: { count: 6, reasons: { status: 3, struck: 1, archive: 2 }, examples: [FORMER_10.kinderschutz, P.kinderarzt, FORMER_10.kinderklinik] },
      },
    ]);
    expect(requiredMissing(result)).toEqual(['kinderarzt']);
  });

  test('Sozialräume from cells naming several, district-wide partners apart', () => {
    const { result } = audit;
    // Nordstadt: ASD, Kita (JH), Familienhebammen, Frühförderung (G), Lichtblick (B), Jobcenter (W).
    // Weststadt: ASD, Erziehungsberatung (JH), Frauenärztin (G), pro familia (B).
    // Altstadt: Kita, Familienbildung (JH), Hebamme (G), pro familia (B), library (W).
    // Südstadt: Erziehungsberatung, play group (JH), Familienhebammen (G); its paediatrician left.
    expect(sozialraumTable(result)).toEqual({
      Nordstadt: { actors: 6, missing: [] },
      Weststadt: { actors: 4, missing: ['weitere'] },
      Altstadt: { actors: 5, missing: [] },
      Südstadt: { actors: 3, missing: ['beratung', 'weitere'] },
    });
    // Südstadt lacks counselling on the spot, a note (criterion 4.3: the Suchtberatung works kreisweit);
    // "weitere Akteure" work centrally and are not expected in a Sozialraum.
    expect(seen(result, 'sozialraum-missing-kernbereich').map((f) => [f.severity, f.values])).toEqual([
      ['info', { sozialraum: 'Südstadt', missing: ['beratung'], districtWide: ['beratung'] }],
    ]);
  });

  test('agreements and committees from the two-row header', () => {
    const { result } = audit;
    // Without "ja": Kita, Hebamme, Frauenärztin, Jobcenter ("nein"), Suchtberatung ("nein") and the three unknown partners: 8 of 18.
    // Required types first: Kita (Jugendhilfe 2025!E8), Hebamme, Frauenärztin.
    expect(seen(result, 'agreements-missing')).toEqual([
      { code: 'agreements-missing', severity: 'info', sheet: 'Jugendhilfe 2025', cell: 'E8', values: { count: 8, total: 18, examples: [P.kita, P.hebamme, P.frauenarzt], unasked: 0 } },
    ]);
    // Coordination, Jugendamt, Gesundheitsamt and pro familia in the steering group; 16 of 18 at the conference.
    for (const code of ['steering-unknown', 'steering-incomplete', 'no-forum', 'forum-low', 'health-youth-not-bound', 'no-coordination'] as const) expect(seen(result, code)).toEqual([]);
  });

  test('budget: the Berichtsjahr column, against a need from Kinder 0–3', () => {
    const { result } = audit;
    // Ansatz 2025: 60.000 + 32.000 + 30.000 + 10.000 + 8.000; the Summe row is not added.
    expect(result.budget?.total).toBe(140000);
    // Einstellungen gives Kinder 0–3 (2.400), so the need is known. Its figure is the need model's
    // (documented apart and being reworked); this layout test checks that the model gets the
    // workbook's children and the Berichtsjahr's budget, and that the gap is need − budget.
    const need = result.budget?.need;
    expect(typeof need).toBe('number');
    expect(result.budget?.gap).toBe((need ?? 0) - 140000);
    expect(seen(result, 'need-unknown')).toEqual([]);
    expect(result.budget?.bySozialraum.map((s) => [s.name, s.budget])).toEqual([
      ['Nordstadt', 32000],
      ['Südstadt', 30000],
      ['Altstadt', 10000],
      ['Weststadt', 8000],
    ]);
    expect(seen(result, 'budget-column-chosen')).toEqual([
      { code: 'budget-column-chosen', severity: 'info', sheet: 'Budget', cell: 'E3', values: { header: 'Ansatz 2025', year: 2025, basis: 'settings', others: ['Ist 2024', 'Ansatz 2026'] } },
    ]);
  });

  test('criteria: the tick form, 6.4 ticked twice', () => {
    const { result } = audit;
    expect(result.criteria?.sheet).toBe('Kriterien 2025');
    // erfüllt 3.1–3.4, 4.1, 5.2, 5.9; teilweise 3.5, 3.6, 4.2, 4.3; nicht erfüllt 4.4–4.8; offen the other 14; 6.4 unclear.
    expect(result.criteria?.counts).toEqual({ erfuellt: 7, teilweise: 4, nicht_erfuellt: 5, offen: 14 });
    expect(seen(result, 'criterion-status-unclear').map((f) => f.values)).toEqual([{ criterion: '6.4', ticks: 2, value: null }]);
    // The list suggests 3.1, 3.2, 5.2 and 5.9, and 4.1 has a Nachweis. A list cannot show a regular
    // conference (3.3) or case-level arrangements (3.4), and the workbook keeps no Netzwerkarbeit sheet.
    expect(seen(result, 'criterion-met-contradicted')).toEqual([]);
    expect(seen(result, 'criterion-met-without-evidence').map((f) => f.values)).toEqual([
      { criterion: '3.3', lastEntryMs: null, months: 24 },
      { criterion: '3.4', lastEntryMs: null, months: 24 },
    ]);
  });

  test('fh-check audit says every choice in its German text', async () => {
    const { code, out, err } = await cli(['audit', file]);
    expect(err).toBe('');
    // A required type is missing: an error, so exit code 1.
    expect(code).toBe(1);
    expect(lineWith(out, '2025', 'Berichtsjahr', '„Netzwerk 2024“')).toBeDefined();
    expect(lineWith(out, ...SHEETS_2025.map((s) => `„${s}“`))).toBeDefined();
    for (const sheet of SHEETS_2025) expect(lineWith(out, `„${sheet}“`, 'zwei Zeilen')).toBeDefined();
    expect(lineWith(out, FORMER_10.kinderschutz, P.kinderarzt, FORMER_10.kinderklinik)).toBeDefined();
    expect(lineWith(out, 'Kinderärzt', 'Früher in der Liste', P.kinderarzt)).toBeDefined();
    expect(lineWith(out, '„Ansatz 2025“', 'Berichtsjahr', '„Ist 2024“', '„Ansatz 2026“')).toBeDefined();
    expect(lineWith(out, '„Kriterien 2025“', 'Ankreuzbogen')).toBeDefined();
    expect(lineWith(out, '6.4', 'angekreuzt')).toBeDefined();
  });

  test('fh-check audit --json and --lang en give the same audit', async () => {
    const json = await cli(['audit', file, '--json']);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.out) as { actors: number; networkSheet: string; findings: { code: string }[]; budget: { total: number } };
    expect(parsed.actors).toBe(18);
    expect(parsed.networkSheet).toBe('Jugendhilfe 2025');
    expect(parsed.budget.total).toBe(140000);
    expect(parsed.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['network-year-chosen', 'network-sheets-combined', 'header-two-rows', 'former-partners', 'budget-column-chosen', 'criteria-tick-form']));
    const en = await cli(['audit', file, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(lineWith(en.out, '"Ansatz 2025"', 'reporting year')).toBeDefined();
    expect(lineWith(en.out, '"Kriterien 2025"', 'tick form')).toBeDefined();
  });
});
