import { a1 } from '../address';
import { CriterionId } from '../criteria/catalog';
import { GapTopic } from '../criteria/dimensions';
import { FindingCode, FindingValues } from './codes';

export type Severity = 'error' | 'warning' | 'info';

interface FindingOf<C extends FindingCode> {
  readonly code: C;
  readonly severity: Severity;
  /** The NZFH criterion the finding concerns, or null. */
  readonly criterion: CriterionId | null;
  /** Gaps of the Qualitätsrahmen's dialogue the finding points to (which questions fit the report). */
  readonly topics: readonly GapTopic[];
  readonly sheet: string | null;
  /** A1 address, or null when the finding has no single cell. */
  readonly cell: string | null;
  readonly values: FindingValues[C];
}

/** A finding as data: code, severity, criterion, topics, place and raw values. No language. */
export type Finding<C extends FindingCode = FindingCode> = { [K in C]: FindingOf<K> }[C];

/** Where a finding points: criterion and topics, and a sheet with an optional 0-based cell. */
export interface Where {
  readonly criterion?: CriterionId | null;
  readonly topics?: readonly GapTopic[];
  readonly sheet?: string | null;
  readonly row?: number | null;
  readonly column?: number | null;
}

const NO_TOPICS: readonly GapTopic[] = [];

export function finding<C extends FindingCode>(code: C, severity: Severity, values: FindingValues[C], where: Where = {}): Finding<C> {
  const { row, column } = where;
  const made: FindingOf<C> = {
    code,
    severity,
    criterion: where.criterion ?? null,
    topics: where.topics ?? NO_TOPICS,
    sheet: where.sheet ?? null,
    cell: row !== undefined && row !== null && column !== undefined && column !== null ? a1(row, column) : null,
    values,
  };
  // The mapped union cannot be narrowed by a generic C; made is exactly its member for C.
  return made as Finding<C>;
}

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; stable within a severity (rule order, then the rule's own order). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
