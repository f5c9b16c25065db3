import { activityById, ActivityKind } from '../criteria/activities';
import { CriterionId } from '../criteria/catalog';
import { ActivitySheet } from '../reader/model';

/** How long a dated entry counts as evidence, unless the Einstellungen say otherwise. */
export const DEFAULT_EVIDENCE_MONTHS = 24;

/** The newest dated entry of network work behind a criterion, and whether it is recent enough. */
export interface RecordEvidence {
  readonly kind: ActivityKind;
  readonly dateMs: number;
  readonly row: number;
  readonly recent: boolean;
}

/**
 * Per criterion, the newest dated entry of a fitting kind in the Netzwerkarbeit sheet. An entry is
 * recent when it is no older than `months` before `todayMs`; undated entries and entries of no
 * known kind give no evidence (the rule activityEntries says which).
 */
export function gatherRecords(sheet: ActivitySheet | null, todayMs: number, months: number): ReadonlyMap<CriterionId, RecordEvidence> {
  const out = new Map<CriterionId, RecordEvidence>();
  if (!sheet) return out;
  const since = new Date(todayMs);
  since.setUTCMonth(since.getUTCMonth() - months);
  for (const e of sheet.entries) {
    if (e.kind === null || e.dateMs === null || e.dateMs > todayMs) continue;
    for (const criterion of activityById(e.kind).criteria) {
      const seen = out.get(criterion);
      if (seen && seen.dateMs >= e.dateMs) continue;
      out.set(criterion, { kind: e.kind, dateMs: e.dateMs, row: e.row, recent: e.dateMs >= since.getTime() });
    }
  }
  return out;
}
