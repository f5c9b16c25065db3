import { isErrorResult } from './customFunctionsDouble';
import { actortype, coverage, criterion, gap, missing, need, needcovered, needmodel, score, sector } from '../../src/functions/functions';
import { installDocumentSettings } from '../workbook/documentSettingsDouble';
import { ACTOR_TYPES, defaultTypeIds } from '../../src/core/taxonomy/actorTypes';
import { KERNBEREICH_LABELS } from '../../src/core/taxonomy/kernbereich';
import { NEED_DEFAULTS } from '../../src/core/need/defaults';
import { estimateMeasureNeed } from '../../src/core/need/estimate';
import { NEED_PARAMETERS } from '../../src/core/need/parameters';
import { CRITERIA, QUALITY_LEVEL_LABELS } from '../../src/core/criteria/catalog';
import { classifierMemoSize, clearClassifierMemo } from '../../src/core/taxonomy/classifier';

/** FH.COVERAGE's one cell (it returns a 1×1 array, see functions.ts). */
const coverageCell = (...args: Parameters<typeof coverage>) => coverage(...args)[0][0];

/** Excel's row count: a whole-column reference (A:D) arrives with this many rows. */
const EXCEL_ROWS = 1_048_576;

const required = defaultTypeIds('required');
const labelOf = (id: string) => ACTOR_TYPES.find((t) => t.id === id)!.label;

/** A partner list as Excel hands a range over: blanks as "", numbers, booleans, an error cell. */
function networkRange(): unknown[][] {
  return [
    ['Partnerliste Frühe Hilfen 2026', '', '', '', ''],
    ['', '', '', '', ''],
    ['Nr.', 'Einrichtung', 'Art', 'Sozialraum', 'Kooperationsvereinbarung'],
    [1, 'Jugendamt Elbufer (ASD)', 'Jugendamt', 'bezirksweit', true],
    [2, 'Kinderarztpraxis Dr. Weiß', 'Praxis', 'Nord', 'ja'],
    [3, 'Hebammenpraxis am Markt', 'Hebamme', 'Mitte', { code: '#N/A' }],
    ['', '', '', '', ''],
    [4, 'Kita Regenbogen', 'Kita', 'Süd', 46000],
    [5, 'Gesundheitsamt', null, 'bezirksweit', 'nein'],
  ];
}

/** The same list in a whole-column reference: the used rows, then empty rows down to row 1,048,576. */
function wholeColumns(used: unknown[][]): unknown[][] {
  const width = used[0].length;
  const blank = new Array(width).fill('');
  const rows: unknown[][] = used.slice();
  while (rows.length < EXCEL_ROWS) rows.push(blank);
  return rows;
}

// "Jugendamt Elbufer (ASD)" is the ASD (its name is more specific than its type "Jugendamt"), which also counts for the Jugendamt.
const present = ['asd', 'jugendamt', 'kinderarzt', 'hebamme', 'kita', 'gesundheitsamt'];

describe('what the planner taught in the pane', () => {
  afterEach(() => installDocumentSettings(null));
  const rows = [['Einrichtung', 'Art'], ['Bethesda', ''], ['Jugendamt Elbufer', 'Jugendamt']];

  test('FH.ACTORTYPE, FH.SECTOR, FH.COVERAGE and FH.MISSING type a taught partner as the audit does', () => {
    const without = coverageCell(rows);
    expect(actortype([['Bethesda']])).toEqual([['']]);
    installDocumentSettings({}, [{ label: 'Bethesda', actorType: 'Geburtsklinik' }]);
    expect(actortype([['Bethesda']], 'id')).toEqual([['geburtsklinik']]);
    expect(sector([['Bethesda']])).toEqual([[KERNBEREICH_LABELS.gesundheit.de]]);
    expect(coverageCell(rows)).toBeCloseTo((without as number) + 1 / required.length);
    expect(missing(rows).flat()).not.toContain(labelOf('geburtsklinik'));
  });
});

