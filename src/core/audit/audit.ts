import { a1 } from '../address';
import { SheetGrid } from '../grid';
import { formatList, formatPercent } from '../i18n/format';
import { readWorkbookModel } from '../reader/readWorkbook';
import { ReaderOverrides, WorkbookModel } from '../reader/model';
import { actorTypeById } from '../taxonomy/actorTypes';
import { KERNBEREICHE, KERNBEREICH_LABELS } from '../taxonomy/kernbereich';
import { REFERENCE_RATES } from '../taxonomy/referenceRates';
import { summariseBudget } from './budget';
import { coverageOf, requirementLists } from './coverage';
import { summariseCriteria } from './criteriaState';
import { collectEvidence } from './evidence';
import { FindingList, sortFindings } from './findings';
import { AuditResult, Lang, MissingActorType } from './result';
import { analyseSozialraeume, countKernbereich, emptyCounts } from './sozialraeume';

export interface AuditOptions {
  readonly lang?: Lang;
  readonly overrides?: ReaderOverrides;
  /** Shown in the result and report; the engine never opens it. */
  readonly file?: string | null;
}

/** Reads a workbook's sheets and audits them: the one entry point every surface uses. */
export function auditWorkbook(sheets: readonly SheetGrid[], options: AuditOptions = {}): AuditResult {
  return auditModel(readWorkbookModel(sheets, options.overrides), options);
}

export function auditModel(model: WorkbookModel, options: AuditOptions = {}): AuditResult {
  const lang = options.lang ?? 'de';
  const findings = new FindingList(lang);
  const kLabel = (k: (typeof KERNBEREICHE)[number]) => KERNBEREICH_LABELS[k][lang];

  for (const issue of model.issues) {
    findings.add(issue.code, issue.severity, { sheet: issue.sheet, row: issue.row, column: issue.column }, issue.params);
  }

  const lists = requirementLists(model.settings.requiredTypes, model.settings.recommendedTypes);
  for (const value of lists.unknown) {
    const place = model.settings.cells.requiredTypes ?? model.settings.cells.recommendedTypes;
    findings.add('settings-unknown-type', 'warning', { sheet: model.settings.sheet, row: place?.row, column: place?.column }, { value });
  }

  const network = model.network;
  const actors = network?.actors ?? [];
  const kernbereiche = emptyCounts();
  const present = new Set<string>();
  for (const a of actors) {
    if (a.kernbereich) countKernbereich(kernbereiche, a.kernbereich);
    if (a.actorTypeId) present.add(a.actorTypeId);
  }

  if (!network) {
    findings.add('network-sheet-not-found', 'error');
  } else if (actors.length === 0) {
    findings.add('network-empty', 'error', { sheet: network.sheet, row: network.headerRow, column: network.columns.name ?? null }, { sheet: network.sheet });
  }

  const missingKernbereiche = network ? KERNBEREICHE.filter((k) => kernbereiche[k] === 0) : [];
  for (const k of missingKernbereiche) findings.add('missing-kernbereich', 'error', { criterion: '5.8', sheet: network?.sheet }, { kernbereich: kLabel(k) });

  const { coverage, missing: missingRequired } = coverageOf(present, lists.required);
  const { missing: missingRecommended } = coverageOf(present, lists.recommended);
  const missingActorTypes: MissingActorType[] = [];
  if (network) {
    for (const [types, severity] of [[missingRequired, 'error'], [missingRecommended, 'warning']] as const) {
      for (const t of types) {
        const rate = REFERENCE_RATES[t.id];
        missingActorTypes.push({ id: t.id, label: lang === 'de' ? t.label : t.labelEn, kernbereich: t.kernbereich, severity, requirement: severity === 'error' ? 'required' : 'recommended' });
        findings.add('missing-actor-type', severity, { criterion: '4.1', sheet: network.sheet }, {
          label: lang === 'de' ? t.label : t.labelEn,
          kernbereich: kLabel(t.kernbereich),
          required: severity === 'error' ? 1 : 0,
          rate: rate ? formatPercent(rate.share, lang, 1) : '',
          year: rate ? rate.year : '',
        });
      }
    }
  }

  const { summaries, districtWide, firstRows } = analyseSozialraeume(actors);
  if (network && summaries.length >= 2) {
    for (const s of summaries) {
      // Youth welfare, health and counselling belong in every Sozialraum; "weitere" (Jobcenter, police) usually work centrally.
      const core = s.missingKernbereiche.filter((k) => k !== 'weitere');
      const minor = s.missingKernbereiche.filter((k) => k === 'weitere');
      for (const [missing, severity] of [[core, 'warning'], [minor, 'info']] as const) {
        if (missing.length === 0) continue;
        const wide = missing.filter((k) => districtWide[k] > 0).map(kLabel);
        findings.add('sozialraum-missing-kernbereich', severity, { criterion: '4.3', sheet: network.sheet, row: firstRows.get(s.name) ?? network.headerRow, column: network.columns.sozialraum }, {
          sozialraum: s.name,
          kernbereiche: formatList(missing.map(kLabel), lang),
          districtWide: formatList(wide, lang),
        });
      }
    }
  }

  const unclassified: { name: string; cell: string }[] = [];
  if (network) {
    const labelColumn = network.columns.name ?? network.columns.type ?? 0;
    for (const a of actors) {
      if (a.actorTypeId === null) {
        const cell = a1(a.row, labelColumn);
        unclassified.push({ name: a.name, cell });
        findings.add('unclassified-actor', 'info', { sheet: network.sheet, row: a.row, column: labelColumn }, { name: a.name });
      } else if (a.statedKernbereich !== null && a.kernbereich !== null && a.statedKernbereich !== a.kernbereich) {
        const type = actorTypeById(a.actorTypeId);
        findings.add('kernbereich-differs', 'info', { sheet: network.sheet, row: a.row, column: network.columns.kernbereich ?? labelColumn }, {
          name: a.name,
          stated: kLabel(a.statedKernbereich),
          nzfh: kLabel(a.kernbereich),
          type: type ? (lang === 'de' ? type.label : type.labelEn) : a.name,
        });
      }
    }
  }

  const evidence = network && actors.length > 0 ? collectEvidence(network, present, findings) : new Map();
  const criteria = network ? summariseCriteria(model.criteria, evidence, findings) : null;

  let budget = null;
  if (model.budget) budget = summariseBudget(model.budget, model.settings, findings);
  else if (network) findings.add('budget-not-found', 'info');

  return {
    file: options.file ?? null,
    networkSheet: network?.sheet ?? null,
    actors: actors.length,
    kernbereiche,
    missingKernbereiche,
    coverage: network ? coverage : 0,
    missingActorTypes,
    sozialraeume: summaries,
    budget,
    criteria,
    findings: sortFindings(findings.items),
    unclassified,
    lang,
  };
}
