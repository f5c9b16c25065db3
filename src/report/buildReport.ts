import { gapTopicsOf } from '../core/audit/gapTopics';
import { AuditResult, BudgetSummary, CriteriaSummary, FundingKey, ParameterSource } from '../core/audit/result';
import { CRITERIA } from '../core/criteria/catalog';
import { dialogueQuestionsFor } from '../core/criteria/dimensions';
import { CRITERION_STATUSES } from '../core/criteria/status';
import { Severity } from '../core/findings/finding';
import { Lang } from '../core/lang';
import { NEED_DEFAULTS } from '../core/need/defaults';
import { KERNBEREICHE } from '../core/taxonomy/kernbereich';
import { findingText } from './findingText';
import { formatEuro, formatList, formatNumber, formatPercent } from './format';
import { REPORT_LABELS, ReportLabels, reportDate, STATUS_LABELS } from './labels';
import { Block, Cell, Figure, ReportDoc, Section, TableBlock, Tone } from './model';
import { actorTypeLabel, criterionTitle, kernbereichLabel, kernbereichShort, levelLabel } from './names';

export interface ReportOptions {
  readonly lang: Lang;
  readonly date: Date;
  /** The workbook's file name, when the host knows it. */
  readonly workbookName?: string | null;
}

const count = (value: number): Figure => ({ kind: 'count', value });
const euro = (value: number): Figure => ({ kind: 'euro', value });
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
  const sections: Section[] = [overview(result, t)];
  if (result.networkSheet !== null) sections.push(actorTypes(result, t, lang), kernbereiche(result, t, lang));
  sections.push(budget(result.budget, t));
  if (result.budget?.parameters && result.budget.need !== null) sections.push(needModel(result.budget, t, lang));
  if (result.criteria) sections.push(criteria(result.criteria, t, lang));
  sections.push(findings(result, t, lang));
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

function severityCounts(result: AuditResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  return counts;
}

function shareTone(share: number | null): Tone {
  if (share === null) return 'neutral';
  return share >= 1 ? 'good' : share >= 0.5 ? 'warn' : 'bad';
}

function overview(result: AuditResult, t: ReportLabels): Section {
  const n = severityCounts(result);
  const network = result.networkSheet !== null;
  const budgetShare = result.budget?.coverage ?? null;
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
          { label: t.budgetCovered, value: maybe(budgetShare, (v) => percent(v)), tone: shareTone(budgetShare), share: budgetShare },
          { label: t.score, value: maybe(score, (v) => percent(v)), tone: score === null ? 'neutral' : score >= 0.75 ? 'good' : score >= 0.5 ? 'warn' : 'bad', share: score },
        ],
      },
      { kind: 'facts', items: [{ label: t.findingCounts, value: t.counts(n.error, n.warning, n.info) }] },
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

/** Budget and need per Sozialraum as a table (a chart's data where a layout can draw): the one budget table of every surface. */
export function budgetTable(budget: BudgetSummary, t: ReportLabels): TableBlock {
  const lines = budget.bySozialraum.length > 0 ? budget.bySozialraum : [{ name: t.allSozialraeume, budget: budget.total, need: budget.need, gap: budget.gap }];
  return {
    kind: 'table',
    columns: [{ label: t.sozialraum }, { label: t.budgetColumn, numeric: true }, { label: t.needColumn, numeric: true }, { label: t.gapColumn, numeric: true }],
    rows: lines.map((s) => ({ cells: [s.name, euro(s.budget), maybe(s.need, euro), maybe(s.gap, euro)], tone: s.gap !== null && s.gap > 0 ? 'warn' : undefined })),
  };
}

function budget(b: BudgetSummary | null, t: ReportLabels): Section {
  if (!b) return { id: 'budget', title: t.budget, blocks: [{ kind: 'paragraph', text: t.noBudget }] };
  const sources = (Object.keys(b.bySource) as FundingKey[]).filter((k) => b.bySource[k] > 0).map((k) => ({ label: t.sources[k], value: euro(b.bySource[k]) }));
  const items: { label: string; value: Cell }[] = [{ label: t.total, value: euro(b.total) }, ...sources];
  if (b.need !== null) {
    items.push({ label: t.need, value: euro(b.need) });
    const gap = b.gap ?? 0;
    items.push({ label: gap >= 0 ? t.gap : t.surplus, value: euro(Math.abs(gap)) });
    items.push({ label: t.needCoverage, value: maybe(b.coverage, (v) => percent(v)) });
  }
  const blocks: Block[] = [{ kind: 'facts', items }];
  if (b.need === null) blocks.push({ kind: 'paragraph', text: t.noNeed });
  blocks.push({ kind: 'chart', title: t.chartTitle, table: budgetTable(b, t), series: b.need === null ? [1] : [1, 2] });
  return { id: 'budget', title: t.budget, blocks };
}

function needModel(b: BudgetSummary, t: ReportLabels, lang: Lang): Section {
  const p = b.parameters;
  if (!p || b.need === null) return { id: 'needModel', title: t.needModel, blocks: [] };
  const origin = (s: ParameterSource) => (s === 'settings' ? t.fromSettings : s === 'budget' ? t.fromBudget : t.fromDefault);
  const source = (s: ParameterSource, text: { de: string; en: string }) => (s === 'default' ? `${t.fromDefault}: ${text[lang]}` : origin(s));
  return {
    id: 'needModel',
    title: t.needModel,
    blocks: [
      { kind: 'paragraph', text: t.formula(formatNumber(p.children0to3, lang), formatPercent(p.burdenShare, lang, 1), formatEuro(p.costPerFamily, lang), formatEuro(b.need, lang)) },
      {
        kind: 'table',
        columns: [{ label: t.parameter }, { label: t.value, numeric: true }, { label: t.origin }],
        rows: [
          { cells: [t.children, count(Math.round(p.children0to3)), origin(p.sources.children0to3)] },
          { cells: [t.burdenShare, percent(p.burdenShare, 1), source(p.sources.burdenShare, NEED_DEFAULTS.burdenShare.source)] },
          { cells: [t.costPerFamily, euro(p.costPerFamily), source(p.sources.costPerFamily, NEED_DEFAULTS.costPerFamily.source)] },
        ],
      },
    ],
  };
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
      cells: [`${item.id} ${criterionTitle(item.id, lang)}`, levelLabel(item.level, lang), item.status ? statuses[item.status] : null, item.evidence === null ? null : item.evidence ? t.yes : t.no],
      tone: item.status === 'erfuellt' && item.evidence === false ? 'warn' : undefined,
    })),
  });
  return { id: 'criteria', title: t.criteria, blocks };
}

function findings(result: AuditResult, t: ReportLabels, lang: Lang): Section {
  if (result.findings.length === 0) return { id: 'findings', title: t.findings, blocks: [{ kind: 'paragraph', text: t.noFindings, tone: 'good' }] };
  return {
    id: 'findings',
    title: t.findings,
    blocks: [
      {
        kind: 'findings',
        items: result.findings.map((f) => ({ code: f.code, severity: f.severity, criterion: f.criterion, sheet: f.sheet, cell: f.cell, text: findingText(f, lang) })),
      },
    ],
  };
}
