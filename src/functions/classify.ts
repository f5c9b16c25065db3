import { isCellError } from '../core/grid';
import { Classification, classifyLabel } from '../core/taxonomy/classifier';
import { toGrid } from './args';
import { propagate } from './excelError';
import { OutputForm, outputForm } from './options';

type Pick = (classification: Classification, form: OutputForm) => string;

/**
 * Classifies every cell of a range: a range in, a range of the same shape out (up to the last
 * used row). Text that cannot be classified gives "", never a guess; numbers, booleans and blanks
 * give ""; an error cell stays that error. Each distinct label is classified once (the engine's memo).
 */
export function classifyRange(labels: unknown, formArg: unknown, pick: Pick): (string | CustomFunctions.Error)[][] {
  const form = outputForm(formArg);
  if (typeof form !== 'string') return [[form]];
  const grid = toGrid(labels);
  if (grid.length === 0) return [['']];
  const out: (string | CustomFunctions.Error)[][] = new Array(grid.length);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    const result: (string | CustomFunctions.Error)[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string') result[c] = v === '' ? '' : pick(classifyLabel(v), form);
      else result[c] = isCellError(v) ? propagate(v) : '';
    }
    out[r] = result;
  }
  return out;
}
