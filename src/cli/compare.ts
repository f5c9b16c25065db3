import { promises as fs } from 'fs';
import * as path from 'path';
import { AuditResult } from '../core/audit/result';
import { compareSnapshots, HistoryComparison } from '../core/history/compare';
import { snapshotFromJson } from '../core/history/parse';
import { HistorySnapshot, historySnapshotOf, isoDay } from '../core/history/snapshot';
import { auditSnapshot } from '../workbook/auditSnapshot';
import { historyOf } from '../workbook/historySheet';
import { WorkbookSnapshot } from '../workbook/port';
import { readXlsxFile, XlsxReadOptions } from '../workbook/xlsx/readXlsx';
import { UsageError } from './usageError';

/** The audit's own snapshot and what changed since the earlier one, when there is one. */
export interface AuditHistory {
  readonly current: HistorySnapshot | null;
  readonly comparison: HistoryComparison | null;
}

/**
 * `fh-check audit this.xlsx [--compare earlier.xlsx|result.json]`: with --compare, the earlier
 * workbook audited afresh by this version (so both years are judged by the same rules; its date is
 * the file's last change) or the `snapshot` of an earlier `--json` result; without it, the latest
 * entry of an earlier day in the workbook's own sheet FH-Verlauf, as the add-in would compare.
 */
export async function historyForAudit(compare: string | null, workbook: WorkbookSnapshot, result: AuditResult, today: Date, read: XlsxReadOptions = {}): Promise<AuditHistory> {
  if (result.networkSheet === null) return { current: null, comparison: null };
  if (compare === null) {
    const { current, comparison } = historyOf(workbook, result, today);
    return { current, comparison };
  }
  const current = historySnapshotOf(result, isoDay(today));
  const before = /\.json$/i.test(compare) ? await snapshotFromFile(compare) : await snapshotOfWorkbook(compare, read);
  return { current, comparison: compareSnapshots(before, current) };
}

async function snapshotFromFile(file: string): Promise<HistorySnapshot> {
  const shown = path.basename(file);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new UsageError(`--compare ${shown} lässt sich nicht lesen; gibt es die Datei?`, `--compare ${shown} cannot be read; does the file exist?`);
  }
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Said below, with what the file should be.
  }
  const record = typeof parsed === 'object' && parsed !== null && 'snapshot' in parsed ? (parsed as { snapshot: unknown }).snapshot : parsed;
  const snapshot = snapshotFromJson(record);
  if (!snapshot) {
    throw new UsageError(
      `--compare ${shown} ist kein Ergebnis von „fh-check audit --json“ (dieser Version). Vergleichen Sie mit der früheren Arbeitsmappe (.xlsx) oder speichern Sie das Ergebnis neu.`,
      `--compare ${shown} is not a result of "fh-check audit --json" (of this version). Compare with the earlier workbook (.xlsx) or save the result again.`,
    );
  }
  return snapshot;
}

async function snapshotOfWorkbook(file: string, read: XlsxReadOptions): Promise<HistorySnapshot> {
  const { result } = auditSnapshot(await readXlsxFile(file, read), file);
  if (result.networkSheet === null) {
    const shown = path.basename(file);
    throw new UsageError(`In ${shown} (--compare) wurde keine Netzwerkliste gefunden; verglichen wird nichts.`, `No network list found in ${shown} (--compare); there is nothing to compare.`);
  }
  const changed = (await fs.stat(file)).mtime;
  return historySnapshotOf(result, isoDay(changed));
}

/** The `--json` result with the audit's `snapshot` (for a later --compare) and the `comparison`, or null. */
export function withHistory(json: object, history: AuditHistory): object {
  return { ...json, snapshot: history.current, comparison: history.comparison && comparisonJson(history.comparison) };
}

/** The comparison as --json writes it: the two snapshots as figures before and after, every other field as it is. */
function comparisonJson(c: HistoryComparison): object {
  // A field added to HistoryComparison lands in `changes` and so in the JSON, never silently left out.
  const { before, after, trend, ...changes } = c;
  return {
    since: before.date,
    sinceReportYear: before.reportYear,
    partners: { before: before.partners, after: after.partners },
    ...changes,
    budget: { before: before.budget, after: after.budget },
    need: { before: before.need, after: after.need },
    needCovered: { before: before.indicators.needCovered, after: after.indicators.needCovered },
    trend: trend.map((s) => ({ date: s.date, reportYear: s.reportYear, requiredPresent: s.indicators.requiredPresent, budget: s.budget, need: s.need, needCovered: s.indicators.needCovered })),
  };
}
