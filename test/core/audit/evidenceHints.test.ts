import { auditWorkbook } from '../../../src/core/audit/audit';
import { CellValue, SheetGrid } from '../../../src/core/grid';
import { auditSnapshot } from '../../../src/workbook/auditSnapshot';

/**
 * What the partner list says about a criterion is a hint; dated entries in the Netzwerkarbeit sheet
 * are evidence; a contradiction only where the list clearly shows the opposite (issue 12, section 2).
 */
const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, originRow: 0, originColumn: 0 });
const today = new Date(Date.UTC(2026, 11, 1));
const HEADER = ['Einrichtung', 'Art', 'Sozialraum', 'Kooperationsvereinbarung', 'Steuerungsgruppe', 'Netzwerkkonferenz'];
const criteria = (...met: string[]) => grid('Kriterien', [['Nr.', 'Status', 'Nachweis'], ...['3.1', '3.2', '3.3', '3.4', '5.2', '5.9'].map((id) => [id, met.includes(id) ? 'erfüllt' : 'offen', null])]);
const work = (...rows: CellValue[][]) => grid('Netzwerkarbeit', [['Datum', 'Art', 'Beschreibung', 'Umfang (VZÄ)'], ...rows]);
const audit = (...sheets: SheetGrid[]) => auditWorkbook(sheets, { today });
const codes = (r: ReturnType<typeof audit>, criterion?: string) => r.findings.filter((f) => criterion === undefined || f.criterion === criterion).map((f) => `${f.code}:${f.severity}`);
const support = (r: ReturnType<typeof audit>, id: string) => r.criteria?.items.find((c) => c.id === id)?.support;

const PARTNERS: CellValue[][] = [
  ['Jugendamt Musterkreis', 'Jugendamt', 'kreisweit', 'ja', 'ja', 'ja'],
  ['Erziehungsberatungsstelle', 'Erziehungsberatung', 'Nord', 'ja', 'ja', null],
  ['Gesundheitsamt', 'Gesundheitsamt', 'kreisweit', 'ja', 'ja', null],
  ['Kita Sonnenschein', 'Kita', 'Nord', null, null, null],
];
const network = (rows: CellValue[][] = PARTNERS) => grid('Netzwerk', [HEADER, ...rows]);

describe('3.1 coordination', () => {
  test('a coordinator who does not list her own office: a hint, never a contradiction', () => {
    const r = audit(network(), criteria('3.1'));
    expect(codes(r, '3.1')).toEqual(expect.arrayContaining(['criterion-list-hint:info', 'no-coordination:info']));
    expect(codes(r)).not.toContain('criterion-met-contradicted:warning');
    expect(support(r, '3.1')).toBe('list-missing');
  });

  test('the post recorded in Netzwerkarbeit evidences it: no hint, no warning', () => {
    const r = audit(network(), criteria('3.1'), work([46000, 'Koordination', 'Koordinierungsstelle besetzt', 1.5]));
    expect(codes(r, '3.1')).toEqual([]);
    expect(support(r, '3.1')).toBe('record');
  });

  test('listed with its role, the list suggests it', () => {
    const r = audit(network([...PARTNERS, ['Netzwerkbüro Frühe Hilfen', 'Koordinierungsstelle', 'kreisweit', null, 'ja', 'ja']]), criteria('3.1'));
    expect(support(r, '3.1')).toBe('list');
    expect(codes(r, '3.1')).toEqual([]);
  });
});

describe('3.2 steering group (optional: "kann")', () => {
  test('Jugendamt, Erziehungsberatung and Gesundheitsamt: counselling is there', () => {
    expect(codes(audit(network()))).not.toContain('steering-incomplete:info');
  });

  test('Jugendamt and Gesundheitsamt only: a note that counselling is missing, not a warning', () => {
    const rows = PARTNERS.map((p) => (p[0] === 'Erziehungsberatungsstelle' ? [...p.slice(0, 4), 'nein', null] : p));
    const r = audit(network(rows), criteria('3.2'));
    expect(r.findings.find((f) => f.code === 'steering-incomplete')).toMatchObject({ severity: 'info', values: { missing: ['beratung'] } });
    expect(codes(r)).not.toContain('criterion-met-contradicted:warning');
  });

  test('no steering group marked at all: nothing to say', () => {
    const rows = PARTNERS.map((p) => [...p.slice(0, 4), null, p[5]]);
    expect(codes(audit(network(rows)), '3.2')).toEqual([]);
  });
});

