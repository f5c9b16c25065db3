import { sheetRef } from '../core/address';
import { Lang } from '../core/lang';
import { CRITERIA, QUALITY_LEVEL_LABELS } from '../core/criteria/catalog';
import { SheetGrid } from '../core/grid';
import { NEED_DEFAULTS } from '../core/need/defaults';
import { ACTOR_TYPES, defaultTypeIds, actorTypeById } from '../core/taxonomy/actorTypes';
import { KERNBEREICHE, KERNBEREICH_LABELS } from '../core/taxonomy/kernbereich';
import { freeSheetName, SheetToWrite } from '../workbook/port';
import { FORMATS, STATUS_LABELS } from './labels';
import { rangeOf, SheetBuilder } from './sheetBuilder';

/** Empty rows the template tables start with; Excel extends tables (and their dropdowns) as rows are added. */
const NETWORK_ROWS = 30;
const BUDGET_ROWS = 20;
const SOZIALRAUM_ROWS = 10;
/** Row (0-based) of every template table's header, below a title and a hint. */
const HEADER = 3;
/** The pick lists' sheet stays the add-in's own (recorded as owned), so the audit never reads it as planner data. */
export const LISTS_SHEET = 'FH-Daten';

const WORDS = {
  de: {
    sheets: { network: 'Netzwerk', criteria: 'Kriterien', budget: 'Budget', settings: 'Einstellungen' },
    networkTitle: 'Netzwerk Frühe Hilfen: Partnerliste',
    networkHint: 'Eine Zeile je Partner. Akteurstyp und Kernbereich aus der Liste wählen, ja/nein für Vereinbarung, Steuerungsgruppe und Konferenz.',
    network: ['Name der Einrichtung', 'Akteurstyp', 'Kernbereich', 'Sozialraum', 'Kooperationsvereinbarung', 'Steuerungsgruppe', 'Netzwerkkonferenz', 'Rolle'],
    yesNo: ['ja', 'nein'],
    evaluation: 'Auswertung (FH-Funktionen)',
    requiredPresent: 'Pflicht-Akteurstypen vertreten',
    recommendedPresent: 'Empfohlene Akteurstypen vertreten',
    missingRequired: 'Fehlende Pflicht-Akteurstypen',
    criteriaTitle: 'NZFH-Qualitätskriterien: Selbsteinschätzung',
    criteriaHint: 'Status je Kriterium aus der Liste wählen; unter Nachweis steht, wo es belegt ist (Protokoll, Vereinbarung, Konzept).',
    criteria: ['Nr.', 'Qualitätsebene', 'Kriterium', 'Status', 'Nachweis', 'Kurzbeschreibung'],
    criterionField: 'Text',
    score: 'Erfüllungsgrad',
    budgetTitle: 'Budget Frühe Hilfen',
    budgetHint: 'Eine Zeile je Maßnahme und Finanzierung; Kinder 0–3 einmal je Sozialraum. Rechts rechnen die FH-Funktionen den Bedarf je Sozialraum.',
    budget: ['Sozialraum', 'Maßnahme', 'Finanzierung', 'Betrag (€)', 'Kinder 0–3'],
    sources: ['Bundesstiftung', 'kommunal', 'Land', 'sonstige'],
    need: ['Sozialraum', 'Kinder 0–3', 'Budget (€)', 'Bedarf (€)', 'Lücke (€)', 'Bedarfsdeckung', 'Pflicht-Akteurstypen vor Ort'],
    settingsTitle: 'Einstellungen Frühe Hilfen-Check',
    settingsHint: 'Werte des Bedarfsmodells und die Listen der Pflicht- und empfohlenen Akteurstypen (durch Semikolon getrennt, Namen wie in der Auswahlliste); die Prüfung und die FH-Funktionen lesen sie hier.',
    settings: ['Parameter', 'Wert', 'Erläuterung'],
    burdenShare: 'Anteil belasteter Familien',
    costPerFamily: 'Kosten je Familie und Jahr (€)',
    children: 'Kinder 0–3 im Bezirk',
    childrenNote: 'leer lassen: Summe der Kinder 0–3 aus dem Budgetblatt',
    required: 'Pflicht-Akteurstypen',
    recommended: 'Empfohlene Akteurstypen',
    typeList: 'Akteurstyp',
    kernbereich: 'Kernbereich',
    listsTitle: 'Auswahllisten von Frühe Hilfen-Check',
    listsHint: 'Von der Vorlage angelegt: Quelle der Auswahlliste „Akteurstyp“ im Netzwerkblatt. Die Prüfung liest dieses Blatt nicht.',
  },
  en: {
    sheets: { network: 'Network', criteria: 'Criteria', budget: 'Budget', settings: 'Settings' },
    networkTitle: 'Frühe Hilfen network: partner list',
    networkHint: 'One row per partner. Pick actor type and core area from the list; yes/no for agreement, steering group and conference.',
    network: ['Organisation name', 'Actor type', 'Core area (Kernbereich)', 'Sozialraum', 'Cooperation agreement', 'Steering group', 'Network conference', 'Role'],
    yesNo: ['yes', 'no'],
    evaluation: 'Evaluation (FH functions)',
    requiredPresent: 'Required actor types present',
    recommendedPresent: 'Recommended actor types present',
    missingRequired: 'Missing required actor types',
    criteriaTitle: 'NZFH quality criteria: self-assessment',
    criteriaHint: 'Pick a status per criterion; under evidence note where it is shown (minutes, agreement, concept).',
    criteria: ['No.', 'Quality level', 'Criterion', 'Status', 'Evidence', 'Summary'],
    criterionField: 'summary',
    score: 'Criteria met',
    budgetTitle: 'Frühe Hilfen budget',
    budgetHint: 'One row per measure and funding source; children 0–3 once per Sozialraum. On the right the FH functions compute need per Sozialraum.',
    budget: ['Sozialraum', 'Measure', 'Funding source', 'Amount (€)', 'Children 0–3'],
    sources: ['Bundesstiftung', 'municipal', 'state', 'other'],
    need: ['Sozialraum', 'Children 0–3', 'Budget (€)', 'Need (€)', 'Shortfall (€)', 'Need covered', 'Required types on site'],
    settingsTitle: 'Frühe Hilfen Check settings',
    settingsHint: 'Need-model values and the lists of required and recommended actor types (separated by semicolons, names as in the pick list); the check and the FH functions read them here.',
    settings: ['Parameter', 'Value', 'Note'],
    burdenShare: 'Share of burdened families',
    costPerFamily: 'Cost per family and year (€)',
    children: 'Children 0–3 in the district',
    childrenNote: 'leave empty: sum of children 0–3 from the budget sheet',
    required: 'Required actor types',
    recommended: 'Recommended actor types',
    typeList: 'Actor type',
    kernbereich: 'Core area',
    listsTitle: 'Frühe Hilfen Check pick lists',
    listsHint: 'Made by the template: source of the actor-type dropdown on the network sheet. The check does not read this sheet.',
  },
} as const;