describe('FH.COVERAGE', () => {
  test('share of required types present, with title rows, blanks, booleans, numbers and an error cell', () => {
    expect(coverageCell(networkRange())).toBeCloseTo(present.length / required.length);
  });

  test('header row included or not gives the same share', () => {
    const rows = networkRange().slice(3);
    expect(coverageCell(rows)).toBeCloseTo(coverageCell(networkRange()) as number);
  });

  test('a whole-column reference with few used rows gives the same share', () => {
    expect(coverageCell(wholeColumns(networkRange()))).toBe(coverageCell(networkRange()));
  });

  test('one Sozialraum: its partners plus the district-wide ones', () => {
    // Nord: the Kinderarzt and the district-wide ASD (with the Jugendamt) and Gesundheitsamt.
    expect(coverageCell(networkRange(), 'Nord')).toBeCloseTo(4 / required.length);
    expect(coverageCell(networkRange(), 'Ost')).toBeCloseTo(3 / required.length);
    // Blank, null and undefined all mean the whole network.
    for (const blank of ['', null, undefined]) expect(coverageCell(networkRange(), blank)).toBe(coverageCell(networkRange()));
  });

  test('a custom required list as a range or as a text list', () => {
    expect(coverageCell(networkRange(), null, [['Kinderärzt:innen'], ['geburtsklinik'], [''], [null]])).toBe(0.5);
    expect(coverageCell(networkRange(), '', [['kinderarzt; geburtsklinik, Hebammen']])).toBeCloseTo(2 / 3);
    // An empty list means the default list.
    expect(coverageCell(networkRange(), '', [[''], [null]])).toBe(coverageCell(networkRange()));
  });

  test('an unknown required type is #VALUE! naming it', () => {
    const r = coverageCell(networkRange(), null, [['kinderarzt'], ['Zauberer']]);
    expect(isErrorResult(r, '#VALUE!')).toBe(true);
    expect((r as { message: string }).message).toContain('Zauberer');
  });

  test('an error or boolean in the required list is an error, not a shorter list', () => {
    expect(isErrorResult(coverageCell(networkRange(), null, [['kinderarzt'], [{ code: '#N/A' }]]), '#N/A')).toBe(true);
    expect(isErrorResult(coverageCell(networkRange(), null, [[true]]), '#VALUE!')).toBe(true);
  });

  test('a range with no partner rows is #N/A with a message, not a silent 0', () => {
    for (const range of [[['']], [[1, 2], [3, 4]], wholeColumns([['', '']]), [['Einrichtung', 'Art']]]) {
      const r = coverageCell(range);
      expect(isErrorResult(r, '#N/A')).toBe(true);
      expect((r as { message: string }).message).toMatch(/Netzwerkpartner.*\|.*network partners/);
    }
  });

  test('an error as Sozialraum is passed on; a boolean is #VALUE!', () => {
    expect(isErrorResult(coverageCell(networkRange(), { code: '#DIV/0!' }), '#DIV/0!')).toBe(true);
    expect(isErrorResult(coverageCell(networkRange(), true), '#VALUE!')).toBe(true);
  });

  test('an edited cell gives a new result (nothing stale)', () => {
    const rows = networkRange();
    const before = coverageCell(rows) as number;
    rows[4][2] = 'Geburtsklinik';
    rows[4][1] = 'Kreißsaal St. Marien';
    expect(coverageCell(rows)).toBeCloseTo(before);
    rows.push([6, 'Kinderarztpraxis am Park', 'Kinderarzt', 'Nord', '']);
    expect(coverageCell(rows)).toBeCloseTo(before + 1 / required.length);
  });
});

describe('FH.MISSING', () => {
  test('the missing required types as a vertical list of German labels, in list order', () => {
    const r = missing(networkRange());
    const expected = required.filter((id) => !present.includes(id)).map(labelOf);
    expect(r).toEqual(expected.map((l) => [l]));
  });

  test('a single empty text when nothing is missing', () => {
    expect(missing(networkRange(), null, [['kinderarzt', 'hebamme']])).toEqual([['']]);
  });

  test('errors come as a 1×1 result', () => {
    const r = missing([['']]);
    expect(r).toHaveLength(1);
    expect(isErrorResult(r[0][0], '#N/A')).toBe(true);
  });
});

