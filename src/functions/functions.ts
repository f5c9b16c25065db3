/*
 * The FH.* custom functions. Each is synchronous and pure: it converts Excel's arguments, asks the
 * engine (src/core) and converts the answer; bad input returns a CustomFunctions.Error with a
 * German | English message. The English metadata (functions.json) is generated from these JSDoc
 * comments by custom-functions-metadata-plugin, which also appends the CustomFunctions.associate
 * calls; the German names and descriptions are in functions.de.json. Help: README.md (section "Formulas: the FH functions").
 */
import { isCellError } from '../core/grid';
import { criterionById, QUALITY_LEVEL_LABELS } from '../core/criteria/catalog';
import { criteriaScore, parseCriterionStatus } from '../core/criteria/status';
import { NEED_DEFAULTS } from '../core/need/defaults';
import { estimateMeasureNeed } from '../core/need/estimate';
import { computeNeed, needCovered, needGap } from '../core/need/needModel';
import { CriterionStatus } from '../core/criteria/status';
import { cellText } from '../core/reader/values';
import { KERNBEREICH_LABELS } from '../core/taxonomy/kernbereich';
import { optionalAmount, optionalShare, requiredAmount, scalarOf, toGrid } from './args';
import { classifyRange } from './classify';
import { excelError, propagate } from './excelError';
import { ARGUMENT_NAMES, MESSAGES } from './messages';
import { networkCoverage } from './network';
import { criterionField, estimateEnd, needScope } from './options';
import { settingsOf } from './settings';

/**
 * Share (0 to 1) of the required actor types present in a network partner list.
 * @customfunction COVERAGE COVERAGE
 * @helpurl https://github.com/fruehe-hilfen-check/fruehe-hilfen-check#fh-coverage
 * @param network Partner list, with or without its header row (e.g. Netzwerk!A:I).
 * @param [sozialraum] Only partners of this Sozialraum, plus district-wide ones. Empty: the whole network.
 * @param [required] Required actor types: a range or a text list ("kinderarzt; hebamme"). Empty: the default list.
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns Share of required actor types present, 0 to 1.
 */
export function coverage(network: unknown[][], sozialraum?: unknown, required?: unknown[][], invocation?: CustomFunctions.Invocation): Array<Array<number | CustomFunctions.Error>> {
  // A 1×1 array, not a number: Excel hands a function the addresses of its arguments (to place the
  // saved column mapping in the range) only when its result is a matrix, as Microsoft documents.
  const result = networkCoverage(network, sozialraum, required, invocation);
  return [['coverage' in result ? result.coverage : result]];
}

/**
 * The required actor types missing from a network partner list, as a vertical list of German labels.
 * @customfunction MISSING MISSING
 * @helpurl https://github.com/fruehe-hilfen-check/fruehe-hilfen-check#fh-missing
 * @param network Partner list, with or without its header row (e.g. Netzwerk!A:I).
 * @param [sozialraum] Only partners of this Sozialraum, plus district-wide ones. Empty: the whole network.
 * @param [required] Required actor types: a range or a text list ("kinderarzt; hebamme"). Empty: the default list.
 * @param [invocation] Supplied by Excel.
 * @requiresParameterAddresses
 * @returns One missing actor type per row; a single empty text when none is missing.
 */
export function missing(network: unknown[][], sozialraum?: unknown, required?: unknown[][], invocation?: CustomFunctions.Invocation): Array<Array<string | CustomFunctions.Error>> {
  const result = networkCoverage(network, sozialraum, required, invocation);
  if (!('missing' in result)) return [[result]];
  return result.missing.length === 0 ? [['']] : result.missing.map((t) => [t.label]);
}

/**
 * The Kernbereich (sector) of a partner label, or of every cell of a column. Unrecognised text gives an empty text.
 * @customfunction SECTOR SECTOR
 * @helpurl https://github.com/fruehe-hilfen-check/fruehe-hilfen-check#fh-sector
 * @param label A partner name or type, or a range of them.
 * @param [form] "label" (German, default), "id" (stable key such as gesundheit) or "en" (English).
 * @returns The Kernbereich of each label, in the shape of the input.
 */