/**
 * Template sheets for a new user: Netzwerk (an Excel table with dropdowns for actor type,
 * Kernbereich and yes/no), Kriterien (all 31 criteria with a status dropdown), Budget (lines plus
 * need per Sozialraum), Einstellungen (need parameters, required-type lists) and FH-Daten (pick list),
 * with FH.* formulas so the workbook computes on its own. Names are chosen free against `existing`
 * (sheets and table names), so nothing the planner has is overwritten.
 */
export function buildTemplate(lang: Lang, existing: readonly SheetGrid[]): SheetToWrite[] {
  const w = WORDS[lang];
  const taken = existing.map((s) => s.name);
  const pick = (wanted: string) => {
    const name = freeSheetName(wanted, taken);
    taken.push(name);
    return name;
  };
  const names = {
    network: pick(w.sheets.network),
    criteria: pick(w.sheets.criteria),
    budget: pick(w.sheets.budget),
    settings: pick(w.sheets.settings),
    lists: pick(LISTS_SHEET),
  };
  const tableNames = existing.flatMap((s) => (s.tables ?? []).map((t) => t.name.toLowerCase()));
  const table = (wanted: string) => {
    let name = wanted;
    for (let i = 2; tableNames.includes(name.toLowerCase()); i++) name = `${wanted}${i}`;
    tableNames.push(name.toLowerCase());
    return name;
  };
  const networkTable = table('FH_Netzwerk');
  const budgetTable = table('FH_Budget');

  const settings = settingsSheet(lang, names.settings);
  const lists = listsSheet(lang, names.lists);
  const ref = (cell: string) => `${sheetRef(names.settings)}!${absolute(cell)}`;
  const network = networkSheet(lang, names.network, networkTable, `=${sheetRef(names.lists)}!${absolute(lists.typeList)}`, ref(settings.required), ref(settings.recommended));
  const criteria = criteriaSheet(lang, names.criteria);
  const budget = budgetSheet(lang, names.budget, budgetTable, networkTable, ref(settings.burdenShare), ref(settings.costPerFamily), ref(settings.required));
  return [network, criteria, budget, settings.sheet, lists.sheet];
}

