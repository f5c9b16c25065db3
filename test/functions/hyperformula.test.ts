import { isErrorResult } from './customFunctionsDouble';
import { promises as fs } from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { CellError, DetailedCellError, ErrorType, HyperFormula, RawCellContent } from 'hyperformula';
import * as functions from '../../src/functions/functions';
import { auditWorkbook } from '../../src/core/audit/audit';
import { AuditResult } from '../../src/core/audit/result';
import { coverageOf, presentTypes, requirementLists } from '../../src/core/audit/coverage';
import { isDistrictWide } from '../../src/core/audit/sozialraeume';
import { a1 } from '../../src/core/address';
import { SheetGrid, isCellError } from '../../src/core/grid';
import { readWorkbookModel } from '../../src/core/reader/readWorkbook';
import { WorkbookModel } from '../../src/core/reader/model';
import { actorTypeById, ActorTypeId } from '../../src/core/taxonomy/actorTypes';
import { actorTypeLabel, criterionTitle } from '../../src/report/names';
import { KERNBEREICH_LABELS } from '../../src/core/taxonomy/kernbereich';
import { readXlsxFile } from '../../src/workbook/xlsx/readXlsx';
import { FunctionMetadataLike, registerFhPlugin } from './hyperformulaFh';

/**
 * The example workbook in a real formula engine: FH formulas written into its sheets, recalculated,
 * and compared with the engine's own audit of the same file.
 */
const ROOT = path.join(__dirname, '..', '..');
const NETWORK = 'Netzwerk Frühe Hilfen';
const BUDGET = 'Budget 2027';
const FORMULAS = 'FH-Formeln';

let hf: HyperFormula;
let audit: AuditResult;
let model: WorkbookModel;
let sheets: readonly SheetGrid[];
let sheetId: (name: string) => number;

/**
 * A sheet's values from A1, as HyperFormula takes them. Text keeps an apostrophe so "5.10" stays
 * text, as in Excel; an error cell becomes a formula giving that error.
 */
function sheetContent(grid: SheetGrid): RawCellContent[][] {
  const rows: RawCellContent[][] = Array.from({ length: grid.originRow }, () => []);
  for (const row of grid.values) {
    rows.push([
      ...new Array<RawCellContent>(grid.originColumn).fill(null),
      ...row.map((v): RawCellContent => (isCellError(v) ? (v.error === '#N/A' ? '=NA()' : '=1/0') : typeof v === 'string' ? `'${v}` : v)),
    ]);
  }
  return rows;
}

const q = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const value = (sheet: string, address: string) => {
  const at = hf.simpleCellAddressFromString(address, sheetId(sheet));
  if (!at) throw new Error(`bad address ${address}`);
  return hf.getCellValue(at);
};
const errorType = (v: unknown) => (v instanceof DetailedCellError || v instanceof CellError ? v.type : null);