export function sector(label: unknown[][], form?: unknown): Array<Array<string | CustomFunctions.Error>> {
  return classifyRange(label, form, (c, f) => {
    if (c.kernbereich === null) return '';
    return f === 'id' ? c.kernbereich : KERNBEREICH_LABELS[c.kernbereich][f];
  });
}

/**
 * The actor type of a partner label, or of every cell of a column. Unrecognised text gives an empty text.
 * @customfunction ACTORTYPE ACTORTYPE
 * @helpurl https://github.com/fruehe-hilfen-check/fruehe-hilfen-check#fh-actortype
 * @param label A partner name or type, or a range of them.
 * @param [form] "label" (German, default), "id" (stable id such as kinderarzt) or "en" (English).
 * @returns The actor type of each label, in the shape of the input.
 */
export function actortype(label: unknown[][], form?: unknown): Array<Array<string | CustomFunctions.Error>> {
  return classifyRange(label, form, (c, f) => {
    if (c.actorType === null) return '';
    return f === 'id' ? c.actorType.id : f === 'en' ? c.actorType.labelEn : c.actorType.label;
  });
}

/**
 * Yearly need in euros by the simple one-formula model: children aged 0 to 3 × share of burdened families × cost per supported family.
 * @customfunction NEED NEED
 * @helpurl https://github.com/fruehe-hilfen-check/fruehe-hilfen-check#fh-need
 * @param children_0_3 Number of children aged 0 to 3.
 * @param [burden_share] Share of families needing support, e.g. 15 % (default 15 %).
 * @param [cost_per_family] Yearly cost per supported family in euros (default 2,500).
 * @returns Need in euros per year.
 */
export function need(children_0_3: unknown, burden_share?: unknown, cost_per_family?: unknown): number | CustomFunctions.Error {
  const children = requiredAmount(children_0_3, ARGUMENT_NAMES.children);
  if (typeof children !== 'number') return children;
  const share = optionalShare(burden_share);
  if (share !== null && typeof share !== 'number') return share;
  const cost = optionalAmount(cost_per_family, ARGUMENT_NAMES.costPerFamily);
  if (cost !== null && typeof cost !== 'number') return cost;
  return finite(
    computeNeed({
      children0to3: children,
      burdenShare: share ?? NEED_DEFAULTS.burdenShare.value,
      costPerFamily: cost ?? NEED_DEFAULTS.costPerFamily.value,
    }),
  );
}

/**
 * Yearly need in euros by the need model of measures from births (LaB, Lotsendienst, network coordination, welcome visits), as the audit computes it.
 * @customfunction NEEDMODEL NEEDMODEL
 * @helpurl https://github.com/fruehe-hilfen-check/fruehe-hilfen-check#fh-needmodel
 * @param births Births a year: the district's, or one Sozialraum's.
 * @param [estimate] End of the model's range: "middle" (default), "low" or "high"; in German "mittel", "niedrig", "hoch".
 * @param [settings] The Einstellungen sheet's key | value | note rows (e.g. Einstellungen!$A$1:$C$40): the parameters set there apply. Empty: the defaults.
 * @param [scope] "district" (default): all measures; "local": only those whose need lies in the Sozialraum (LaB, welcome visits). In German "Bezirk", "vor Ort".
 * @returns Need in euros per year.
 */
export function needmodel(births: unknown, estimate?: unknown, settings?: unknown[][], scope?: unknown): number | CustomFunctions.Error {
  const count = requiredAmount(births, ARGUMENT_NAMES.births);
  if (typeof count !== 'number') return count;
  const end = estimateEnd(estimate);
  if (typeof end !== 'string') return end;
  const parameters = settingsOf(settings);
  if (!('need' in parameters)) return parameters;
  const where = needScope(scope);
  if (typeof where !== 'string') return where;
  // The measures model answers from births; the one-formula model the planner may have chosen needs children (FH.NEED).
  if (parameters.needModel === 'simple') return excelError('na', MESSAGES.simpleModelChosen);
  // The measures in a Sozialraum grow with its births: none born, none needed. The district's base (coordination) does not.
  if (count === 0 && where === 'local') return 0;
  const model = estimateMeasureNeed({
    births: count,
    children0to3: null,
    clinicBirths: parameters.clinicBirths,
    // A formula cannot see the network list: the Lotsendienst counts only with the clinic births in the settings.
    hasBirthClinic: false,
    welcomeVisits: parameters.welcomeVisits,
    overrides: parameters.need,
  });
  if (model === null) return excelError('na', MESSAGES.noBirths);
  if (where === 'district') return finite(model.total[end]);
  return finite(model.measures.reduce((sum, m) => (m.local ? sum + m.cost[end] : sum), 0));
}

