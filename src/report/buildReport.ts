import { gapWeightsOf } from '../core/audit/gapTopics';
import { AuditResult, CriteriaSummary, CriterionState } from '../core/audit/result';
import { CRITERIA } from '../core/criteria/catalog';
import { pickDialogueQuestions } from '../core/criteria/dimensions';
import { CRITERION_STATUSES } from '../core/criteria/status';
import { Severity } from '../core/findings/finding';
import { Lang } from '../core/lang';
import { KERNBEREICHE } from '../core/taxonomy/kernbereich';
import { HistoryComparison } from '../core/history/compare';
import { findingAction } from './findingActions';
import { findingText } from './findingText';
import { historySections } from './historySection';
import { indicatorSection } from './indicatorSection';
import { mapBlock } from './mapBlock';
import { recommendations } from './recommendations';
import { summarySentences, summaryTiles } from './summary';
import { formatDate, formatList, formatPercent } from './format';
import { REPORT_LABELS, ReportLabels, reportDate, STATUS_LABELS } from './labels';
import { Block, Figure, ReportDoc, Section, TableBlock } from './model';
import { budgetSection, needSection } from './needSection';
import { isReadingChoice, readingSection } from './readingSection';
import { actorTypeLabel, criterionTitle, kernbereichLabel, kernbereichShort, levelLabel } from './names';

export interface ReportOptions {
  readonly lang: Lang;
  readonly date: Date;
  /** The workbook's file name, when the host knows it. */
  readonly workbookName?: string | null;
  /** What changed since an earlier audit (the workbook's FH-Verlauf, or `--compare`): a box on page one. */
  readonly comparison?: HistoryComparison | null;
}

const count = (value: number): Figure => ({ kind: 'count', value });

/**
 * The Prüfbericht of an audit as one document model: sections, order, words and figures, for every
 * surface. Page one is the Sitzungsvorlage's Kurzfassung (sentences, tiles, next steps, the questions
 * that fit the gaps); then the map, budget and need, the fixed indicators, the details, and the
 * worklist for the Netzwerkkoordination, where cell addresses belong.
 */
export function buildReport(result: AuditResult, options: ReportOptions): ReportDoc {
  const { lang } = options;
  const t = REPORT_LABELS[lang];
  const h = result.header;
  const meta: { label: string; value: string }[] = [];
  if (h.kommune) meta.push({ label: t.kommune, value: h.kommune });
  if (h.networkName) meta.push({ label: t.network, value: h.networkName });
  if (h.reportYear !== null) meta.push({ label: t.reportYear, value: String(h.reportYear) });
  meta.push({ label: t.date, value: h.stand ?? reportDate(options.date, lang) });
  const sections: Section[] = [summary(result, t, lang)];
  const history = options.comparison ? historySections(options.comparison, lang) : null;
  if (history) sections.push(history.box);
  if (result.networkSheet !== null) sections.push(recommendationsSection(result, t, lang));
  const questions = pickDialogueQuestions(gapWeightsOf(result));
  if (questions.length > 0) {
    sections.push({
      id: 'dialogue',
      title: t.dialogue,
      blocks: [
        { kind: 'paragraph', text: t.dialogueIntro },
        { kind: 'list', ordered: true, items: questions.map((q) => `${q.text[lang]} (${t.dimension(q.dimension)})`) },
      ],
    });
  }
  if (result.networkSheet !== null) sections.push({ id: 'map', title: t.map, blocks: [mapBlock(result, lang)] });
  sections.push(budgetSection(result.budget, t, lang));
  const need = result.budget ? needSection(result.budget, t, lang) : null;
  if (need) sections.push(need);
  sections.push(indicatorSection(result.indicators, lang));
  if (history?.details) sections.push(history.details);
  if (result.networkSheet !== null) sections.push(actorTypes(result, t, lang), kernbereiche(result, t, lang));
  sections.push(result.criteria ? criteria(result.criteria, t, lang) : { id: 'criteria', title: t.criteria, blocks: [{ kind: 'paragraph', text: t.criteriaUnchecked }] });
  sections.push(readingSection(result, t, lang, options.workbookName ?? result.file), findings(result, t, lang));
  return { lang, title: t.title, meta, intro: t.intro, sections, footer: t.footer };
}

/** The findings of the worklist; the reader's choices have their own section. */
const problems = (result: AuditResult) => result.findings.filter((f) => !isReadingChoice(f.code));

function severityCounts(result: AuditResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of problems(result)) counts[f.severity]++;
  return counts;
}

/** Page one: where the network stands in a few sentences, the key figures as tiles, the finding counts. */
function summary(result: AuditResult, t: ReportLabels, lang: Lang): Section {
  const n = severityCounts(result);
  const partners = {
    label: t.partners,
    value: count(result.actors),
    tone: result.actors > 0 ? ('neutral' as const) : ('bad' as const),
    icon: result.actors > 0 ? '–' : '✗',
    reason: result.former.length > 0 ? t.formerNotCounted(result.former.length) : t.activePartners,
  };
  const blocks: Block[] = [];
  if (result.networkSheet !== null) blocks.push({ kind: 'paragraph', text: summarySentences(result, lang).join(' ') });
  blocks.push({ kind: 'tiles', items: result.networkSheet !== null ? [partners, ...summaryTiles(result, lang)] : [partners] });
  blocks.push({ kind: 'facts', items: [{ label: t.findingCounts, value: t.counts(n.error, n.warning, n.info) }] });
  return { id: 'summary', title: t.summary, blocks };
}

function recommendationsSection(result: AuditResult, t: ReportLabels, lang: Lang): Section {
  const steps = recommendations(result, lang);
  return {
    id: 'recommendations',
    title: t.recommendations,
    blocks: steps.length > 0 ? [{ kind: 'list', ordered: true, items: steps }] : [{ kind: 'paragraph', text: t.noRecommendations, tone: 'good' }],
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
        items: items.map((f) => ({ code: f.code, severity: f.severity, criterion: f.criterion, sheet: f.sheet, cell: f.cell, text: findingText(f, lang), action: findingAction(f.code, lang) })),
      },
    ],
  };
}
