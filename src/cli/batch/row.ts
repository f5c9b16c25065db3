import * as path from 'path';
import { Indicators } from '../../core/audit/indicators';
import { AuditResult } from '../../core/audit/result';
import { Severity } from '../../core/findings/finding';
import { ActorTypeId } from '../../core/taxonomy/actorTypes';

/**
 * One file of a batch, reduced to what the overview shows, as soon as its audit is done: a few
 * hundred bytes whatever the workbook's size. Data only (ids, numbers); the words are made where
 * the row is shown. Crosses the worker boundary as a structured clone.
 */
export interface DistrictRow {
  /** The file as the command line names it. */
  readonly file: string;
  /** Kommune from the Einstellungen, null when not given. */
  readonly kommune: string | null;
  readonly reportYear: number | null;
  /** The comparable indicators, as the audit computed them. */
  readonly indicators: Indicators;
  /** Required actor types no partner belongs to, in the required list's order. */
  readonly missingRequired: readonly ActorTypeId[];
  /** The most severe finding; null when there are none. */
  readonly worst: Severity | null;
  readonly errors: number;
  readonly warnings: number;
  /** Partner names, only with --with-names (DSGVO: a comparison needs none). */
  readonly partnerNames: readonly string[] | null;
}

/** A file the batch could not audit, with the one-sentence reason in the run's language. */
export interface UnreadFile {
  readonly file: string;
  readonly reason: string;
}

export type FileOutcome = { readonly kind: 'row'; readonly row: DistrictRow } | { readonly kind: 'unread'; readonly unread: UnreadFile };

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function rowOf(result: AuditResult, file: string, withNames: boolean): DistrictRow {
  const present = new Set(result.findings.map((f) => f.severity));
  return {
    file,
    kommune: result.header.kommune,
    reportYear: result.header.reportYear,
    indicators: result.indicators,
    missingRequired: result.missingActorTypes.filter((t) => t.requirement === 'required').map((t) => t.id),
    worst: SEVERITY_ORDER.find((s) => present.has(s)) ?? null,
    errors: result.findings.filter((f) => f.severity === 'error').length,
    warnings: result.findings.filter((f) => f.severity === 'warning').length,
    partnerNames: withNames ? result.partners.map((p) => p.name) : null,
  };
}

/** The district as a person names it: the Kommune from the Einstellungen, else the file's name without .xlsx. */
export function districtOf(row: { readonly file: string; readonly kommune?: string | null }): string {
  return row.kommune ?? path.basename(row.file).replace(/\.xlsx$/i, '');
}
