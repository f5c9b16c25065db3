import { gapTopicsOf } from '../core/audit/gapTopics';
import { AuditResult, CriteriaSummary, CriterionState } from '../core/audit/result';
import { CRITERIA } from '../core/criteria/catalog';
import { dialogueQuestionsFor } from '../core/criteria/dimensions';
import { CRITERION_STATUSES } from '../core/criteria/status';
import { Severity } from '../core/findings/finding';
import { Lang } from '../core/lang';
import { KERNBEREICHE } from '../core/taxonomy/kernbereich';
import { findingText } from './findingText';
import { formatDate, formatList, formatPercent, formatPercentRange } from './format';
import { REPORT_LABELS, ReportLabels, reportDate, STATUS_LABELS } from './labels';
import { Block, Cell, Figure, ReportDoc, Section, TableBlock, Tone } from './model';
import { budgetSection, needSection } from './needSection';
import { isReadingChoice, readingSection } from './readingSection';
import { actorTypeLabel, criterionTitle, kernbereichLabel, kernbereichShort, levelLabel } from './names';

export interface ReportOptions {
  readonly lang: Lang;
  readonly date: Date;
  /** The workbook's file name, when the host knows it. */
  readonly workbookName?: string | null;
}

const count = (value: number): Figure => ({ kind: 'count', value });
const percent = (value: number, digits = 0): Figure => ({ kind: 'percent', value, digits });
const maybe = <T>(value: T | null, make: (v: T) => Figure): Cell => (value === null ? null : make(value));

/** The Prüfbericht of an audit as one document model: sections, order, words and figures, for every surface. */
export function buildReport(result: AuditResult, options: ReportOptions): ReportDoc {
  const { lang } = options;
  const t = REPORT_LABELS[lang];
  const meta: { label: string; value: string }[] = [{ label: t.date, value: reportDate(options.date, lang) }];
  const file = options.workbookName ?? result.file;
  if (file) meta.push({ label: t.file, value: file });
  if (result.networkSheet) meta.push({ label: t.networkSheet, value: result.networkSheet });
  const sections: Section[] = [overview(result, t, lang)];
  if (result.networkSheet !== null) sections.push(actorTypes(result, t, lang), kernbereiche(result, t, lang));
  sections.push(budgetSection(result.budget, t, lang));
  const need = result.budget ? needSection(result.budget, t, lang) : null;
  if (need) sections.push(need);
  if (result.criteria) sections.push(criteria(result.criteria, t, lang));
  sections.push(findings(result, t, lang), readingSection(result, t, lang));
  const questions = dialogueQuestionsFor(gapTopicsOf(result));
  if (questions.length > 0) {
    sections.push({
      id: 'dialogue',
      title: t.dialogue,
      detail: true,
      blocks: [
        { kind: 'paragraph', text: t.dialogueIntro },
        { kind: 'list', ordered: true, items: questions.map((q) => `${q.text[lang]} (${t.dimension(q.dimension)})`) },
      ],
    });
  }
  return { lang, title: t.title, meta, intro: t.intro, sections, footer: t.footer };
}

/** The findings of the Befunde section; the reader's choices have their own section. */
const problems = (result: AuditResult) => result.findings.filter((f) => !isReadingChoice(f.code));

function severityCounts(result: AuditResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of problems(result)) counts[f.severity]++;
  return counts;
}

function shareTone(share: number | null): Tone {
  if (share === null) return 'neutral';
  return share >= 1 ? 'good' : share >= 0.5 ? 'warn' : 'bad';
}

/** Below the low estimate is bad, within the range a warning, at or above the high estimate good. */
function rangeTone(coverage: { low: number; high: number } | null): Tone {
  if (coverage === null) return 'neutral';
  return coverage.low >= 1 ? 'good' : coverage.high < 1 ? 'bad' : 'warn';
}

function overview(result: AuditResult, t: ReportLabels, lang: Lang): Section {
  const n = severityCounts(result);
  const choices = result.findings.length - problems(result).length;
  const network = result.networkSheet !== null;
  const budgetShare = result.budget?.coverage ?? null;
  const budgetRange = result.budget?.coverageRange ?? null;
  const score = result.criteria?.score ?? null;
  return {
    id: 'overview',
    title: t.overview,
    blocks: [
      {
        kind: 'tiles',
        items: [
          { label: t.partners, value: count(result.actors), tone: result.actors > 0 ? 'neutral' : 'bad' },
          { label: t.coverage, value: network ? percent(result.coverage) : null, tone: network ? shareTone(result.coverage) : 'neutral', share: network ? result.coverage : null },
          { label: t.budgetCovered, value: budgetRange === null ? null : formatPercentRange(budgetRange, lang), tone: rangeTone(budgetRange), share: budgetShare },
          { label: t.score, value: maybe(score, (v) => percent(v)), tone: score === null ? 'neutral' : score >= 0.75 ? 'good' : score >= 0.5 ? 'warn' : 'bad', share: score },
        ],
      },
      {
        kind: 'facts',
        items: [
          { label: t.findingCounts, value: t.counts(n.error, n.warning, n.info) },
          ...(choices > 0 ? [{ label: t.choices, value: count(choices) }] : []),
        ],
      },
    ],
  };
}