describe('3.3 network conference', () => {
  test('one ticked partner is no regular conference: marked met without a record is flagged', () => {
    const r = audit(network(), criteria('3.3'));
    expect(codes(r, '3.3')).toContain('criterion-met-without-evidence:warning');
    expect(support(r, '3.3')).toBeNull();
  });

  test('a conference recorded six months ago evidences it', () => {
    const r = audit(network(), criteria('3.3'), work(['15.05.2026', 'Netzwerkkonferenz', 'Frühjahrskonferenz', null]));
    // What remains is the list's note on who takes part, not a verdict on the criterion.
    expect(codes(r, '3.3')).toEqual(['forum-low:info']);
    expect(support(r, '3.3')).toBe('record');
  });

  test('an empty column for a conference not yet held is a note, no contradiction', () => {
    const rows = PARTNERS.map((p) => [...p.slice(0, 5), null]);
    const r = audit(network(rows), criteria());
    expect(r.findings.find((f) => f.code === 'no-forum')?.severity).toBe('info');
  });

  test('only an old entry: the warning names its date and the window', () => {
    const r = audit(network(), criteria('3.3'), work(['10.03.2024', 'Netzwerkkonferenz', null, null]));
    const f = r.findings.find((x) => x.code === 'criterion-met-without-evidence' && x.criterion === '3.3');
    expect(f?.values).toEqual({ criterion: '3.3', lastEntryMs: Date.UTC(2024, 2, 10), months: 24 });
    expect(support(r, '3.3')).toBe('record-old');
    // A longer window in the Einstellungen makes it recent.
    const longer = audit(network(), criteria('3.3'), work(['10.03.2024', 'Netzwerkkonferenz', null, null]), grid('Einstellungen', [['Nachweise gelten (Monate)', 36], ['Kinder 0–3', 900]]));
    expect(support(longer, '3.3')).toBe('record');
  });
});

describe('3.4 agreements in individual cases', () => {
  test('bilateral Kooperationsvereinbarungen are no evidence for 3.4, and one agreement never counts for the whole criterion', () => {
    const r = audit(network(), criteria('3.4'));
    expect(support(r, '3.4')).toBeNull();
    expect(codes(r, '3.4')).toContain('criterion-met-without-evidence:warning');
  });

  test('no agreement at all in the list: a note, no contradiction', () => {
    const rows = PARTNERS.map((p) => [p[0], p[1], p[2], 'nein', p[4], p[5]]);
    const r = audit(network(rows), criteria('3.4'));
    expect(r.findings.find((f) => f.code === 'no-agreements')?.severity).toBe('info');
    expect(codes(r)).not.toContain('criterion-met-contradicted:warning');
  });
});

describe('5.2 youth welfare and health bound', () => {
  test('family midwives employed by the Jugendamt bind nothing: a note when no independent health partner has an agreement', () => {
    const rows: CellValue[][] = [
      ['Jugendamt Musterkreis', 'Jugendamt', 'kreisweit', 'ja', null, null],
      ['Familienhebammen des Jugendamts', 'Familienhebamme', 'kreisweit', 'ja', null, null],
      ['Kinderarztpraxis Dr. Weiß', 'Kinderarzt', 'Nord', null, null, null],
      ['Kita Sonnenschein', 'Kita', 'Nord', null, null, null],
    ];
    const r = audit(network(rows), criteria('5.2'));
    expect(r.findings.find((f) => f.code === 'health-youth-not-bound')).toMatchObject({ severity: 'info', values: { unbound: ['gesundheit'] } });
    expect(codes(r, '5.2')).toContain('criterion-list-hint:info');
    expect(support(r, '5.2')).toBe('list-missing');
  });

  test('an independent health partner with an agreement: the list suggests it', () => {
    const rows: CellValue[][] = [
      ['Jugendamt Musterkreis', 'Jugendamt', 'kreisweit', 'ja', null, null],
      ['Kinderarztpraxis Dr. Weiß', 'Kinderarzt', 'Nord', 'ja', null, null],
    ];
    const r = audit(network(rows), criteria('5.2'));
    expect(support(r, '5.2')).toBe('list');
    expect(codes(r)).not.toContain('health-youth-not-bound:info');
  });

  test('every independent health partner says no: the list shows the opposite of "met"', () => {
    const rows: CellValue[][] = [
      ['Jugendamt Musterkreis', 'Jugendamt', 'kreisweit', 'ja', null, null],
      ['Kinderarztpraxis Dr. Weiß', 'Kinderarzt', 'Nord', 'nein', null, null],
      ['Gesundheitsamt', 'Gesundheitsamt', 'kreisweit', 'nein', null, null],
    ];
    const r = audit(network(rows), criteria('5.2'));
    expect(codes(r, '5.2')).toEqual(expect.arrayContaining(['criterion-met-contradicted:warning', 'health-youth-not-bound:warning']));
    expect(support(r, '5.2')).toBe('contradicted');
  });
});