/**
 * Shortfall in euros: need minus budget (negative when the budget exceeds the need).
 * @customfunction GAP GAP
 * @helpurl https://github.com/fruehe-hilfen-check/fruehe-hilfen-check#fh-gap
 * @param budget Budget in euros.
 * @param need Need in euros, e.g. from FH.NEEDMODEL or FH.NEED.
 * @returns Need minus budget in euros.
 */
export function gap(budget: unknown, need: unknown): number | CustomFunctions.Error {
  const amounts = budgetAndNeed(budget, need);
  return Array.isArray(amounts) ? finite(needGap(amounts[0], amounts[1])) : amounts;
}

/**
 * Share of the need covered by the budget (1 = fully covered; above 1 when the budget exceeds the need).
 * @customfunction NEEDCOVERED NEEDCOVERED
 * @helpurl https://github.com/fruehe-hilfen-check/fruehe-hilfen-check#fh-needcovered
 * @param budget Budget in euros.
 * @param need Need in euros, e.g. from FH.NEEDMODEL or FH.NEED.
 * @returns Budget divided by need; #DIV/0! when the need is 0.
 */
export function needcovered(budget: unknown, need: unknown): number | CustomFunctions.Error {
  const amounts = budgetAndNeed(budget, need);
  if (!Array.isArray(amounts)) return amounts;
  const share = needCovered(amounts[0], amounts[1]);
  return share === null ? excelError('div0') : finite(share);
}

/** A result beyond Excel's numbers (amounts near 1e308) is #NUM!, as Excel's own arithmetic gives. */
function finite(n: number): number | CustomFunctions.Error {
  return Number.isFinite(n) ? n : excelError('num');
}

function budgetAndNeed(budget: unknown, need: unknown): [number, number] | CustomFunctions.Error {
  const b = requiredAmount(budget, ARGUMENT_NAMES.budget);
  if (typeof b !== 'number') return b;
  const n = requiredAmount(need, ARGUMENT_NAMES.need);
  if (typeof n !== 'number') return n;
  return [b, n];
}

/**
 * Share of assessed quality criteria that are met (teilweise counts half), from a status column as planners type it.
 * @customfunction SCORE SCORE
 * @helpurl https://github.com/fruehe-hilfen-check/fruehe-hilfen-check#fh-score
 * @param statuses Status cells such as erfüllt, teilweise, nicht erfüllt, offen, ja, nein, x.
 * @returns Share met, 0 to 1; #DIV/0! when no criterion is assessed.
 */
export function score(statuses: unknown[][]): number | CustomFunctions.Error {
  const parsed: (CriterionStatus | null)[] = [];
  for (const row of toGrid(statuses)) {
    for (const v of row) {
      if (isCellError(v)) return propagate(v);
      parsed.push(parseCriterionStatus(v));
    }
  }
  const share = criteriaScore(parsed);
  return share === null ? excelError('div0') : share;
}

/**
 * Title, quality level or summary of an NZFH quality criterion such as "3.2".
 * @customfunction CRITERION CRITERION
 * @helpurl https://github.com/fruehe-hilfen-check/fruehe-hilfen-check#fh-criterion
 * @param id Criterion number, e.g. "3.2" (write 5.10 to 5.13 as text).
 * @param [field] "Titel" (default), "Ebene" or "Text" in German; "title", "level" or "summary" in English.
 * @returns The text of the criterion.
 */
export function criterion(id: unknown, field?: unknown): string | CustomFunctions.Error {
  const which = criterionField(field);
  if (!('part' in which)) return which;
  const value = scalarOf(id);
  if (isCellError(value)) return propagate(value);
  if (typeof value === 'boolean') return excelError('value', MESSAGES.unknownCriterion(cellText(value)));
  const found = value === null ? undefined : criterionById(value);
  if (!found) return excelError('na', MESSAGES.unknownCriterion(cellText(value)));
  if (which.part === 'level') return QUALITY_LEVEL_LABELS[found.level][which.lang];
  return found[which.part][which.lang];
}