function networkSheet(lang: Lang, name: string, tableName: string, typeSource: string, required: string, recommended: string): SheetToWrite {
  const w = WORDS[lang];
  const b = new SheetBuilder();
  b.heading(w.networkTitle);
  b.add(w.networkHint);
  b.blank();
  b.add(...w.network, null, w.evaluation);
  for (let i = 0; i < NETWORK_ROWS; i++) b.add();
  const first = HEADER + 1;
  b.validate(first, 1, NETWORK_ROWS, typeSource);
  b.validate(first, 2, NETWORK_ROWS, KERNBEREICHE.map((k) => KERNBEREICH_LABELS[k][lang]));
  for (const c of [4, 5, 6]) b.validate(first, c, NETWORK_ROWS, [...w.yesNo]);
  const all = `${tableName}[#All]`;
  const evaluation: [string, string, string | null][] = [
    [w.requiredPresent, `=FH.COVERAGE(${all},,${required})`, FORMATS.percent],
    [w.recommendedPresent, `=FH.COVERAGE(${all},,${recommended})`, FORMATS.percent],
    [w.missingRequired, `=FH.MISSING(${all},,${required})`, null],
  ];
  evaluation.forEach(([label, formula, format], i) => {
    b.set(first + i, 9, label);
    b.formula(first + i, 10, formula);
    if (format) b.format(first + i, 10, format);
  });
  return b.build(name, {
    handOver: true,
    headingRows: [0, HEADER],
    table: { name: tableName, range: rangeOf(HEADER, 0, NETWORK_ROWS + 1, w.network.length) },
    columnWidths: [34, 30, 30, 16, 14, 14, 14, 18, 4, 32, 30],
    freezeRows: HEADER + 1,
    activate: true,
  });
}

function criteriaSheet(lang: Lang, name: string): SheetToWrite {
  const w = WORDS[lang];
  const b = new SheetBuilder();
  b.heading(w.criteriaTitle);
  b.add(w.criteriaHint);
  b.blank();
  b.header(...w.criteria);
  for (const c of CRITERIA) {
    const r = b.add(c.id, QUALITY_LEVEL_LABELS[c.level][lang], c.title[lang]);
    b.formula(r, 5, `=FH.CRITERION(A${r + 1},"${w.criterionField}")`);
  }
  const first = HEADER + 1;
  const last = first + CRITERIA.length - 1;
  b.validate(first, 3, CRITERIA.length, Object.values(STATUS_LABELS[lang]));
  b.blank();
  const r = b.header(w.score);
  b.formula(r, 3, `=FH.SCORE(D${first + 1}:D${last + 1})`);
  b.format(r, 3, FORMATS.percent);
  return b.build(name, { handOver: true, columnWidths: [8, 28, 52, 14, 36, 60], freezeRows: HEADER + 1 });
}