beforeAll(async () => {
  const source = path.join(ROOT, 'src', 'functions', 'functions.ts');
  const generated = await generateCustomFunctionsMetadata(source);
  expect(generated.errors).toEqual([]);
  const english = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadataLike[] }).functions;
  const german = (JSON.parse(await fs.readFile(path.join(ROOT, 'src', 'functions', 'functions.de.json'), 'utf8')) as { functions: FunctionMetadataLike[] }).functions;
  const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  const byId = Object.fromEntries(generated.associate.map((a) => [a.id, exported[a.functionName]]));
  registerFhPlugin(english, german, byId);

  sheets = (await readXlsxFile(path.join(ROOT, 'examples', 'netzwerk-beispiel.xlsx'))).sheets;
  audit = auditWorkbook(sheets);
  model = readWorkbookModel(sheets);
  const content: Record<string, RawCellContent[][]> = Object.fromEntries(sheets.map((s) => [s.name, sheetContent(s)]));
  content[FORMULAS] = [];
  hf = HyperFormula.buildFromSheets(content, { licenseKey: 'gpl-v3' });
  sheetId = (name) => {
    const id = hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet ${name}`);
    return id;
  };
});

afterAll(() => hf?.destroy());

function write(sheet: string, address: string, formula: string): void {
  const at = hf.simpleCellAddressFromString(address, sheetId(sheet));
  if (!at) throw new Error(`bad address ${address}`);
  hf.setCellContents(at, formula);
}

describe('FH functions in a formula engine, on the example workbook', () => {
  test('FH.COVERAGE / FH.ABDECKUNG equal the audit’s coverage, for a bounded range and whole columns', () => {
    write(FORMULAS, 'A1', `=FH.COVERAGE(${q(NETWORK)}!A1:I60)`);
    write(FORMULAS, 'A2', `=FH.ABDECKUNG(${q(NETWORK)}!A:I)`);
    expect(value(FORMULAS, 'A1')).toBeCloseTo(audit.coverage, 9);
    expect(value(FORMULAS, 'A2')).toBeCloseTo(audit.coverage, 9);
    expect(audit.coverage).toBeGreaterThan(0);
    expect(audit.coverage).toBeLessThan(1);
  });

  test('FH.MISSING spills the audit’s missing required types, in order, and nothing below', () => {
    const expected = audit.missingActorTypes.filter((m) => m.requirement === 'required').map((m) => actorTypeLabel(m.id, 'de'));
    expect(expected.length).toBeGreaterThan(0);
    write(FORMULAS, 'C1', `=FH.MISSING(${q(NETWORK)}!A1:I60)`);
    // Under its German name, with the settings sheet's cell for required types (blank: the default list).
    const settings = sheets.find((s) => s.name === 'Einstellungen')!;
    const keyRow = settings.values.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith('Pflicht-Akteurstypen'));
    expect(keyRow).toBeGreaterThanOrEqual(0);
    write(FORMULAS, 'D1', `=FH.FEHLEND(${q(NETWORK)}!A:I,,Einstellungen!${a1(settings.originRow + keyRow, settings.originColumn + 1)})`);
    for (const column of ['C', 'D']) {
      const spilled = expected.map((_, i) => value(FORMULAS, `${column}${i + 1}`));
      expect(spilled).toEqual(expected);
      expect(value(FORMULAS, `${column}${expected.length + 1}`)).toBeNull();
    }
  });

  test('per Sozialraum, FH.COVERAGE counts the Sozialraum’s and the district-wide partners the sheet reader found', () => {
    const actors = model.network!.actors;
    const required = requirementLists(model.settings.requiredTypes, null).required;
    const names = audit.sozialraeume.map((s) => s.name);
    expect(names.length).toBeGreaterThanOrEqual(3);
    names.forEach((name, i) => {
      write(FORMULAS, `F${i + 1}`, name);
      write(FORMULAS, `G${i + 1}`, `=FH.COVERAGE(${q(NETWORK)}!A:I,F${i + 1})`);
      // With the types each also counts for (an ASD is the Jugendamt's too), as the audit counts them.
      const present = presentTypes(actors.filter((a) => a.sozialraeume.some((s) => s === name || isDistrictWide(s))).map((a) => a.actorTypeId).filter((id): id is ActorTypeId => id !== null));
      expect(value(FORMULAS, `G${i + 1}`)).toBeCloseTo(coverageOf(present, required).coverage, 9);
    });
  });

  test('FH.ACTORTYPE over the type and name columns gives the types the sheet reader found', () => {
    const network = model.network!;
    const first = network.headerRow! + 1;
    const last = Math.max(...network.actors.map((a) => a.row));
    const typeColumn = network.columns.type!;
    const nameColumn = network.columns.name!;
    write(FORMULAS, 'J1', `=FH.ACTORTYPE(${q(NETWORK)}!${a1(first, typeColumn)}:${a1(last, typeColumn)},"id")`);
    write(FORMULAS, 'K1', `=FH.AKTEURSTYP(${q(NETWORK)}!${a1(first, nameColumn)}:${a1(last, nameColumn)},"id")`);
    write(FORMULAS, 'L1', `=FH.BEREICH(${q(NETWORK)}!${a1(first, typeColumn)}:${a1(last, typeColumn)})`);
    for (const actor of network.actors) {
      const r = actor.row - first + 1;
      // The type column wins when it names a type, else the name: the rule the reader documents.
      const fromType = value(FORMULAS, `J${r}`);
      const id = fromType !== '' ? fromType : value(FORMULAS, `K${r}`);
      expect([actor.name, id === '' ? null : id]).toEqual([actor.name, actor.actorTypeId]);
      const sector = value(FORMULAS, `L${r}`);
      if (sector !== '' && fromType !== '') expect(sector).toBe(KERNBEREICH_LABELS[actorTypeById(actor.actorTypeId!)!.kernbereich].de);
    }
  });

  test('FH.NEEDMODEL filled down the budget sheet gives the audit’s local need per Sozialraum, with the Einstellungen range', () => {
    const budget = model.budget!;
    const settings = sheets.find((s) => s.name === 'Einstellungen')!;
    // The example's settings: 1,950 births a year and its own cost per Familienhebamme post (78,000 €), no clinic births.
    expect(model.settings.births).toBe(1950);
    expect(model.settings.need).toEqual({ labCostPerFte: 78_000 });
    const range = `Einstellungen!$A$1:$C$${settings.originRow + settings.values.length}`;
    // The budget sheet gives children 0–3 per Sozialraum; births ≈ children ÷ 3 is the audit's documented fallback.
    const childrenColumn = 4;
    const needColumn = 6;
    budget.lines.forEach((line, i) => {
      const name = i % 2 === 0 ? 'FH.NEEDMODEL' : 'FH.BEDARFSMODELL';
      write(BUDGET, a1(line.row, needColumn), `=${name}(${a1(line.row, childrenColumn)}/3,"mittel",${range},"vor Ort")`);
    });
    const bySozialraum = audit.budget!.bySozialraum;
    const found = new Map<string, number>();
    for (const line of budget.lines) {
      const result = value(BUDGET, a1(line.row, needColumn));
      // A line without its Sozialraum's children: no births on it, so nothing local.
      if (line.children0to3 === null) {
        expect(result).toBe(0);
        continue;
      }
      const expected = bySozialraum.find((s) => s.name === line.sozialraum)!.need!;
      // HyperFormula keeps results to 10 significant digits (its precisionRounding): equal to the cent and beyond.
      expect(result).toBeCloseTo(expected, 4);
      found.set(line.sozialraum!, result as number);
    }
    expect(found.size).toBe(bySozialraum.length);
    // By hand: children ÷ 3 × 10.3 % ÷ 30 families per post × 78,000 € = children × 89.2667 €.
    const perChild = (0.103 / 3 / 30) * 78_000;
    expect(Object.fromEntries(found)).toEqual({
      'Elbufer-Mitte': expect.closeTo(1420 * perChild, 4),
      Heidekamp: expect.closeTo(1085 * perChild, 4),
      Neuenmoor: expect.closeTo(960 * perChild, 4),
      Süderhöhe: expect.closeTo(870 * perChild, 4),
      Hafenviertel: expect.closeTo(1525 * perChild, 4),
    });
    expect(found.get('Elbufer-Mitte')).toBeCloseTo(126_758.67, 2);
  });

  test('FH.NEEDMODEL for the district from the Einstellungen births equals the audit’s need range, low | middle | high', () => {
    const births = model.settings.cells.births;
    const birthsCell = `Einstellungen!${a1(births.row, births.column)}`;
    const range = audit.budget!.needRange!;
    // The example's network lists no birth clinic and its settings give no clinic births: no Lotsendienst, in the audit as in the formula.
    expect(audit.budget!.estimate).toMatchObject({ model: 'measures', births: 1950, clinicBirths: null });
    // LaB 1,950 × 5 | 10.3 | 15 % ÷ 30 × 78,000 € plus one coordination post at 75,000 €.
    expect(range).toEqual({ low: expect.closeTo(328_500, 6), mid: expect.closeTo(597_210, 6), high: expect.closeTo(835_500, 6) });
    const ends: [string, keyof typeof range][] = [['niedrig', 'low'], ['mittel', 'mid'], ['hoch', 'high']];
    ends.forEach(([word, end], i) => {
      write(FORMULAS, `H${20 + i}`, `=FH.BEDARFSMODELL(${birthsCell},"${word}",Einstellungen!A:C)`);
      write(FORMULAS, `I${20 + i}`, `=FH.NEEDMODEL(${birthsCell},"${end === 'mid' ? 'middle' : end}",Einstellungen!$A$1:$C$20,"district")`);
      expect(value(FORMULAS, `H${20 + i}`)).toBeCloseTo(range[end], 6);
      expect(value(FORMULAS, `I${20 + i}`)).toBeCloseTo(range[end], 6);
    });
    // The district's total is the local need of all its births plus the district-wide coordination.
    write(FORMULAS, 'J20', `=FH.NEEDMODEL(${birthsCell},,Einstellungen!A:C,"vor Ort")+75000`);
    expect(value(FORMULAS, 'J20')).toBeCloseTo(range.mid, 6);
    // A word the function does not know is #VALUE!, with its message.
    write(FORMULAS, 'J21', `=FH.NEEDMODEL(${birthsCell},"mittelhoch")`);
    expect(errorType(value(FORMULAS, 'J21'))).toBe(ErrorType.VALUE);
  });

  test('FH.GAP / FH.LUECKE and FH.NEEDCOVERED / FH.DECKUNGSGRAD agree with the audit, per Sozialraum and in total', () => {
    const budget = audit.budget!;
    const rows = [...budget.bySozialraum.map((s) => ({ budget: s.budget, need: s.need!, gap: s.gap!, covered: s.budget / s.need! })), { budget: budget.total, need: budget.need!, gap: budget.gap!, covered: budget.coverage! }];
    rows.forEach((row, i) => {
      const r = 20 + i;
      write(FORMULAS, `A${r}`, String(row.budget));
      write(FORMULAS, `B${r}`, String(row.need));
      write(FORMULAS, `C${r}`, `=FH.LUECKE(A${r},B${r})`);
      write(FORMULAS, `D${r}`, `=FH.NEEDCOVERED(A${r},B${r})`);
      expect(value(FORMULAS, `C${r}`)).toBeCloseTo(row.gap, 6);
      expect(value(FORMULAS, `D${r}`)).toBeCloseTo(row.covered, 9);
    });
    write(FORMULAS, 'E20', '=FH.DECKUNGSGRAD(A20,0)');
    expect(errorType(value(FORMULAS, 'E20'))).toBe(ErrorType.DIV_BY_ZERO);
  });

  test('FH.SCORE / FH.ERFUELLUNG of the status column equals the audit’s criteria score; FH.CRITERION the catalogue titles', () => {
    const criteria = model.criteria!;
    const column = criteria.rows[0].statusColumn;
    const top = Math.min(...criteria.rows.map((r) => r.row));
    const bottom = Math.max(...criteria.rows.map((r) => r.row));
    write(FORMULAS, 'A40', `=FH.ERFUELLUNG(Kriterien!${a1(top, column)}:${a1(bottom, column)})`);
    write(FORMULAS, 'A41', `=FH.SCORE(Kriterien!${a1(0, column).replace(/\d+$/, '')}:${a1(0, column).replace(/\d+$/, '')})`);
    expect(value(FORMULAS, 'A40')).toBeCloseTo(audit.criteria!.score!, 9);
    expect(value(FORMULAS, 'A41')).toBeCloseTo(audit.criteria!.score!, 9);
    criteria.rows.forEach((row, i) => {
      write(FORMULAS, `B${40 + i}`, `=FH.KRITERIUM(Kriterien!${a1(row.row, 0)})`);
      expect(value(FORMULAS, `B${40 + i}`)).toBe(criterionTitle(row.criterionId, 'de'));
    });
    write(FORMULAS, 'C40', '=FH.CRITERION("9.9")');
    expect(errorType(value(FORMULAS, 'C40'))).toBe(ErrorType.NA);
  });

  test('an edit in the network recalculates the formulas: a paediatrician added is no longer missing', () => {
    const before = value(FORMULAS, 'A1') as number;
    const row = Math.max(...model.network!.actors.map((a) => a.row)) + 1;
    const network = model.network!;
    write(NETWORK, a1(row, network.columns.name!), 'Kinderarztpraxis Dr. Weiß');
    write(NETWORK, a1(row, network.columns.sozialraum!), 'Neuenmoor');
    expect(value(FORMULAS, 'A1') as number).toBeGreaterThan(before);
    const spilled = Array.from({ length: 10 }, (_, i) => value(FORMULAS, `C${i + 1}`));
    expect(spilled).not.toContain(actorTypeById('kinderarzt')!.label);
  });
});

describe('the plugin passes errors as Excel does', () => {
  test('an error result keeps its message', () => {
    write(FORMULAS, 'A60', '=FH.NEED("viele")');
    const v = value(FORMULAS, 'A60');
    expect(errorType(v)).toBe(ErrorType.VALUE);
    expect((v as DetailedCellError).message).toContain('keine Zahl');
    expect(isErrorResult(functions.need('viele'), '#VALUE!')).toBe(true);
  });
});