describe('saved column mapping, read from the workbook’s settings', () => {
  // No header: the reader cannot tell which column holds the type.
  const headerless: unknown[][] = [
    ['Praxis Dr. Weiß', 'Nord', 'Kinderarzt'],
    ['Praxis Roth', 'Süd', 'Hebamme'],
  ];
  afterEach(() => installDocumentSettings(null));

  test('is used for a range without header', () => {
    expect(isErrorResult(coverageCell(headerless))).toBe(true);
    installDocumentSettings({ networkSheet: 'Netzwerk', columns: { name: 1, sozialraum: 2, type: 3 } });
    // Sheet columns B:D; the range starts at column B, so the mapping shifts by one.
    const invocation = { parameterAddresses: ["'Netzwerk'!B2:D3"] } as CustomFunctions.Invocation;
    expect(coverageCell(headerless, null, null as unknown as unknown[][], invocation)).toBeCloseTo(2 / required.length);
    expect(coverageCell(headerless, 'Süd', null as unknown as unknown[][], invocation)).toBeCloseTo(1 / required.length);
  });

  test('applies only on its own sheet', () => {
    installDocumentSettings({ networkSheet: 'Netzwerk', columns: { name: 1, sozialraum: 2, type: 3 } });
    const elsewhere = { parameterAddresses: ['Budget!B2:D3'] } as CustomFunctions.Invocation;
    expect(isErrorResult(coverageCell(headerless, null, undefined, elsewhere), '#N/A')).toBe(true);
  });

  test('without an address the range is taken to start in column A', () => {
    installDocumentSettings({ networkSheet: 'Netzwerk', columns: { name: 0, sozialraum: 1, type: 2 } });
    expect(coverageCell(headerless)).toBeCloseTo(2 / required.length);
  });
});

describe('FH.SECTOR and FH.ACTORTYPE', () => {
  const column = [['Kinderarztpraxis Dr. Weiß'], ['Caritasverband'], [''], [null], [42], [true], [{ code: '#N/A' }], ['Schwangerschaftsberatung pro familia']];

  test('a range in, a range of the same shape out; unclassifiable text and non-text give ""', () => {
    const r = sector(column);
    expect(r).toHaveLength(column.length);
    expect(r.map((row) => (isErrorResult(row[0]) ? row[0].code : row[0]))).toEqual([
      KERNBEREICH_LABELS.gesundheit.de,
      '',
      '',
      '',
      '',
      '',
      '#N/A',
      KERNBEREICH_LABELS.beratung.de,
    ]);
    expect(actortype(column)[0][0]).toBe(labelOf('kinderarzt'));
    expect(actortype(column)[1][0]).toBe('');
  });

  test('a single label gives a 1×1 result; a 2-D range keeps its columns', () => {
    expect(actortype([['Hebamme']])).toEqual([[labelOf('hebamme')]]);
    expect(sector([['Kita Sonnenschein', 'Jobcenter']])).toEqual([[KERNBEREICH_LABELS.jugendhilfe.de, KERNBEREICH_LABELS.weitere.de]]);
  });

  test('the stable id and the English label on request', () => {
    expect(actortype([['Kinderärztin']], 'id')).toEqual([['kinderarzt']]);
    expect(actortype([['Kinderärztin']], 'en')).toEqual([[ACTOR_TYPES.find((t) => t.id === 'kinderarzt')!.labelEn]]);
    expect(sector([['Kinderärztin']], 'ID')).toEqual([['gesundheit']]);
    expect(sector([['Kinderärztin']], 'Englisch')).toEqual([[KERNBEREICH_LABELS.gesundheit.en]]);
    expect(sector([['Kinderärztin']], '')).toEqual([[KERNBEREICH_LABELS.gesundheit.de]]);
    const bad = sector([['Kinderärztin']], 'xml');
    expect(isErrorResult(bad[0][0], '#VALUE!')).toBe(true);
  });

  test('a whole column returns only the used rows, not a million', () => {
    const r = actortype(wholeColumns([['Hebamme'], [''], ['Kita']]));
    expect(r).toEqual([[labelOf('hebamme')], [''], [labelOf('kita')]]);
    expect(sector(wholeColumns([['']]))).toEqual([['']]);
    expect(sector(wholeColumns([['', null]]))).toEqual([['', '']]);
  });

  test('each distinct label is classified once, however often it repeats', () => {
    clearClassifierMemo();
    const labels = ['Kita Sonnenschein', 'Praxis Dr. Weiß (Kinderarzt)', 'Gesundheitsamt'];
    const rows = Array.from({ length: 30_000 }, (_, i) => [labels[i % 3]]);
    sector(rows);
    actortype(rows);
    expect(classifierMemoSize()).toBe(3);
  });
});