function actorTypes(result: AuditResult, t: ReportLabels, lang: Lang): Section {
  const blocks: Block[] = [{ kind: 'paragraph', text: t.coverageText(formatPercent(result.coverage, lang)) }];
  if (result.missingActorTypes.length === 0) blocks.push({ kind: 'paragraph', text: t.allPresent, tone: 'good' });
  else {
    blocks.push({
      kind: 'table',
      columns: [{ label: t.actorType }, { label: t.kernbereich }, { label: t.requirement }],
      rows: result.missingActorTypes.map((m) => ({
        cells: [actorTypeLabel(m.id, lang), kernbereichLabel(m.kernbereich, lang), m.requirement === 'required' ? t.required : t.recommended],
        tone: m.requirement === 'required' ? 'bad' : 'warn',
      })),
    });
  }
  return { id: 'actorTypes', title: t.actorTypes, blocks };
}

function kernbereiche(result: AuditResult, t: ReportLabels, lang: Lang): Section {
  const lacks = (missing: readonly (typeof KERNBEREICHE)[number][]) => (missing.length === 0 ? '–' : formatList(missing.map((k) => kernbereichLabel(k, lang)), lang));
  const table: TableBlock = {
    kind: 'table',
    columns: [{ label: t.sozialraum }, ...KERNBEREICHE.map((k) => ({ label: kernbereichLabel(k, lang), short: kernbereichShort(k, lang), numeric: true })), { label: t.lacks }],
    rows: [
      { cells: [t.districtTotal, ...KERNBEREICHE.map((k) => count(result.kernbereiche[k])), lacks(result.missingKernbereiche)], emphasis: true, tone: result.missingKernbereiche.length > 0 ? 'bad' : undefined },
      ...result.sozialraeume.map((s) => ({
        cells: [s.name, ...KERNBEREICHE.map((k) => count(s.kernbereiche[k])), lacks(s.missingKernbereiche)],
        tone: s.missingKernbereiche.some((k) => k !== 'weitere') ? ('warn' as const) : undefined,
      })),
    ],
  };
  const blocks: Block[] = [table];
  if (result.sozialraeume.length === 0) blocks.push({ kind: 'paragraph', text: t.noSozialraum });
  return { id: 'kernbereiche', title: t.kernbereiche, blocks };
}

function criteria(c: CriteriaSummary, t: ReportLabels, lang: Lang): Section {
  const statuses = STATUS_LABELS[lang];
  const blocks: Block[] = [];
  if (c.sheet === null) blocks.push({ kind: 'paragraph', text: t.criteriaNoSheet });
  else {
    blocks.push({ kind: 'paragraph', text: c.score === null ? t.criteriaNone : t.criteriaScore(formatPercent(c.score, lang), c.assessed, CRITERIA.length) });
    blocks.push({ kind: 'facts', items: CRITERION_STATUSES.map((s) => ({ label: statuses[s], value: count(c.counts[s]) })) });
  }
  blocks.push({
    kind: 'table',
    detail: true,
    columns: [{ label: t.criterion }, { label: t.level }, { label: t.status }, { label: t.data }],
    rows: c.items.map((item) => ({
      cells: [`${item.id} ${criterionTitle(item.id, lang)}`, levelLabel(item.level, lang), item.status ? statuses[item.status] : null, supportText(item, t, lang)],
      tone: item.status === 'erfuellt' && (item.support === 'contradicted' || item.support === 'record-old') ? 'warn' : undefined,
    })),
  });
  return { id: 'criteria', title: t.criteria, blocks };
}

/** What backs a criterion, in words: a dated entry, an old one, the list's hint, the list's silence, a contradiction. */
function supportText(item: CriterionState, t: ReportLabels, lang: Lang): string | null {
  const date = item.recordDateMs === null ? '' : formatDate(item.recordDateMs, lang);
  switch (item.support) {
    case null:
      return null;
    case 'record':
      return t.supportRecord(date);
    case 'record-old':
      return t.supportRecordOld(date);
    case 'list':
      return t.supportList;
    case 'list-missing':
      return t.supportListMissing;
    case 'contradicted':
      return t.supportContradicted;
  }
}

function findings(result: AuditResult, t: ReportLabels, lang: Lang): Section {
  const items = problems(result);
  if (items.length === 0) return { id: 'findings', title: t.findings, blocks: [{ kind: 'paragraph', text: t.noFindings, tone: 'good' }] };
  return {
    id: 'findings',
    title: t.findings,
    blocks: [
      {
        kind: 'findings',
        items: items.map((f) => ({ code: f.code, severity: f.severity, criterion: f.criterion, sheet: f.sheet, cell: f.cell, text: findingText(f, lang) })),
      },
    ],
  };
}
