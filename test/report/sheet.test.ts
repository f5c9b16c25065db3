import { auditWorkbook } from '../../src/core/audit/audit';
import { gapWeightsOf } from '../../src/core/audit/gapTopics';
import { pickDialogueQuestions } from '../../src/core/criteria/dimensions';
import { SheetGrid } from '../../src/core/grid';
import { AuditResult } from '../../src/core/audit/result';
import { Lang } from '../../src/core/lang';
import { buildReport } from '../../src/report/buildReport';
import { findingText } from '../../src/report/findingText';
import { BUDGET_CHART_NAME, renderBudgetChartSheet, renderSheet } from '../../src/report/render/sheet';
import { readXlsxFile } from '../../src/workbook/xlsx/readXlsx';
import { parseA1 } from '../../src/core/address';
import { CellValue } from '../../src/core/grid';

let example: readonly SheetGrid[];
beforeAll(async () => {
  example = (await readXlsxFile('examples/netzwerk-beispiel.xlsx')).sheets;
});

const date = new Date(2027, 1, 1);

function reportSheet(result: AuditResult, lang: Lang, workbookName?: string) {
  const { sheet, charts } = renderSheet(buildReport(result, { lang, date, workbookName }), date);
  return { sheet, chart: charts[0] ?? null };
}

function budgetChartSheet(result: AuditResult, lang: Lang) {
  return renderBudgetChartSheet(buildReport(result, { lang, date }));
}

function cells(rows: readonly (readonly CellValue[])[], range: string): CellValue[][] {
  const [from, to] = range.split(':').map((a) => parseA1(a) as { row: number; column: number });
  return rows.slice(from.row, to.row + 1).map((row) => Array.from({ length: to.column - from.column + 1 }, (_, c) => row[from.column + c] ?? null));
}

describe('Prüfbericht sheet', () => {
  it('is named by date and carries every finding, with its place', () => {
    const result = auditWorkbook(example);
    const { sheet } = reportSheet(result, 'de', 'netzwerk-beispiel.xlsx');
    expect(sheet.name).toBe('Prüfbericht 01.02.2027');
    const header = sheet.rows.findIndex((r) => r[0] === 'Schwere');
    const rows = sheet.rows.slice(header + 1, header + 1 + result.findings.length);
    expect(rows.map((r) => r[4])).toEqual(result.findings.map((f) => findingText(f, 'de')));
    const nA = result.findings.findIndex((f) => f.cell === 'F11');
    expect(rows[nA].slice(0, 4)).toEqual(['Warnung', '', 'Netzwerk Frühe Hilfen', 'F11']);
  });

  it('asks Excel to print it A4, one page wide, the title on every page, the worklist text wrapped', () => {
    const { sheet } = reportSheet(auditWorkbook(example), 'de');
    expect(sheet.print).toEqual({ titleRows: '$1:$1', wrap: [`E1:F${sheet.rows.length}`] });
  });

  it('asks the dialogue questions that fit the gaps found, in the report language', () => {
    const result = auditWorkbook(example);
    const { sheet } = reportSheet(result, 'en');
    // At most five, chosen and ordered by the gaps found.
    const expected = pickDialogueQuestions(gapWeightsOf(result));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThanOrEqual(5);
    const texts = sheet.rows.map((r) => r[0]).filter((t): t is string => typeof t === 'string');
    for (const q of expected) expect(texts.some((t) => t.includes(q.text.en))).toBe(true);
    expect(sheet.rows[0][0]).toBe('Audit report: Frühe Hilfen network');
  });

  it('charts budget against need per Sozialraum from its own table', () => {
    const result = auditWorkbook(example);
    const { sheet, chart } = reportSheet(result, 'de');
    expect(chart).not.toBeNull();
    expect(chart?.sheet).toBe(sheet.name);
    expect(chart?.name).toBe(BUDGET_CHART_NAME);
    const data = cells(sheet.rows, chart?.dataRange as string);
    expect(data[0]).toEqual(['Sozialraum', 'Budget (€)', 'Bedarf vor Ort (Modell, Mitte)']);
    // Model figures to the thousand euros: the model cannot claim more.
    expect(data.slice(1)).toEqual(result.budget?.bySozialraum.map((s) => [s.name, s.budget, Math.round((s.need ?? NaN) / 1000) * 1000]));
  });

  it('keeps the planner’s text as plain strings, however formula-like', () => {
    const evil = '=HYPERLINK("http://x.example","Klick")';
    const grid: SheetGrid = {
      name: 'Partner',
      values: [['Name der Einrichtung', 'Art', 'Sozialraum'], [evil, 'Verein', 'Nord'], ['Gesundheitsamt', 'Gesundheitsamt', 'Nord']],
      originRow: 0,
      originColumn: 0,
    };
    const result = auditWorkbook([grid]);
    const { sheet } = reportSheet(result, 'de');
    const texts = sheet.rows.flat().filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes(evil))).toBe(true);
    // The report puts no formula of its own anywhere: everything it writes goes through `rows`, as text.
    expect(sheet.formulas ?? {}).toEqual({});
  });

  it('says so when there is no budget, and draws no chart', () => {
    const grid: SheetGrid = { name: 'Partner', values: [['Name der Einrichtung'], ['Gesundheitsamt']], originRow: 0, originColumn: 0 };
    const result = auditWorkbook([grid]);
    const { sheet, chart } = reportSheet(result, 'de');
    expect(chart).toBeNull();
    expect(sheet.rows.map((r) => r[0])).toContain('Die Arbeitsmappe enthält kein Budgetblatt; Budget und Bedarf werden nicht verglichen.');
    expect(budgetChartSheet(result, 'de')).toBeNull();
  });
});

describe('Budget-Diagramm sheet', () => {
  it('is the add-in’s own data sheet with the chart beside its table', () => {
    const result = auditWorkbook(example);
    const built = budgetChartSheet(result, 'de');
    expect(built?.sheet).toMatchObject({ name: 'FH-Diagrammdaten', replaceOwned: true });
    const data = cells(built?.sheet.rows ?? [], built?.chart.dataRange as string);
    expect(data.slice(1)).toEqual(result.budget?.bySozialraum.map((s) => [s.name, s.budget, Math.round((s.need ?? NaN) / 1000) * 1000]));
    // The engine never audits this sheet as planner data: it is on the add-in's recorded list.
    const name = built?.sheet.name as string;
    const again = auditWorkbook([...example, { name, values: built?.sheet.rows as CellValue[][], originRow: 0, originColumn: 0 }], { ownSheets: [name] });
    expect(again.findings).toEqual(result.findings);
  });
});