describe('4.3 partners at the level that suits them', () => {
  const rows: CellValue[][] = [
    ['Jugendamt Musterkreis', 'Jugendamt', 'kreisweit', null, null, null],
    ['Geburtsklinik St. Marien', 'Geburtsklinik', 'kreisweit', null, null, null],
    ['Kita Sonnenschein', 'Kita', 'Nord', null, null, null],
    ['Kinderarztpraxis Dr. Weiß', 'Kinderarzt', 'Nord', null, null, null],
    ['Hebammenpraxis Lindner', 'Hebamme', 'Süd', null, null, null],
  ];

  test('a Sozialraum without a local clinic or health partner gets a note; one without Kita or Familienzentrum a warning', () => {
    const r = audit(network(rows));
    const about = (s: string) => r.findings.filter((f) => f.code === 'sozialraum-missing-kernbereich' && (f.values as { sozialraum: string }).sozialraum === s);
    expect(about('Süd').map((f) => [f.severity, (f.values as { missing: readonly string[] }).missing])).toEqual([['warning', ['jugendhilfe']], ['info', ['beratung']]]);
    expect(about('Nord').map((f) => [f.severity, (f.values as { missing: readonly string[] }).missing])).toEqual([['info', ['beratung']]]);
    // "Weitere Akteure" work centrally: never expected in a Sozialraum.
    expect(r.findings.some((f) => f.code === 'sozialraum-missing-kernbereich' && (f.values as { missing: readonly string[] }).missing.includes('weitere'))).toBe(false);
  });
});

describe('a required type the district does not have', () => {
  const rows: CellValue[][] = [['Jugendamt Musterkreis', 'Jugendamt', 'kreisweit', null, null, null], ['Kita Sonnenschein', 'Kita', 'Nord', null, null, null]];
  const settings = grid('Einstellungen', [
    ['Parameter', 'Wert', 'Hinweis'],
    ['Im Bezirk nicht vorhanden', 'Geburtsklinik', 'Entbindung im Klinikum Nachbarstadt'],
    ['Im Bezirk nicht vorhanden', 'SPZ', 'SPZ der Uniklinik'],
  ]);

  test('shows as a note with where families go instead, not as an error, and leaves the coverage share', () => {
    const plain = audit(network(rows));
    const marked = audit(network(rows), settings);
    const errors = (r: ReturnType<typeof audit>) => r.findings.filter((f) => f.code === 'missing-actor-type' && f.severity === 'error').map((f) => (f.values as { actorType: string }).actorType);
    expect(errors(plain)).toEqual(expect.arrayContaining(['geburtsklinik', 'fruehfoerderung']));
    expect(errors(marked)).not.toContain('geburtsklinik');
    expect(errors(marked)).not.toContain('fruehfoerderung');
    expect(marked.findings.filter((f) => f.code === 'actor-type-absent').map((f) => [f.severity, f.values, f.sheet, f.cell])).toEqual([
      ['info', { actorType: 'geburtsklinik', instead: 'Entbindung im Klinikum Nachbarstadt' }, 'Einstellungen', 'B2'],
      ['info', { actorType: 'fruehfoerderung', instead: 'SPZ der Uniklinik' }, 'Einstellungen', 'B3'],
    ]);
    // Two fewer required types to have: the same partners cover a larger share.
    expect(marked.coverage).toBeGreaterThan(plain.coverage);
  });
});

describe('network work the audit cannot use', () => {
  it('says which entries support no criterion: no readable date or no known kind', () => {
    const sheets = [
      { name: 'Netzwerk', values: [['Einrichtung', 'Art'], ['Jugendamt', 'Jugendamt'], ['Kita Sonne', 'Kita']], originRow: 0, originColumn: 0 },
      {
        name: 'Netzwerkarbeit',
        values: [['Datum', 'Art', 'Beschreibung'], ['Frühjahr 2025', 'Netzwerkkonferenz', 'Frühjahrskonferenz'], ['März 2025', 'Fortbildung', 'Kinderschutz'], ['12.05.2025', 'Sommerfest', 'Fest im Park'], [null, 'Arbeitsgruppe', 'AG Gesundheit']],
        originRow: 0,
        originColumn: 0,
      },
    ];
    const { result } = auditSnapshot({ sheets, settings: {} });
    expect(result.findings.filter((f) => f.code === 'activity-entries-unused').map((f) => [f.sheet, f.cell, f.values])).toEqual([
      ['Netzwerkarbeit', 'A2', { undated: 2, unknownKind: 1, examples: ['Netzwerkkonferenz: Frühjahrskonferenz', 'Sommerfest: Fest im Park', 'Arbeitsgruppe: AG Gesundheit'] }],
    ]);
  });
});
