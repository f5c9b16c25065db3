import { auditWorkbook } from '../../src/core/audit/audit';
import { gapTopicsOf } from '../../src/core/audit/gapTopics';
import { dialogueQuestionsFor } from '../../src/core/criteria/dimensions';
import { SheetGrid } from '../../src/core/grid';
import { buildAuditReport, BUDGET_CHART_NAME } from '../../src/report/auditReport';
import { buildBudgetChart } from '../../src/report/budgetChart';
import { readXlsxFile } from '../../src/workbook/xlsxFile';
import { parseA1 } from '../../src/core/address';
import { CellValue } from '../../src/core/grid';

let example: SheetGrid[];
beforeAll(async () => {
  example = await readXlsxFile('examples/netzwerk-beispiel.xlsx');
});

const date = new Date(2027, 1, 1);

function cells(rows: readonly (readonly CellValue[])[], range: string): CellValue[][] {
  const [from, to] = range.split(':').map((a) => parseA1(a) as { row: number; column: number });
  return rows.slice(from.row, to.row + 1).map((row) => Array.from({ length: to.column - from.column + 1 }, (_, c) => row[from.column + c] ?? null));
}

describe('Prüfbericht sheet', () => {
  it('is named by date and carries every finding, with its place', () => {
    const result = auditWorkbook(example, { lang: 'de' });
    const { sheet } = buildAuditReport(result, { lang: 'de', date, workbookName: 'netzwerk-beispiel.xlsx' });
    expect(sheet.name).toBe('Prüfbericht 01.02.2027');
    const header = sheet.rows.findIndex((r) => r[0] === 'Schwere');
    const rows = sheet.rows.slice(header + 1, header + 1 + result.findings.length);
    expect(rows.map((r) => r[4])).toEqual(result.findings.map((f) => f.message));
    const nA = result.findings.findIndex((f) => f.cell === 'F11');
    expect(rows[nA].slice(0, 4)).toEqual(['Warnung', '', 'Netzwerk Frühe Hilfen', 'F11']);
  });

  it('asks the dialogue questions that fit the gaps found, in the report language', () => {
    const result = auditWorkbook(example, { lang: 'en' });
    const { sheet } = buildAuditReport(result, { lang: 'en', date });
    const expected = dialogueQuestionsFor(gapTopicsOf(result));
    expect(expected.length).toBeGreaterThan(0);
    const texts = sheet.rows.map((r) => r[1]);
    for (const q of expected) expect(texts).toContain(q.text.en);
    expect(sheet.rows[0][0]).toBe('Audit report: Frühe Hilfen network');
  });

  it('charts budget against need per Sozialraum from its own table', () => {
    const result = auditWorkbook(example, { lang: 'de' });
    const { sheet, chart } = buildAuditReport(result, { lang: 'de', date });
    expect(chart).not.toBeNull();
    expect(chart?.sheet).toBe(sheet.name);
    expect(chart?.name).toBe(BUDGET_CHART_NAME);
    const data = cells(sheet.rows, chart?.dataRange as string);
    expect(data[0]).toEqual(['Sozialraum', 'Budget (€)', 'Bedarf (€)']);
    expect(data.slice(1)).toEqual(result.budget?.bySozialraum.map((s) => [s.name, s.budget, s.need]));
  });

  it('keeps the planner’s text as plain strings, however formula-like', () => {
    const evil = '=HYPERLINK("http://x.example","Klick")';
    const grid: SheetGrid = {
      name: 'Partner',
      values: [['Name der Einrichtung', 'Art', 'Sozialraum'], [evil, 'Verein', 'Nord'], ['Gesundheitsamt', 'Gesundheitsamt', 'Nord']],
      originRow: 0,
      originColumn: 0,
    };
    const result = auditWorkbook([grid], { lang: 'de' });
    const { sheet } = buildAuditReport(result, { lang: 'de', date });
    const texts = sheet.rows.flat().filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes(evil))).toBe(true);
    // The report puts no formula of its own anywhere: everything it writes goes through `rows`, as text.
    expect(sheet.formulas ?? {}).toEqual({});
  });

  it('says so when there is no budget, and draws no chart', () => {
    const grid: SheetGrid = { name: 'Partner', values: [['Name der Einrichtung'], ['Gesundheitsamt']], originRow: 0, originColumn: 0 };
    const result = auditWorkbook([grid], { lang: 'de' });
    const { sheet, chart } = buildAuditReport(result, { lang: 'de', date });
    expect(chart).toBeNull();
    expect(sheet.rows.map((r) => r[0])).toContain('Die Arbeitsmappe enthält kein Budgetblatt.');
    expect(buildBudgetChart(result, 'de')).toBeNull();
  });
});

describe('Budget-Diagramm sheet', () => {
  it('is the add-in’s own data sheet with the chart beside its table', () => {
    const result = auditWorkbook(example, { lang: 'de' });
    const built = buildBudgetChart(result, 'de');
    expect(built?.sheet).toMatchObject({ name: 'FH-Diagrammdaten', replaceOwned: true });
    const data = cells(built?.sheet.rows ?? [], built?.chart.dataRange as string);
    expect(data.slice(1)).toEqual(result.budget?.bySozialraum.map((s) => [s.name, s.budget, s.need]));
    // The engine never audits this sheet as planner data.
    const again = auditWorkbook([...example, { name: built?.sheet.name as string, values: built?.sheet.rows as CellValue[][], originRow: 0, originColumn: 0 }], { lang: 'de' });
    expect(again.findings).toEqual(result.findings);
  });
});
