import { Indicators } from '../../core/audit/indicators';
import { Lang } from '../../core/lang';
import { NEED_PARAMETERS } from '../../core/need/parameters';
import { INDICATOR_WORDS } from '../../report/indicatorSection';
import { FORMATS, REPORT_LABELS, SEVERITY_LABELS } from '../../report/labels';
import { actorTypeLabel } from '../../report/names';
import { ChartIndicator } from './chartIndicator';
import { districtOf, FileOutcome } from './row';

/** How a column's values are shown: the number format in a sheet, the rounding in text. */
export type ColumnKind = 'text' | 'year' | 'count' | 'percent' | 'euro' | 'decimal1' | 'decimal2';

export interface OverviewColumn {
  readonly label: string;
  readonly kind: ColumnKind;
  /** The cell: null is an empty cell (unknown), never 0. */
  readonly value: (line: FileOutcome) => string | number | null;
  /** The indicator this column charts, when it is one the overview can chart. */
  readonly chart?: ChartIndicator;
}

/** Excel number formats by kind (invariant codes; Excel shows them in the reader's locale). */
export const KIND_FORMATS: Readonly<Record<ColumnKind, string | null>> = {
  text: null,
  year: '0',
  count: FORMATS.integer,
  percent: FORMATS.percent,
  euro: FORMATS.euro,
  decimal1: '#,##0.0',
  decimal2: '#,##0.00',
};

const WORDS = {
  de: {
    kommune: 'Kommune',
    reportYear: 'Berichtsjahr',
    file: 'Datei',
    low: 'untere Grenze',
    mid: 'mittlere Schätzung',
    high: 'obere Grenze',
    ownParameters: 'Eigene Werte im Bedarfsmodell',
    missing: 'Fehlende Pflicht-Akteurstypen',
    worst: 'Schwerster Befund',
    errors: 'Fehler',
    warnings: 'Warnungen',
    unread: 'Nicht gelesen: Grund',
    names: 'Partner (Namen)',
  },
  en: {
    kommune: 'Kommune',
    reportYear: 'Report year',
    file: 'File',
    low: 'low end',
    mid: 'middle estimate',
    high: 'high end',
    ownParameters: 'Own values in the need model',
    missing: 'Missing required actor types',
    worst: 'Most severe finding',
    errors: 'Errors',
    warnings: 'Warnings',
    unread: 'Not read: reason',
    names: 'Partners (names)',
  },
} as const;

const ind = <T>(get: (i: Indicators) => T | null) => (line: FileOutcome) => (line.kind === 'row' ? get(line.row.indicators) : null);

/**
 * The fixed comparable indicators, one entry per field of `Indicators` in its order (the compiler
 * refuses an indicator the overview does not show); the need model's coverage range gives three columns.
 */
function indicatorColumns(lang: Lang): { readonly [K in keyof Indicators]: readonly OverviewColumn[] } {
  const w = { ...INDICATOR_WORDS[lang], ...WORDS[lang] };
  return {
    partners: [{ label: REPORT_LABELS[lang].partners, kind: 'count', value: ind((i) => i.partners), chart: 'partners' }],
    partnersPer1000Births: [{ label: w.partnersPer1000, kind: 'decimal1', value: ind((i) => i.partnersPer1000Births), chart: 'partnersPer1000Births' }],
    requiredPresent: [{ label: w.required, kind: 'percent', value: ind((i) => i.requiredPresent), chart: 'requiredPresent' }],
    withAgreement: [{ label: w.agreement, kind: 'percent', value: ind((i) => i.withAgreement), chart: 'withAgreement' }],
    budgetPerBirth: [{ label: w.budgetPerBirth, kind: 'euro', value: ind((i) => i.budgetPerBirth), chart: 'budgetPerBirth' }],
    needCovered: [
      { label: `${w.needCovered} (${w.low})`, kind: 'percent', value: ind((i) => i.needCovered?.low ?? null) },
      { label: `${w.needCovered} (${w.mid})`, kind: 'percent', value: ind((i) => i.needCovered?.mid ?? null), chart: 'needCovered' },
      { label: `${w.needCovered} (${w.high})`, kind: 'percent', value: ind((i) => i.needCovered?.high ?? null) },
    ],
    labFtePer1000Births: [{ label: w.labFte, kind: 'decimal2', value: ind((i) => i.labFtePer1000Births), chart: 'labFtePer1000Births' }],
    criteriaMet: [{ label: w.criteria, kind: 'percent', value: ind((i) => i.criteriaMet), chart: 'criteriaMet' }],
    ownParameters: [
      { label: w.ownParameters, kind: 'text', value: ind((i) => (i.ownParameters.length === 0 ? null : i.ownParameters.map((id) => NEED_PARAMETERS[id].label[lang]).join('; '))) },
    ],
  };
}

/** The overview's columns, in order: who, the indicators, the gaps and findings, why a file was not read; names only on request. */
export function overviewColumns(lang: Lang, withNames: boolean): OverviewColumn[] {
  const w = WORDS[lang];
  const row = <T>(get: (r: Extract<FileOutcome, { kind: 'row' }>['row']) => T | null) => (line: FileOutcome) => (line.kind === 'row' ? get(line.row) : null);
  const columns: OverviewColumn[] = [
    { label: w.kommune, kind: 'text', value: (line) => districtOf(line.kind === 'row' ? line.row : line.unread) },
    { label: w.reportYear, kind: 'year', value: row((r) => r.reportYear) },
    { label: w.file, kind: 'text', value: (line) => (line.kind === 'row' ? line.row.file : line.unread.file) },
    ...Object.values(indicatorColumns(lang)).flat(),
    { label: w.missing, kind: 'text', value: row((r) => (r.missingRequired.length === 0 ? null : r.missingRequired.map((id) => actorTypeLabel(id, lang)).join('; '))) },
    { label: w.worst, kind: 'text', value: row((r) => (r.worst === null ? null : SEVERITY_LABELS[lang][r.worst])) },
    { label: w.errors, kind: 'count', value: row((r) => r.errors) },
    { label: w.warnings, kind: 'count', value: row((r) => r.warnings) },
    { label: w.unread, kind: 'text', value: (line) => (line.kind === 'unread' ? line.unread.reason : null) },
  ];
  if (withNames) columns.push({ label: w.names, kind: 'text', value: row((r) => (r.partnerNames ?? []).join('; ')) });
  return columns;
}