describe('FH.NEED, FH.GAP, FH.NEEDCOVERED', () => {
  const { burdenShare, costPerFamily } = NEED_DEFAULTS;

  test('need with the documented defaults and with planner values as numbers or German text', () => {
    expect(need(1000)).toBeCloseTo(1000 * burdenShare.value * costPerFamily.value);
    expect(need(1000, null, null)).toBe(need(1000));
    expect(need(1000, '', '')).toBe(need(1000));
    expect(need('1.000', '20 %', '3.000 €')).toBeCloseTo(1000 * 0.2 * 3000);
    expect(need(1000, 0.2, 3000)).toBeCloseTo(600_000);
    expect(need(1000, 20, 3000)).toBeCloseTo(600_000);
    expect(need(0)).toBe(0);
  });

  test('bad input is an error with a message, never NaN or a silent 0', () => {
    const cases: [unknown[], string][] = [
      [[''], '#N/A'],
      [[null], '#N/A'],
      [['viele'], '#VALUE!'],
      [[true], '#VALUE!'],
      [[-5], '#VALUE!'],
      [[1000, 'hoch'], '#VALUE!'],
      [[1000, 250], '#VALUE!'],
      [[1000, 0.15, -1], '#VALUE!'],
      [[{ code: '#REF!' }], '#VALUE!'],
      [[{ code: '#N/A' }], '#N/A'],
    ];
    for (const [args, code] of cases) {
      const r = (need as (...a: unknown[]) => unknown)(...args);
      expect(isErrorResult(r, code)).toBe(true);
      if (code === '#VALUE!' && !(args[0] as { code?: string })?.code) expect((r as { message: string }).message).toContain(' | ');
    }
  });

  test('gap and share of need covered', () => {
    expect(gap(613_802, 2_197_500)).toBe(2_197_500 - 613_802);
    expect(gap('503.900 €', 400_000)).toBe(-103_900);
    expect(needcovered(50, 200)).toBe(0.25);
    expect(isErrorResult(needcovered(50, 0), '#DIV/0!')).toBe(true);
    expect(isErrorResult(gap('', 10), '#N/A')).toBe(true);
    expect(isErrorResult(gap(10, 'x'), '#VALUE!')).toBe(true);
  });

  test('a result beyond Excel’s numbers is #NUM!, not Infinity; an implausible input is #VALUE!', () => {
    // No count of children comes near 1e306: the argument itself is refused as no plausible number.
    expect(isErrorResult(need(1e306), '#VALUE!')).toBe(true);
    expect(isErrorResult(needcovered(1, 5e-324), '#NUM!')).toBe(true);
  });

  test('dates arrive as serial numbers and count as numbers', () => {
    expect(gap(45_000, 46_000)).toBe(1000);
  });
});

