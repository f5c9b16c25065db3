import { a1 } from '../address';
import { sortFindings } from '../findings/finding';
import { SheetGrid } from '../grid';
import { WorkbookModel } from '../reader/model';
import { ReaderOptions, readWorkbookModel } from '../reader/readWorkbook';
import { KERNBEREICHE } from '../taxonomy/kernbereich';
import { gatherFacts } from './facts';
import { indicatorsOf } from './indicators';
import { AuditResult, MissingActorType, PartnerRef } from './result';
import { RULES } from './rules';

export interface AuditOptions extends ReaderOptions {
  /** Shown in the result and report; the engine never opens it. */
  readonly file?: string | null;
}

/** Reads a workbook's sheets and audits them. */
export function auditWorkbook(sheets: readonly SheetGrid[], options: AuditOptions = {}): AuditResult {
  return auditModel(readWorkbookModel(sheets, options), options);
}

/** Gathers the facts once, runs every rule on them, sorts the findings. */
export function auditModel(model: WorkbookModel, options: AuditOptions = {}): AuditResult {
  const facts = gatherFacts(model, (options.today ?? new Date()).getTime());
  const findings = sortFindings(RULES.flatMap((rule) => rule.run(facts)));
  const { network, actors } = facts;
  const missingActorTypes: MissingActorType[] = [
    ...facts.missingRequired.map((t) => ({ id: t.id, kernbereich: t.kernbereich, severity: 'error', requirement: 'required' }) as const),
    ...facts.missingRecommended.map((t) => ({ id: t.id, kernbereich: t.kernbereich, severity: 'warning', requirement: 'recommended' }) as const),
  ];
  // Each sheet of the network has its own columns: a partner's cell is found on its own sheet.
  const labelColumns = new Map((network?.parts ?? []).map((p) => [p.sheet, p.columns.name ?? p.columns.type ?? 0]));
  const ref = (p: { name: string; sheet: string; row: number }): PartnerRef => ({ name: p.name, sheet: p.sheet, cell: a1(p.row, labelColumns.get(p.sheet) ?? 0) });
  return {
    file: options.file ?? null,
    networkSheet: network?.sheet ?? null,
    networkSheets: network ? [...new Set(network.parts.map((p) => p.sheet))] : [],
    actors: actors.length,
    kernbereiche: facts.kernbereiche,
    missingKernbereiche: network ? KERNBEREICHE.filter((k) => facts.kernbereiche[k] === 0) : [],
    coverage: facts.coverage,
    requiredTotal: facts.requirements.required.length,
    missingActorTypes,
    sozialraeume: facts.sozialraeume.summaries,
    budget: facts.budget,
    criteria: facts.criteria,
    findings,
    unclassified: actors.filter((a) => a.actorTypeId === null).map((a) => ({ ...ref(a), kernbereich: a.kernbereich })),
    partners: actors.map((a) => ({ name: a.name, actorTypeId: a.actorTypeId, kernbereich: a.kernbereich, agreement: a.agreement, sozialraeume: a.sozialraeume })),
    indicators: indicatorsOf({
      actors: actors.length,
      coverage: facts.coverage,
      withAgreement: facts.evidence?.withAgreement ?? null,
      agreementAsked: facts.evidence?.agreementAsked ?? null,
      budget: facts.budget,
      criteria: facts.criteria,
      births: model.settings.births ?? (model.settings.children0to3 === null ? null : model.settings.children0to3 / 3),
      labFteActual: model.settings.labFteActual,
    }),
    header: { kommune: model.settings.kommune, networkName: model.settings.networkName, reportYear: model.reportYear, stand: model.settings.stand },
    former: (network?.former ?? []).map((f) => ({ ...ref(f), actorTypeId: f.actorTypeId, reason: f.reason, detail: f.detail })),
  };
}
