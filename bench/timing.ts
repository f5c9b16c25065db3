/** Median wall time in ms of `runs` calls after one warm-up call. */
export function medianMs(fn: () => unknown, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => (typeof c === 'number' ? c.toFixed(c >= 100 ? 0 : 2).padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
}
