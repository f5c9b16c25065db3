import { gapTopicsOf } from '../core/audit/gapTopics';
import { AuditResult, BudgetSummary, Lang } from '../core/audit/result';
import { criterionById, QUALITY_LEVEL_LABELS } from '../core/criteria/catalog';
import { dialogueQuestionsFor } from '../core/criteria/dimensions';
import { formatList } from '../core/i18n/format';
import { KERNBEREICHE, KERNBEREICH_LABELS } from '../core/taxonomy/kernbereich';
import { ChartSpec, SheetToWrite } from '../workbook/port';
import { FORMATS, REPORT_LABELS, reportDate, SEVERITY_LABELS, STATUS_LABELS } from './labels';
import { rangeOf, SheetBuilder } from './sheetBuilder';

export interface ReportOptions {
  readonly lang: Lang;
  readonly date: Date;
  /** The workbook's file name, when the host knows it. */
  readonly workbookName?: string | null;
}

/** Our chart's name: a refresh finds it by this and touches no other chart. */
export const BUDGET_CHART_NAME = 'FH_BudgetBedarf';
/** The chart spans the wide findings column E and F beside the budget table (about 500 × 320 pt). */
const CHART_COLUMN = 4;
const CHART_COLUMNS = 2;
const CHART_ROWS = 16;

/**
 * The Prüfbericht as a sheet: the same sections as the CLI's HTML report (key figures, Kernbereiche,
 * missing types, Sozialräume, budget and need with a native chart, criteria, findings, dialogue
 * questions for the gaps found, model assumptions). Cell text from the planner's workbook (partner
 * and Sozialraum names inside findings) is plain strings, which the port writes as text.
 */
export function buildAuditReport(result: AuditResult, options: ReportOptions): { sheet: SheetToWrite; chart: ChartSpec | null } {
  const { lang } = options;
  const t = REPORT_LABELS[lang];
  const b = new SheetBuilder();
  const name = `${t.reportSheet} ${reportDate(options.date)}`;

  b.heading(t.title);
  b.add(t.date, reportDate(options.date, lang));
  if (options.workbookName ?? result.file) b.add(t.file, options.workbookName ?? result.file);
  if (result.networkSheet) b.add(t.networkSheet, result.networkSheet);
  b.add(t.intro);
  b.blank();

  b.heading(t.keyFigures);
  b.add(t.partners, result.actors);
  percentRow(b, t.coverage, result.networkSheet ? result.coverage : null);
  percentRow(b, t.budgetCovered, result.budget?.coverage ?? null);
  percentRow(b, t.score, result.criteria?.score ?? null);
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  b.add(t.findingCounts, t.counts(count('error'), count('warning'), count('info')));
  b.blank();

  b.heading(t.kernbereiche);
  b.header(t.kernbereich, t.count);
  for (const k of KERNBEREICHE) b.add(KERNBEREICH_LABELS[k][lang], result.kernbereiche[k]);
  b.blank();

  b.heading(t.missingTypes);
  if (result.missingActorTypes.length === 0) b.add(t.none);
  else {
    b.header(t.actorType, t.kernbereich, t.requirement);
    for (const m of result.missingActorTypes) b.add(m.label, KERNBEREICH_LABELS[m.kernbereich][lang], m.requirement === 'required' ? t.required : t.recommended);
  }
  b.blank();

  if (result.sozialraeume.length > 0) {
    b.heading(t.sozialraeume);
    b.header(t.sozialraum, t.count, ...KERNBEREICHE.map((k) => KERNBEREICH_LABELS[k][lang]), t.lacks);
    for (const s of result.sozialraeume) {
      b.add(s.name, s.actors, ...KERNBEREICHE.map((k) => s.kernbereiche[k]), formatList(s.missingKernbereiche.map((k) => KERNBEREICH_LABELS[k][lang]), lang) || '–');
    }
    b.blank();
  }

  const chart = budgetSection(b, result.budget, lang, name);

  if (result.criteria) {
    b.heading(t.criteria);
    b.header(t.criterion, t.level, t.status, t.data);
    for (const c of result.criteria.items) {
      const criterion = criterionById(c.id);
      b.add(`${c.id} ${c.title}`, criterion ? QUALITY_LEVEL_LABELS[criterion.level][lang] : c.level, c.status ? STATUS_LABELS[lang][c.status] : '–', c.evidence === null ? '–' : c.evidence ? t.yes : t.no);
    }
    b.blank();
  }

  b.heading(t.findings);
  b.header(t.severityColumn, t.criterion, t.sheet, t.cell, t.finding);
  for (const f of result.findings) b.add(SEVERITY_LABELS[lang][f.severity], f.criterion ?? '', f.sheet ?? '', f.cell ?? '', f.message);
  b.blank();

  const questions = dialogueQuestionsFor(gapTopicsOf(result));
  if (questions.length > 0) {
    b.heading(t.dialogue);
    b.add(t.dialogueIntro);
    b.header(t.dimension, t.question);
    for (const q of questions) b.add(q.dimension, q.text[lang]);
    b.blank();
  }

  b.add(t.footer);
  return { sheet: b.build(name, { columnWidths: [34, 16, 16, 14, 70, 16, 16, 16], freezeRows: 1, activate: true }), chart };
}

