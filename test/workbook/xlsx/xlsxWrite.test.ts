import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { readXlsxBuffer } from '../../../src/workbook/xlsx/readXlsx';
import { xlsxFile, XlsxSheetWithChart } from '../../../src/workbook/xlsx/write/xlsxFile';
import { zipComment } from '../../../src/workbook/xlsx/write/zipWriter';

/** The hand-written SpreadsheetML writer, read back by the project's reader, exceljs and an XML validator. */
const TRICKY = ['Kita „Sonne“ & <Mond>', 'ESC \u001b[31m rot', 'literal _x0041_ stays', '=HYPERLINK("http://x")', 'Bidi \u202e gespiegelt', 'x'.repeat(40_000)];

const SHEETS: XlsxSheetWithChart[] = [
  {
    name: 'Übersicht',
    rows: [['Kommune', 'Anteil', 'Budget', 'Wahr'], ...TRICKY.map((t, i) => [t, i / 10, i === 2 ? null : 1000 * i + 0.5, i % 2 === 0])],
    columnFormats: [null, '0%', '#,##0 "€"'],
    columnWidths: [30, 10, 14],
    headingRows: [0],
    freezeRows: 1,
    freezeColumns: 1,
    autoFilter: true,
  },
  {
    name: "Dia'gramm",
    rows: [['Kommune', 'Anteil'], ['Nord', 0.9], ['Süd', 0.4], ['Ost', null]],
    chart: {
      title: 'Anteil <vertreten>',
      seriesName: 'Anteil',
      categoryColumn: 0,
      valueColumn: 1,
      firstRow: 1,
      lastRow: 2,
      categories: ['Nord', 'Süd'],
      values: [0.9, 0.4],
      valueFormat: '0%',
      valueMax: 1,
      horizontal: true,
      anchor: { column: 3, row: 1, columns: 8, rows: 16 },
    },
  },
];

const bytes = xlsxFile(SHEETS, 'fh-check test');

test('every part is well-formed XML, the chart is wired through drawing and content types, the comment marks the file', () => {
  const parts = unzipSync(new Uint8Array(bytes));
  for (const [name, data] of Object.entries(parts)) expect([name, XMLValidator.validate(strFromU8(data))]).toEqual([name, true]);
  expect(strFromU8(parts['xl/worksheets/_rels/sheet2.xml.rels'])).toContain('../drawings/drawing1.xml');
  expect(strFromU8(parts['xl/drawings/_rels/drawing1.xml.rels'])).toContain('../charts/chart1.xml');
  const chart = strFromU8(parts['xl/charts/chart1.xml']);
  expect(chart).toContain("<c:f>'Dia''gramm'!$B$2:$B$3</c:f>");
  expect(chart).toContain('<c:v>Nord</c:v>');
  expect(chart).toContain('Anteil &lt;vertreten&gt;');
  expect(strFromU8(parts['xl/workbook.xml'])).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Übersicht'!$A$1:$D$7</definedName>`);
  expect(zipComment(bytes.subarray(bytes.length - 100))).toBe('fh-check test');
  expect(zipComment(Buffer.from('no zip at all, just some text of enough length'))).toBeNull();
  // Same content, same bytes.
  expect(xlsxFile(SHEETS, 'fh-check test').equals(bytes)).toBe(true);
});

test("the project's reader reads back every value exactly (text stays text, cut at Excel's cell limit)", () => {
  const [table, ranking] = readXlsxBuffer(bytes, 'x.xlsx').sheets;
  expect(table.name).toBe('Übersicht');
  expect(table.values[0]).toEqual(['Kommune', 'Anteil', 'Budget', 'Wahr']);
  expect(table.values.slice(1, 6).map((r) => r[0])).toEqual(TRICKY.slice(0, 5));
  expect(table.values[6][0]).toBe(`${'x'.repeat(32_766)}…`);
  expect(table.values[3]).toEqual(['literal _x0041_ stays', 0.2, null, true]);
  expect(table.values[2][2]).toBe(1000.5);
  expect(ranking.values).toEqual([['Kommune', 'Anteil'], ['Nord', 0.9], ['Süd', 0.4], ['Ost']]);
});

test('exceljs reads the formats, the filter, the frozen panes and the bold header', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Übersicht') as ExcelJS.Worksheet;
  expect(ws.autoFilter).toBe('A1:D7');
  expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2' });
  expect(ws.getCell('A1').font?.bold).toBe(true);
  expect(ws.getCell('B3').numFmt).toBe('0%');
  expect(ws.getCell('C3').numFmt).toBe('#,##0 "€"');
  expect(ws.getCell('A5').value).toBe('=HYPERLINK("http://x")');
  expect(ws.getCell('A5').type).toBe(ExcelJS.ValueType.String);
  expect(ws.getColumn(1).width).toBe(30);
  expect(wb.getWorksheet("Dia'gramm")?.getCell('B2').value).toBe(0.9);
});
