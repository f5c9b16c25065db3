import { ChartIndicator } from './chartIndicator';
import { OverviewColumn } from './columns';
import { districtOf, FileOutcome } from './row';

export interface ChartData {
  readonly column: OverviewColumn;
  /** Every district read, highest value first; districts without the figure last, with null. */
  readonly points: readonly { readonly district: string; readonly value: number | null }[];
  /** How many points have a value (they come first). */
  readonly valued: number;
}

/** The chosen indicator across the districts read, ranked: what the overview's chart draws. */
export function chartData(lines: readonly FileOutcome[], columns: readonly OverviewColumn[], indicator: ChartIndicator): ChartData {
  const column = columns.find((c) => c.chart === indicator) as OverviewColumn;
  const points = lines
    .filter((l): l is Extract<FileOutcome, { kind: 'row' }> => l.kind === 'row')
    .map((l) => {
      const v = column.value(l);
      return { district: districtOf(l.row), value: typeof v === 'number' ? v : null };
    });
  // A stable sort keeps input order among equal values.
  points.sort((a, b) => (a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : b.value - a.value));
  return { column, points, valued: points.filter((p) => p.value !== null).length };
}
