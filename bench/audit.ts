import { auditWorkbook } from '../src/core/audit/audit';
import { CellValue, SheetGrid } from '../src/core/grid';
import { generateNetwork } from './generateNetwork';
import { medianMs, row } from './timing';

/** The floor any audit must pay: read every cell once. */
function touchEveryCell(grid: SheetGrid): number {
  let n = 0;
  for (const r of grid.values) {
    for (const v of r as CellValue[]) {
      if (typeof v === 'string') n += v.length;
      else if (v !== null) n++;
    }
  }
  return n;
}

export function benchAudit(): { size: number; auditMs: number; baselineMs: number }[] {
  console.log('\nAudit of generated networks (median of 7, after warm-up)');
  const widths = [10, 12, 14, 16, 10];
  console.log(row(['partners', 'audit ms', 'baseline ms', 'partners/s', 'ratio'], widths));
  const results = [];
  for (const size of [1_000, 10_000, 100_000]) {
    const grid = generateNetwork(size);
    const auditMs = medianMs(() => auditWorkbook([grid]));
    const baselineMs = medianMs(() => touchEveryCell(grid));
    console.log(row([String(size), auditMs, baselineMs, Math.round(size / (auditMs / 1000)), auditMs / baselineMs], widths));
    results.push({ size, auditMs, baselineMs });
  }
  const big = results[results.length - 1];
  console.log(`target: 100,000 partners under 200 ms (${big.auditMs < 200 ? 'met' : 'MISSED'}) and under 10× baseline (${big.auditMs < 10 * big.baselineMs ? 'met' : 'MISSED'})`);
  return results;
}
