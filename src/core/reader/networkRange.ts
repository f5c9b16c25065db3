import { CellValue, SheetGrid } from '../grid';
import { fold } from '../text';
import { NetworkActor, NetworkField } from './model';
import { detectNetworkLayout } from './networkLayout';
import { DEFAULT_ROW_CONTEXT, readNetworkRows, RowContext } from './networkRows';
import { cellText } from './values';

/**
 * Partner rows of a bare range (a custom-function argument), header row included or not.
 * `columns` (0-based within the range) is the planner's saved mapping, used when the range has no
 * recognisable header. With a Sozialraum, only its rows count: by the Sozialraum column when there
 * is one, else any cell of the row naming it.
 */
export function networkFromRange(
  values: readonly (readonly CellValue[])[],
  sozialraum: string | null = null,
  columns: Readonly<Partial<Record<NetworkField, number>>> | null = null,
  classify: RowContext['classify'] = DEFAULT_ROW_CONTEXT.classify,
): readonly NetworkActor[] {
  const context: RowContext = { ...DEFAULT_ROW_CONTEXT, classify };
  const grid: SheetGrid = { name: '', values, originRow: 0, originColumn: 0 };
  let layout = detectNetworkLayout(grid);
  if ((!layout || layout.headerIndex === null) && columns && Object.keys(columns).length > 0) {
    layout = { headerIndex: null, columns, score: 1 };
  }
  if (!layout) return [];
  const wanted = sozialraum === null ? null : fold(sozialraum);
  if (wanted !== null && layout.columns.sozialraum === undefined && !layout.sozialraumColumns) {
    const rows = values.filter((row, r) => r === layout?.headerIndex || row.some((v) => typeof v === 'string' && fold(cellText(v)) === wanted));
    const headerIndex = layout.headerIndex === null ? null : 0;
    return readNetworkRows({ ...grid, values: rows }, { ...layout, headerIndex }, [], context).actors;
  }
  const actors = readNetworkRows(grid, layout, [], context).actors;
  return wanted === null ? actors : actors.filter((a) => a.sozialraeume.some((s) => fold(s) === wanted));
}
