import { generateNetwork } from '../../bench/generateNetwork';
import { WorkbookSnapshot } from '../../src/workbook/port';

/**
 * The example workbook with its network list replaced by a generated one of `n` distinct partners
 * (bench/generateNetwork.ts, each name numbered so none merge): budget, criteria and settings stay.
 */
export function largeNetwork(example: WorkbookSnapshot, n = 300): WorkbookSnapshot {
  const generated = generateNetwork(n, 7);
  const values = generated.values.map((row, i) => (i > 2 && typeof row[1] === 'string' ? [row[0], `${row[1]} ${String(row[0])}`, ...row.slice(2)] : row));
  const network = example.sheets.find((s) => s.name.startsWith('Netzwerk'));
  return {
    name: `netzwerk-${n}.xlsx`,
    settings: example.settings,
    sheets: example.sheets.map((s) => (s === network ? { ...generated, name: s.name, values } : s)),
  };
}
