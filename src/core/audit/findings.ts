import { a1 } from '../address';
import { message } from '../i18n/messages';
import { Finding, Lang, Severity } from './result';

type Params = Readonly<Record<string, string | number>>;

/** Collects findings with their text rendered in one language. */
export class FindingList {
  readonly items: Finding[] = [];
  constructor(readonly lang: Lang) {}

  add(
    id: string,
    severity: Severity,
    place: { criterion?: string | null; sheet?: string | null; row?: number | null; column?: number | null } = {},
    params: Params = {},
  ): void {
    const cell = place.row !== undefined && place.row !== null && place.column !== undefined && place.column !== null ? a1(place.row, place.column) : null;
    this.items.push({
      id,
      severity,
      criterion: place.criterion ?? null,
      sheet: place.sheet ?? null,
      cell,
      message: message(id, this.lang, params),
    });
  }
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
