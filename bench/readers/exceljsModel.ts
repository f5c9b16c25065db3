import ExcelJS from 'exceljs';
import { GridBuilder } from './gridBuilder';
import { TableRef, Value, ValueGrid } from './types';

/**
 * The reader fh-check had before this comparison (exceljs's full in-memory model, as
 * src/workbook/xlsxFile.ts used it), kept here as the baseline of the table.
 */
export async function readExcelJsModel(path: string): Promise<ValueGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const builder = new GridBuilder();
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        builder.set(rowNumber - 1, colNumber - 1, valueOf(cell.value));
      });
    });
    // getTables() is mistyped in exceljs 4.4 (it returns Table[]); read each table's model.
    const tables: TableRef[] = [];
    for (const table of ws.getTables() as unknown as { model?: { name?: string; tableRef?: string; ref?: string; headerRow?: boolean; totalsRow?: boolean } }[]) {
      const m = table.model;
      const ref = m?.tableRef ?? m?.ref;
      if (m && ref) tables.push({ name: m.name ?? '', ref, headerRow: m.headerRow !== false, totalsRow: m.totalsRow === true });
    }
    return builder.finish(ws.name, null, tables);
  });
}

const UNIX_EPOCH_SERIAL = 25569;

function valueOf(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return UNIX_EPOCH_SERIAL + value.getTime() / 86_400_000;
  if (typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.error === 'string') return { error: v.error };
  if ('formula' in v || 'sharedFormula' in v) return valueOf(v.result);
  if (Array.isArray(v.richText)) return v.richText.map((r: { text?: unknown }) => (typeof r.text === 'string' ? r.text : '')).join('') || null;
  if ('hyperlink' in v) return valueOf(v.text);
  return null;
}
