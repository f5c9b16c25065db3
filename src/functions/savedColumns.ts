import { columnIndex } from '../core/address';
import { NetworkField } from '../core/reader/model';
import { readDocumentSettings } from '../workbook/documentSettings';
import { overridesFromSettings } from '../workbook/port';

/**
 * The column mapping the planner saved in the task pane (stored in the workbook's settings, read
 * where every surface reads it) as columns within a range argument. With the range's address (Excel passes it
 * when the function asks for parameter addresses) the mapping applies only on its sheet and is
 * shifted by the range's first column; without it, the range is taken to start in column A.
 * Fields outside the range are dropped.
 */
export function savedColumnsForRange(address: string | undefined, width: number): Partial<Record<NetworkField, number>> | null {
  const overrides = overridesFromSettings(readDocumentSettings());
  if (!overrides.columns) return null;
  const saved = { sheet: overrides.networkSheet ?? null, columns: overrides.columns };
  const start = address === undefined ? null : rangeStart(address);
  if (start !== null && saved.sheet && start.sheet !== null && start.sheet.toLowerCase() !== saved.sheet.toLowerCase()) return null;
  const offset = start?.column ?? 0;
  const columns: Partial<Record<NetworkField, number>> = {};
  for (const [field, column] of Object.entries(saved.columns) as [NetworkField, number][]) {
    const c = column - offset;
    if (c >= 0 && c < width) columns[field] = c;
  }
  return Object.keys(columns).length > 0 ? columns : null;
}

/**
 * Sheet and first column of a range address as Excel writes it: "'Netzwerk Frühe Hilfen'!A4:I36",
 * "Netzwerk!$B:$E", "[Mappe1]Netzwerk!A1", "Netzwerk!4:36" (whole rows start in column A).
 */
export function rangeStart(address: string): { sheet: string | null; column: number } | null {
  const bang = address.lastIndexOf('!');
  let sheet = bang < 0 ? null : address.slice(0, bang);
  const ref = address.slice(bang + 1).split(':')[0].replace(/\$/g, '').trim();
  if (sheet !== null) {
    sheet = sheet.replace(/^'(.*)'$/, '$1').replace(/''/g, "'").replace(/^\[[^\]]*\]/, '');
  }
  if (/^\d+$/.test(ref)) return { sheet, column: 0 };
  const m = /^([A-Za-z]{1,3})\d*$/.exec(ref);
  if (!m) return null;
  const column = columnIndex(m[1]);
  return column < 0 ? null : { sheet, column };
}