describe('FH.NEEDMODEL', () => {
  /** An Einstellungen sheet as Excel hands the range over: title, header, key | value | note rows, blanks as "". */
  const settings = (...rows: unknown[][]): unknown[][] => [
    ['Einstellungen', '', ''],
    ['Parameter', 'Wert', 'Erläuterung'],
    ...rows.map((r) => [...r, '', '', ''].slice(0, 3)),
  ];
  // The defaults by hand: LaB 1,950 × 5 | 10.3 | 15 % ÷ 30 families per post × 75,000 €; coordination 1 post × 75,000 €.
  const lab = { low: 243_750, mid: 502_125, high: 731_250 };
  const coordination = 75_000;

  test('the district by default: LaB and coordination from the documented defaults, low | middle | high', () => {
    expect(needmodel(1950)).toBeCloseTo(lab.mid + coordination, 6);
    expect(needmodel(1950, 'mittel')).toBeCloseTo(lab.mid + coordination, 6);
    expect(needmodel(1950, 'Niedrig')).toBeCloseTo(lab.low + coordination, 6);
    expect(needmodel(1950, 'HOCH')).toBeCloseTo(lab.high + coordination, 6);
    // Excel passes an omitted range as null.
    expect((needmodel as (...a: unknown[]) => unknown)(1950, 'low', null, 'district')).toBeCloseTo(lab.low + coordination, 6);
    expect(needmodel(1950, 'high', [['']], 'Bezirk')).toBeCloseTo(lab.high + coordination, 6);
    expect(needmodel('1.950', 'middle', undefined, 'bezirksweit')).toBeCloseTo(lab.mid + coordination, 6);
  });

  test('vor Ort: only the measures that lie in the Sozialraum, so the Sozialräume add up to the district’s local need', () => {
    expect(needmodel(1950, 'mittel', undefined, 'vor Ort')).toBeCloseTo(lab.mid, 6);
    expect(needmodel(1950, 'low', undefined, 'local')).toBeCloseTo(lab.low, 6);
    expect(needmodel(1950, 'hoch', undefined, 'Vor-Ort')).toBeCloseTo(lab.high, 6);
    const parts = [700, 800, 450].map((b) => needmodel(b, 'mittel', undefined, 'vor Ort') as number);
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(lab.mid, 6);
    // A Sozialraum without births needs none of them; the district cannot be priced without births.
    expect(needmodel(0, 'mittel', undefined, 'vor Ort')).toBe(0);
    expect(isErrorResult(needmodel(0), '#N/A')).toBe(true);
  });

  test('the Einstellungen rows apply as in the audit: parameters, clinic births, welcome visits', () => {
    const own = settings(
      ['Kosten je Vollzeitstelle Familienhebamme (€/Jahr)', '78.000 €', 'eigene Kalkulation'],
      ['Begleitete Familien je Vollzeitstelle LaB und Jahr', 25],
      ['Geburten in den Geburtskliniken', 1200, 'Klinikstatistik'],
      ['Willkommensbesuche', 'ja'],
      ['Kosten je Willkommensbesuch', 200],
    );
    // LaB: 1,950 × 10.3 % ÷ 25 × 78,000 €; Lotsendienst: 1,200 ÷ 1,000 × 1 × 75,000 €; welcome: 1,950 × 60 % × 200 €.
    const labOwn = ((1950 * 0.103) / 25) * 78_000;
    const welcome = 1950 * NEED_PARAMETERS.welcomeReach.value.mid * 200;
    expect(needmodel(1950, 'mittel', own)).toBeCloseTo(labOwn + 90_000 + coordination + welcome, 6);
    expect(needmodel(1950, 'mittel', own, 'vor Ort')).toBeCloseTo(labOwn + welcome, 6);
    // An override is one value: the range collapses where it applies (LaB's share keeps its spread).
    expect(needmodel(1950, 'hoch', own, 'vor Ort')).toBeCloseTo(((1950 * 0.15) / 25) * 78_000 + welcome, 6);
    // The same arithmetic as the engine's own estimate with those settings.
    const engine = estimateMeasureNeed({ births: 1950, children0to3: null, clinicBirths: 1200, hasBirthClinic: false, welcomeVisits: true, overrides: { labCostPerFte: 78_000, labFamiliesPerFte: 25, welcomeCostPerVisit: 200 } });
    expect(needmodel(1950, 'low', own)).toBe(engine!.total.low);
  });

  test('without clinic births in the settings there is no Lotsendienst: a formula cannot see the network list', () => {
    const withClinic = settings(['Geburten in den Geburtskliniken', 1950]);
    expect((needmodel(1950, 'mittel', withClinic) as number) - (needmodel(1950) as number)).toBeCloseTo(1.95 * 75_000, 6);
    expect(needmodel(1950, 'mittel', withClinic, 'vor Ort')).toBeCloseTo(lab.mid, 6);
  });

  test('the births argument counts, not the settings’ Geburten; an empty settings range means the defaults', () => {
    expect(needmodel(1000, 'mittel', settings(['Geburten pro Jahr', 1950]))).toBeCloseTo((1000 * 0.103 * 75_000) / 30 + coordination, 6);
    expect(needmodel(1950, 'mittel', settings(['Geburten pro Jahr', '', 'Statistikstelle']))).toBe(needmodel(1950));
  });

  test('bad input is an error with a message in both languages', () => {
    const cases: [unknown[], string][] = [
      [[''], '#N/A'],
      [[null], '#N/A'],
      [['viele'], '#VALUE!'],
      [[-5], '#VALUE!'],
      [[true], '#VALUE!'],
      [[1950, 'mittelhoch'], '#VALUE!'],
      [[1950, 2], '#VALUE!'],
      [[1950, true], '#VALUE!'],
      [[1950, 'mittel', null, 'Landkreis'], '#VALUE!'],
      [[1950, '__proto__'], '#VALUE!'],
      [[1950, 'mittel', null, 'constructor'], '#VALUE!'],
    ];
    for (const [args, code] of cases) {
      const r = (needmodel as (...a: unknown[]) => unknown)(...args);
      expect(isErrorResult(r, code)).toBe(true);
      expect((r as { message: string }).message).toContain(' | ');
    }
    expect((needmodel(1950, 'mittelhoch') as { message: string }).message).toContain('"niedrig"');
    expect((needmodel(1950, 'mittel', undefined, 'Landkreis') as { message: string }).message).toContain('"vor Ort"');
  });

  test('an error cell in an argument or anywhere in the settings range is passed on', () => {
    expect(isErrorResult(needmodel({ code: '#N/A' }), '#N/A')).toBe(true);
    expect(isErrorResult(needmodel(1950, { code: '#DIV/0!' }), '#DIV/0!')).toBe(true);
    expect(isErrorResult(needmodel(1950, 'mittel', settings(['Kosten je Willkommensbesuch', { code: '#DIV/0!' }])), '#DIV/0!')).toBe(true);
    expect(isErrorResult(needmodel(1950, 'mittel', undefined, { code: '#REF!' }), '#VALUE!')).toBe(true);
  });

  test('settings that choose the simple model ask for FH.NEED instead of returning another model’s figure', () => {
    const r = needmodel(1950, 'mittel', settings(['Bedarfsmodell', 'einfach']));
    expect(isErrorResult(r, '#N/A')).toBe(true);
    expect((r as { message: string }).message).toContain('FH.BEDARF');
    expect(needmodel(1950, 'mittel', settings(['Bedarfsmodell', 'nach Maßnahmen']))).toBe(needmodel(1950));
  });

  test('FH.GAP and FH.NEEDCOVERED take its figure like any other need', () => {
    const local = needmodel(600, 'mittel', undefined, 'vor Ort') as number;
    expect(gap(100_000, local)).toBeCloseTo(local - 100_000, 6);
    expect(needcovered(100_000, local)).toBeCloseTo(100_000 / local, 9);
  });
});