function percentRow(b: SheetBuilder, label: string, share: number | null): void {
  const r = b.add(label, share ?? '–');
  if (share !== null) b.format(r, 1, FORMATS.percent);
}

/** The budget table (Sozialraum, budget, need, gap) and a chart beside it over its first three columns. */
function budgetSection(b: SheetBuilder, budget: BudgetSummary | null, lang: Lang, sheet: string): ChartSpec | null {
  const t = REPORT_LABELS[lang];
  b.heading(t.budget);
  if (!budget) {
    b.add(t.noBudget);
    b.blank();
    return null;
  }
  const euroRow = (label: string, value: number | null) => {
    const r = b.add(label, value ?? '–');
    if (value !== null) b.format(r, 1, FORMATS.euro);
  };
  euroRow(t.total, budget.total);
  euroRow(t.need, budget.need);
  euroRow(t.gap, budget.gap);
  if (budget.need === null) b.add(t.noNeed);
  const top = b.header(t.sozialraum, t.budgetColumn, t.needColumn, t.gapColumn);
  const lines = budget.bySozialraum.length > 0 ? budget.bySozialraum : [{ name: t.allSozialraeume, budget: budget.total, need: budget.need, gap: budget.gap }];
  for (const s of lines) b.add(s.name, s.budget, s.need, s.gap);
  b.format(top + 1, 1, FORMATS.euro, lines.length, 3);
  b.blank();
  const model = budget.parameters;
  if (model) {
    b.heading(t.model);
    b.header(t.parameter, t.value, t.origin);
    const origin = (s: 'settings' | 'default' | 'budget') => (s === 'settings' ? t.fromSettings : s === 'budget' ? t.fromBudget : t.fromDefault);
    const r1 = b.add(t.children, model.children0to3, origin(model.sources.children0to3));
    b.format(r1, 1, FORMATS.integer);
    const r2 = b.add(t.burdenShare, model.burdenShare, origin(model.sources.burdenShare));
    b.format(r2, 1, FORMATS.percentOne);
    const r3 = b.add(t.costPerFamily, model.costPerFamily, origin(model.sources.costPerFamily));
    b.format(r3, 1, FORMATS.euro);
    b.blank();
  }
  return {
    sheet,
    name: BUDGET_CHART_NAME,
    title: t.chartTitle,
    dataRange: rangeOf(top, 0, lines.length + 1, 3),
    position: rangeOf(Math.max(0, top - 4), CHART_COLUMN, CHART_ROWS, CHART_COLUMNS),
    valueFormat: FORMATS.euro,
  };
}
