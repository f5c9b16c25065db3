/**
 * Round value axes for the report's charts (bars and trend lines): ticks at 1, 2 or 5 × 10^n from
 * zero, so a reader can take values off the grid. Axes start at zero: a cut axis makes small changes
 * look large.
 */

/** A round tick step (1, 2 or 5 × 10^n) giving at most `ticks` steps up to `max`. */
export function niceStep(max: number, ticks = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * magnitude >= raw) return m * magnitude;
  return 10 * magnitude;
}

/** The ticks from 0 to the first step at or above `max` (at least one step), as exact round numbers. */
export function axisTicks(max: number, ticks = 5): { readonly top: number; readonly values: readonly number[] } {
  const step = niceStep(max, ticks);
  // The small allowance keeps 1.1 / 0.1 = 11.000000000000002 from adding an empty step.
  const steps = Math.max(1, Math.ceil(max / step - 1e-9));
  // toPrecision drops the float noise of i × 0.1 (0.30000000000000004 → 0.3).
  const values = Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: values[values.length - 1], values };
}
