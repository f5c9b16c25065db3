import * as XLSX from '@e965/xlsx';
import { GridBuilder } from './gridBuilder';
import { Value, ValueGrid } from './types';

/** SheetJS keeps error cells as Excel's BIFF error codes once cellText is off; its own table has no newer errors. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/**
 * Candidate b: SheetJS (@e965/xlsx) reads the whole file into its dense sheet model, which we copy
 * into value grids. SheetJS community edition does not read table parts: `tables` stays undefined.
 */
export async function readSheetJs(path: string): Promise<ValueGrid[]> {
  const wb = XLSX.readFile(path, { dense: true, cellFormula: false, cellHTML: false, cellText: false, cellStyles: false, sheetStubs: false });
  return wb.SheetNames.map((name) => {
    const sheet = wb.Sheets[name] as XLSX.WorkSheet | undefined;
    // SheetJS swallows a sheet's parse error (unless the WTF option is set) and leaves the sheet out.
    if (!sheet) throw new Error(`SheetJS dropped sheet "${name}" without an error (it swallows parse failures)`);
    const data = sheet['!data'] ?? [];
    const builder = new GridBuilder();
    for (let r = 0; r < data.length; r++) {
      const row = data[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) builder.set(r, c, fromSheetJs(cell));
      }
    }
    return builder.finish(name, null);
  });
}

function fromSheetJs(cell: XLSX.CellObject): Value {
  const v = cell.v;
  switch (cell.t) {
    case 's':
      return typeof v === 'string' && v !== '' ? v : null;
    case 'n':
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    case 'b':
      return typeof v === 'boolean' ? v : null;
    case 'e':
      // An error SheetJS has no code for (#SPILL!, #CALC!, ...) arrives without a value.
      return { error: typeof v === 'number' ? (ERROR_TEXT[v] ?? `#${v}`) : '#?' };
    case 'd':
      return v instanceof Date ? UNIX_EPOCH_SERIAL + v.getTime() / MS_PER_DAY : null;
    default:
      return null;
  }
}