describe('FH.SCORE', () => {
  test('share met of assessed statuses, teilweise half, header and offen ignored', () => {
    expect(score([['Status'], ['erfüllt'], ['Teilweise'], ['nicht erfüllt'], ['offen'], [''], [null], ['x']])).toBeCloseTo(2.5 / 4);
    expect(score([[1], [0.5], [0], [true]])).toBeCloseTo(2.5 / 4);
  });

  test('nothing assessed is #DIV/0!, an error cell is passed on', () => {
    expect(isErrorResult(score([['offen'], ['']]), '#DIV/0!')).toBe(true);
    expect(isErrorResult(score([['erfüllt'], [{ code: '#N/A' }]]), '#N/A')).toBe(true);
  });

  test('a whole column with few statuses', () => {
    expect(score(wholeColumns([['erfüllt'], ['nein']]))).toBe(0.5);
  });
});

describe('FH.CRITERION', () => {
  const c32 = CRITERIA.find((c) => c.id === '3.2')!;

  test('title by default, level and summary, German and English', () => {
    expect(criterion('3.2')).toBe(c32.title.de);
    expect(criterion(3.2)).toBe(c32.title.de);
    expect(criterion('Kriterium 3.2', 'title')).toBe(c32.title.en);
    expect(criterion('3.2', 'Ebene')).toBe(QUALITY_LEVEL_LABELS.struktur.de);
    expect(criterion('3.2', 'level')).toBe(QUALITY_LEVEL_LABELS.struktur.en);
    expect(criterion('3.2', 'Text')).toBe(c32.summary.de);
    expect(criterion('3.2', 'summary')).toBe(c32.summary.en);
    expect(criterion('5.10')).toBe(CRITERIA.find((c) => c.id === '5.10')!.title.de);
  });

  test('an unknown id is #N/A, a wrong type or field #VALUE!', () => {
    expect(isErrorResult(criterion('9.9'), '#N/A')).toBe(true);
    expect(isErrorResult(criterion(''), '#N/A')).toBe(true);
    expect(isErrorResult(criterion(true), '#VALUE!')).toBe(true);
    expect(isErrorResult(criterion('3.2', 'Farbe'), '#VALUE!')).toBe(true);
    // Text that names an inherited object property is still unknown text.
    expect(isErrorResult(criterion('3.2', '__proto__'), '#VALUE!')).toBe(true);
    expect(isErrorResult(sector([['Kita']], 'constructor')[0][0], '#VALUE!')).toBe(true);
    expect(isErrorResult(criterion({ code: '#N/A' }), '#N/A')).toBe(true);
  });
});

describe('Excel data-type values', () => {
  test('an entity cell counts by its text, a formatted number by its value', () => {
    expect(actortype([[{ type: 'Entity', text: 'Kinderarztpraxis', properties: {} }]])).toEqual([[labelOf('kinderarzt')]]);
    expect(need({ type: 'FormattedNumber', basicValue: 1000, numberFormat: '#,##0' })).toBe(need(1000));
  });
});
