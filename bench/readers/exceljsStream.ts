import ExcelJS from 'exceljs';
import { GridBuilder } from './gridBuilder';
import { Value, ValueGrid } from './types';

/**
 * Candidate a: exceljs's streaming WorkbookReader. It never reads table parts, so `tables` stays
 * undefined; worksheets that come before the shared strings in the zip (Excel's own order) are
 * spooled to temporary files first.
 */
export async function readExcelJsStream(path: string): Promise<ValueGrid[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'emit',
  });
  const grids: ValueGrid[] = [];
  for await (const sheet of reader) {
    const builder = new GridBuilder();
    for await (const row of sheet) {
      const r = row.number - 1;
      row.eachCell({ includeEmpty: false }, (cell, column) => builder.set(r, column - 1, fromExcelJs(cell.value)));
    }
    // The reader knows its sheet's name but exceljs' typings do not declare it.
    grids.push(builder.finish((sheet as unknown as { name?: string }).name ?? '', null));
  }
  return grids;
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/** The same conversion src/workbook/xlsxFile.ts applies to exceljs values. */
export function fromExcelJs(value: ExcelJS.CellValue): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? UNIX_EPOCH_SERIAL + ms / MS_PER_DAY : null;
  }
  if ('error' in value) return { error: value.error };
  if ('formula' in value || 'sharedFormula' in value) return fromExcelJs(value.result);
  if ('richText' in value) return fromExcelJs(value.richText.map((run) => run.text ?? '').join(''));
  if ('hyperlink' in value) return fromExcelJs(value.text);
  return null;
}