function budgetSheet(lang: Lang, name: string, tableName: string, networkTable: string, burdenShare: string, costPerFamily: string, required: string): SheetToWrite {
  const w = WORDS[lang];
  const b = new SheetBuilder();
  b.heading(w.budgetTitle);
  b.add(w.budgetHint);
  b.blank();
  b.add(...w.budget, null, null, ...w.need);
  for (let i = 0; i < Math.max(BUDGET_ROWS, SOZIALRAUM_ROWS); i++) b.add();
  const first = HEADER + 1;
  b.validate(first, 2, BUDGET_ROWS, [...w.sources]);
  b.format(first, 3, FORMATS.euro, BUDGET_ROWS);
  const col = (i: number) => `${tableName}[${w.budget[i]}]`;
  for (let i = 0; i < SOZIALRAUM_ROWS; i++) {
    const r = first + i;
    const n = r + 1;
    const empty = (formula: string) => `=IF($H${n}="","",${formula})`;
    b.formula(r, 8, empty(`MAXIFS(${col(4)},${col(0)},$H${n})`));
    b.formula(r, 9, empty(`SUMIFS(${col(3)},${col(0)},$H${n})`));
    b.formula(r, 10, empty(`FH.NEED(I${n},${burdenShare},${costPerFamily})`));
    b.formula(r, 11, empty(`FH.GAP(J${n},K${n})`));
    b.formula(r, 12, empty(`FH.NEEDCOVERED(J${n},K${n})`));
    b.formula(r, 13, empty(`FH.COVERAGE(${networkTable}[#All],$H${n},${required})`));
  }
  b.format(first, 9, FORMATS.euro, SOZIALRAUM_ROWS, 3);
  b.format(first, 12, FORMATS.percent, SOZIALRAUM_ROWS, 2);
  return b.build(name, {
    handOver: true,
    headingRows: [0, HEADER],
    table: { name: tableName, range: rangeOf(HEADER, 0, BUDGET_ROWS + 1, w.budget.length) },
    columnWidths: [18, 30, 16, 14, 12, 4, 4, 18, 12, 14, 14, 14, 14, 18],
    freezeRows: HEADER + 1,
  });
}

interface SettingsSheet {
  readonly sheet: SheetToWrite;
  /** A1 cells (or range) the other sheets refer to. */
  readonly burdenShare: string;
  readonly costPerFamily: string;
  readonly required: string;
  readonly recommended: string;
}

/**
 * The pick list behind the actor-type dropdown, on a sheet of the add-in's own ("FH-Daten"): the
 * engine skips it, so 46 type names are never mistaken for a partner list.
 */
function listsSheet(lang: Lang, name: string): { sheet: SheetToWrite; typeList: string } {
  const w = WORDS[lang];
  const b = new SheetBuilder();
  b.heading(w.listsTitle);
  b.add(w.listsHint);
  b.blank();
  b.header(w.typeList, w.kernbereich);
  for (const t of ACTOR_TYPES) b.add(t.label, KERNBEREICH_LABELS[t.kernbereich][lang]);
  return { sheet: b.build(name, { columnWidths: [40, 36] }), typeList: rangeOf(HEADER + 1, 0, ACTOR_TYPES.length, 1) };
}

function settingsSheet(lang: Lang, name: string): SettingsSheet {
  const w = WORDS[lang];
  const b = new SheetBuilder();
  b.heading(w.settingsTitle);
  b.add(w.settingsHint);
  b.blank();
  b.header(...w.settings);
  const burden = b.add(w.burdenShare, NEED_DEFAULTS.burdenShare.value, NEED_DEFAULTS.burdenShare.source[lang]);
  b.format(burden, 1, FORMATS.percentOne);
  const cost = b.add(w.costPerFamily, NEED_DEFAULTS.costPerFamily.value, NEED_DEFAULTS.costPerFamily.source[lang]);
  b.format(cost, 1, FORMATS.euro);
  b.add(w.children, null, w.childrenNote);
  b.blank();
  const list = (requirement: 'required' | 'recommended') =>
    defaultTypeIds(requirement)
      .map((id) => actorTypeById(id)?.label ?? id)
      .join('; ');
  // The settings reader takes every cell right of a list's key as list items: nothing else on these rows.
  const required = b.add(w.required, list('required'));
  const recommended = b.add(w.recommended, list('recommended'));
  return {
    sheet: b.build(name, { handOver: true, columnWidths: [34, 60, 70] }),
    burdenShare: `B${burden + 1}`,
    costPerFamily: `B${cost + 1}`,
    required: `B${required + 1}`,
    recommended: `B${recommended + 1}`,
  };
}


function absolute(range: string): string {
  return range
    .split(':')
    .map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}
