import { auditSnapshot } from '../../src/workbook/auditSnapshot';
import { readXlsxFile } from '../../src/workbook/xlsx/readXlsx';
import { WorkbookSnapshot } from '../../src/workbook/port';
import { GridBuilder } from './gridBuilder';
import { TableRef, ValueGrid } from './types';
import { a1 } from '../../src/core/address';

/**
 * fh-check's own reader (src/workbook/xlsx, built on the floor's design: zlib on the central
 * directory + saxes), which reads more than the floor (styles for struck-through text, merges,
 * hidden rows, filters, the add-in's settings). Converted to ValueGrid only to compare values.
 */
export async function readFhCheck(path: string): Promise<ValueGrid[]> {
  return toValueGrids(await readXlsxFile(path));
}

/** What `fh-check audit` does with a file: read it, then audit it. */
export async function auditFhCheck(path: string): Promise<ValueGrid[]> {
  const snapshot = await readXlsxFile(path);
  auditSnapshot(snapshot);
  return toValueGrids(snapshot);
}

function toValueGrids(snapshot: WorkbookSnapshot): ValueGrid[] {
  return snapshot.sheets.map((sheet) => {
    const builder = new GridBuilder();
    sheet.values.forEach((row, r) => row.forEach((value, c) => builder.set(sheet.originRow + r, sheet.originColumn + c, value)));
    const tables: TableRef[] = (sheet.tables ?? []).map((t) => {
      const top = sheet.originRow + t.headerRow;
      const left = sheet.originColumn + t.firstColumn;
      return { name: t.name, ref: `${a1(top, left)}:${a1(top + t.rowCount, left + t.columnCount - 1)}`, headerRow: true, totalsRow: false };
    });
    return builder.finish(sheet.name, null, tables);
  });
}
