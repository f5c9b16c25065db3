import { promises as fs } from 'fs';
import { DEFAULT_LIMITS, InflateBudget, InflateLimits } from './limits';
import { ValueGrid } from './types';
import { PartKind, partKind, WorkbookParts } from './xlsxParts';
import { inflateEntry, readCentralDirectory } from './zipDirectory';

/** Parts in the order that lets every sheet resolve its shared strings while it is parsed. */
const ORDER: Record<PartKind, number> = { rels: 0, workbook: 1, sharedStrings: 2, table: 3, sheet: 4 };

/**
 * FLOOR (candidate d): node's zlib on the entries the central directory lists, one saxes pass per
 * part into value grids. The yardstick the other candidates are measured against.
 */
export async function readFloor(path: string, limits: InflateLimits = DEFAULT_LIMITS): Promise<ValueGrid[]> {
  const zip = await fs.readFile(path);
  const budget = new InflateBudget(limits);
  const parts = new WorkbookParts();
  const wanted = readCentralDirectory(zip)
    .map((entry) => ({ entry, kind: partKind(entry.name) }))
    .filter((e): e is { entry: (typeof e)['entry']; kind: PartKind } => e.kind !== null)
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  for (const { entry } of wanted) {
    budget.checkDeclared(entry.name, entry.size);
    const data = inflateEntry(zip, entry, budget);
    budget.take(entry.name, data.length, data.length);
    const sink = parts.open(entry.name);
    if (!sink) continue;
    sink.write(data);
    sink.end();
  }
  return parts.finish();
}
