import { CellValue, isCellError } from '../core/grid';
import { StringIds } from '../core/stringIds';
import { Classification } from '../core/taxonomy/classifier';
import { rangeWidth, toGrid } from './args';
import { propagate } from './excelError';
import { OutputForm, outputForm } from './options';
import { workbookClassifier } from './taughtTypes';

type Pick = (classification: Classification, form: OutputForm) => string;
type Cell = string | CustomFunctions.Error;

const BLANK_ROW: readonly Cell[] = Object.freeze(['']);

/**
 * Classifies every cell of a range: a range in, a range of the same shape out (up to the last
 * used row). Text that cannot be classified gives "", never a guess; numbers, booleans and blanks
 * give ""; an error cell stays that error. Each distinct label is classified once (the engine's
 * memo), and within a call each distinct string is looked up once.
 */
export function classifyRange(labels: unknown, formArg: unknown, pick: Pick): Cell[][] {
  const form = outputForm(formArg);
  if (typeof form !== 'string') return [[form]];
  const grid = toGrid(labels);
  // An empty range still answers in its own width: one row of empty texts.
  if (grid.length === 0) return [new Array<Cell>(rangeWidth(labels)).fill('')];
  return classifyGrid(grid, form, pick, workbookClassifier().classifyLabel);
}

/** The loop on its own, so V8 optimises it once rather than on every call. */
function classifyGrid(grid: readonly (readonly CellValue[])[], form: OutputForm, pick: Pick, classifyLabel: (label: string) => Classification): Cell[][] {
  const ids = new StringIds();
  const results: string[] = [];
  // A single column repeats a few results: its one-cell rows are shared, not allocated per row
  // (Excel only reads the result; nothing here writes to a row once returned).
  const singleRows: Cell[][] = [];
  const out: Cell[][] = new Array(grid.length);
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (row.length === 1 && typeof row[0] === 'string') {
      const v = row[0];
      if (v === '') {
        out[r] = BLANK_ROW as Cell[];
        continue;
      }
      const id = ids.id(v);
      let shared = singleRows[id];
      if (shared === undefined) shared = singleRows[id] = Object.freeze([(results[id] ??= pick(classifyLabel(v), form))]) as Cell[];
      out[r] = shared;
      continue;
    }
    const result: Cell[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string') {
        if (v === '') result[c] = '';
        else {
          const id = ids.id(v);
          result[c] = results[id] ??= pick(classifyLabel(v), form);
        }
      } else {
        result[c] = isCellError(v) ? propagate(v) : '';
      }
    }
    out[r] = result;
  }
  return out;
}
