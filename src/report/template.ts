import { sheetRef } from '../core/address';
import { Lang } from '../core/lang';
import { CRITERIA, QUALITY_LEVEL_LABELS } from '../core/criteria/catalog';
import { SheetGrid } from '../core/grid';
import { ACTIVITIES } from '../core/criteria/activities';
import { NEED_PARAMETERS, NeedParameter } from '../core/need/parameters';
import { NEED_PARAMETER_IDS } from '../core/needParameterIds';
import { ACTOR_TYPES, defaultTypeIds, actorTypeById } from '../core/taxonomy/actorTypes';
import { KERNBEREICHE, KERNBEREICH_LABELS } from '../core/taxonomy/kernbereich';
import { freeSheetName, SheetToWrite } from '../workbook/port';
import { formatEuro, formatNumber, formatPercent } from './format';
import { FORMATS, STATUS_LABELS } from './labels';
import { rangeOf, SheetBuilder } from './sheetBuilder';

/** Empty rows the template tables start with; Excel extends tables (and their dropdowns) as rows are added. */
const NETWORK_ROWS = 30;
const BUDGET_ROWS = 20;
const SOZIALRAUM_ROWS = 10;
const ACTIVITY_ROWS = 30;
/**
 * Rows of the Einstellungen sheet FH.NEEDMODEL reads: the whole settings table and room below it.
 * Bounded, not whole columns: Excel hands a custom function every cell of the range it names.
 */
const SETTINGS_ROWS = 40;
/** Dates as the planner's language writes them (Excel's invariant format codes). */
const DATE_FORMATS = { de: 'dd.mm.yyyy', en: 'yyyy-mm-dd' } as const;
/** Full-time equivalents such as 0,5 or 1,25. */
const FTE_FORMAT = '0.0#';
/** Row (0-based) of every template table's header, below a title and a hint. */
const HEADER = 3;
/** The pick lists' sheet stays the add-in's own (recorded as owned), so the audit never reads it as planner data. */
export const LISTS_SHEET = 'FH-Daten';

const WORDS = {
  de: {
    sheets: { network: 'Netzwerk', criteria: 'Kriterien', activities: 'Netzwerkarbeit', budget: 'Budget', settings: 'Einstellungen' },
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
    activitiesTitle: 'Netzwerkarbeit: Termine und Tätigkeiten',
    activitiesHint: 'Eine Zeile je Termin oder Tätigkeit mit Datum, die Art aus der Liste. Die Prüfung nimmt die Einträge als Nachweis für die passenden Qualitätskriterien.',
    activities: ['Datum', 'Art', 'Beschreibung', 'Umfang (VZÄ)'],
    budgetTitle: 'Budget Frühe Hilfen',
    budgetHint: 'Eine Zeile je Maßnahme und Finanzierung; die Geburten eines Jahres einmal je Sozialraum. Rechts schätzen die FH-Funktionen den Bedarf vor Ort je Sozialraum (Bedarfsmodell, mittlere Schätzung, Werte aus den Einstellungen).',
    budget: ['Sozialraum', 'Maßnahme', 'Finanzierung', 'Betrag (€)', 'Geburten'],
    sources: ['Bundesstiftung', 'kommunal', 'Land', 'sonstige'],
    need: ['Sozialraum', 'Geburten', 'Budget (€)', 'Bedarf vor Ort (Modell, Mitte)', 'Lücke (€)', 'Bedarfsdeckung', 'Pflicht-Akteurstypen vor Ort'],
    estimate: 'mittel',
    localScope: 'vor Ort',
    settingsTitle: 'Einstellungen Frühe Hilfen-Check',
    settingsHint: 'Leere Wertzellen: Das Bedarfsmodell rechnet mit dem Standardwert, den die Erläuterung mit seiner Quelle nennt; eigene Werte in Spalte Wert eintragen. Akteurstypen durch Semikolon getrennt, Namen wie in der Auswahlliste. Die Prüfung und die FH-Funktionen lesen dieses Blatt.',
    settings: ['Parameter', 'Wert', 'Erläuterung'],
    kommune: 'Kommune',
    kommuneNote: 'für die Kopfzeile des Prüfberichts, z. B. „Landkreis Musterland“',
    networkName: 'Netzwerk',
    networkNameNote: 'Name des Netzwerks, z. B. „Netzwerk Frühe Hilfen Musterland“',
    reportYear: 'Berichtsjahr',
    reportYearNote: 'welches Jahr geprüft wird (Netzwerkblatt und Budgetspalte je Jahr); leer lassen: das neueste',
    evidenceMonths: 'Nachweise gelten (Monate)',
    evidenceMonthsNote: 'wie alt ein Eintrag im Blatt Netzwerkarbeit sein darf, um ein Kriterium zu belegen; Standard 24 (Annahme)',
    births: 'Geburten pro Jahr',
    birthsNote: 'Lebendgeburten im Bezirk (Statistikstelle), die Grundlage des Bedarfsmodells; leer lassen: Summe der Geburten aus dem Budgetblatt',
    clinicBirths: 'Geburten in den Geburtskliniken',
    clinicBirthsNote: 'Geburten eines Jahres in den Geburtskliniken des Bezirks, die Grundlage des Lotsendienstes; leer lassen: wie Geburten pro Jahr, wenn eine Geburtsklinik im Netzwerk steht, sonst ohne Lotsendienst',
    welcomeVisits: 'Willkommensbesuche angeboten?',
    welcomeVisitsNote: 'Besucht der Bezirk Familien nach der Geburt (ja/nein aus der Liste)? Leer lassen: nein, das Modell rechnet keine Willkommensbesuche',
    needModel: 'Bedarfsmodell',
    needModelNote: 'leer lassen: Modell nach Maßnahmen aus den Geburten; „einfach“: altes Modell (Kinder 0–3 × Anteil belasteter Familien × Kosten je Familie)',
    needModels: ['nach Maßnahmen', 'einfach'],
    defaultNote: (value: string, source: string, assumption: boolean) => `Standard ${value}; ${assumption ? '' : 'Quelle: '}${source}`,
    rangeValue: (mid: string, low: string, high: string) => `${mid} (niedrig ${low}, hoch ${high})`,
    required: 'Pflicht-Akteurstypen',
    recommended: 'Empfohlene Akteurstypen',
    typeList: 'Akteurstyp',
    kernbereich: 'Kernbereich',
    activityList: 'Art der Netzwerkarbeit',
    listsTitle: 'Auswahllisten von Frühe Hilfen-Check',
    listsHint: 'Von der Vorlage angelegt: Quelle der Auswahllisten „Akteurstyp“ im Netzwerkblatt und „Art“ im Blatt Netzwerkarbeit. Die Prüfung liest dieses Blatt nicht.',
  },
  en: {
    sheets: { network: 'Network', criteria: 'Criteria', activities: 'Network activities', budget: 'Budget', settings: 'Settings' },
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
    activitiesTitle: 'Network activities: meetings and work done',
    activitiesHint: 'One row per meeting or piece of work with its date; pick the kind from the list. The check takes the entries as evidence for the quality criteria they fit.',
    activities: ['Date', 'Kind', 'Description', 'Extent (FTE)'],
    budgetTitle: 'Frühe Hilfen budget',
    budgetHint: 'One row per measure and funding source; a year’s births once per Sozialraum. On the right the FH functions estimate the local need per Sozialraum (need model, middle estimate, values from the settings).',
    budget: ['Sozialraum', 'Measure', 'Funding source', 'Amount (€)', 'Births'],
    sources: ['Bundesstiftung', 'municipal', 'state', 'other'],
    need: ['Sozialraum', 'Births', 'Budget (€)', 'Local need (model, middle)', 'Shortfall (€)', 'Need covered', 'Required types on site'],
    estimate: 'middle',
    localScope: 'local',
    settingsTitle: 'Frühe Hilfen Check settings',
    settingsHint: 'Empty value cells: the need model uses the default the note gives with its source; enter your own values under Value. Actor types separated by semicolons, names as in the pick list. The check and the FH functions read this sheet.',
    settings: ['Parameter', 'Value', 'Note'],
    kommune: 'District',
    kommuneNote: 'for the report’s header, e.g. "Landkreis Musterland"',
    networkName: 'Network',
    networkNameNote: 'the network’s name, e.g. "Netzwerk Frühe Hilfen Musterland"',
    reportYear: 'Reporting year',
    reportYearNote: 'which year is audited (network sheet and budget column per year); leave empty: the newest',
    evidenceMonths: 'Evidence valid (months)',
    evidenceMonthsNote: 'how old an entry in the network activities sheet may be to back a criterion; default 24 (assumption)',
    births: 'Births per year',
    birthsNote: 'live births in the district (statistics office), the base of the need model; leave empty: the sum of births on the budget sheet',
    clinicBirths: 'Births in the birth clinics',
    clinicBirthsNote: 'a year’s births in the district’s birth clinics, the base of the pilot service (Lotsendienst); leave empty: as births per year when a birth clinic is in the network, else no pilot service',
    welcomeVisits: 'Welcome visits?',
    welcomeVisitsNote: 'Does the district visit families after a birth (yes/no from the list)? Leave empty: no, the model counts no welcome visits',
    needModel: 'Need model',
    needModelNote: 'leave empty: the model of measures from births; “simple”: the old model (children 0–3 × share of burdened families × cost per family)',
    needModels: ['measures', 'simple'],
    defaultNote: (value: string, source: string, assumption: boolean) => `default ${value}; ${assumption ? '' : 'source: '}${source}`,
    rangeValue: (mid: string, low: string, high: string) => `${mid} (low ${low}, high ${high})`,
    required: 'Required actor types',
    recommended: 'Recommended actor types',
    typeList: 'Actor type',
    kernbereich: 'Core area',
    activityList: 'Kind of network activity',
    listsTitle: 'Frühe Hilfen Check pick lists',
    listsHint: 'Made by the template: source of the dropdowns “Actor type” on the network sheet and “Kind” on the network activities sheet. The check does not read this sheet.',
  },
} as const;

/**
 * Template sheets for a new user: Netzwerk (an Excel table with dropdowns for actor type,
 * Kernbereich and yes/no), Kriterien (all 31 criteria with a status dropdown), Netzwerkarbeit
 * (dated entries of network work, the evidence for criteria), Budget (lines plus the model's local
 * need per Sozialraum), Einstellungen (births, the need model's parameters left empty at their
 * defaults, required-type lists) and FH-Daten (pick lists), with FH.* formulas so the workbook
 * computes on its own. Names are chosen free against `existing` (sheets and table names), so
 * nothing the planner has is overwritten.
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
    activities: pick(w.sheets.activities),
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
  const activityTable = table('FH_Netzwerkarbeit');
  const budgetTable = table('FH_Budget');

  const settings = settingsSheet(lang, names.settings);
  const lists = listsSheet(lang, names.lists);
  const ref = (cells: string) => `${sheetRef(names.settings)}!${absolute(cells)}`;
  const listRef = (cells: string) => `=${sheetRef(names.lists)}!${absolute(cells)}`;
  const network = networkSheet(lang, names.network, networkTable, listRef(lists.typeList), ref(settings.required), ref(settings.recommended));
  const criteria = criteriaSheet(lang, names.criteria);
  const activities = activitiesSheet(lang, names.activities, activityTable, listRef(lists.activityList));
  const budget = budgetSheet(lang, names.budget, budgetTable, networkTable, ref(settings.table), ref(settings.required));
  return [network, criteria, activities, budget, settings.sheet, lists.sheet];
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

/** Dated network work (conferences, working groups, training …): what the audit takes as evidence for the criteria it fits. */
function activitiesSheet(lang: Lang, name: string, tableName: string, kindSource: string): SheetToWrite {
  const w = WORDS[lang];
  const b = new SheetBuilder();
  b.heading(w.activitiesTitle);
  b.add(w.activitiesHint);
  b.blank();
  b.header(...w.activities);
  for (let i = 0; i < ACTIVITY_ROWS; i++) b.add();
  const first = HEADER + 1;
  b.format(first, 0, DATE_FORMATS[lang], ACTIVITY_ROWS);
  b.validate(first, 1, ACTIVITY_ROWS, kindSource);
  b.format(first, 3, FTE_FORMAT, ACTIVITY_ROWS);
  return b.build(name, {
    handOver: true,
    table: { name: tableName, range: rangeOf(HEADER, 0, ACTIVITY_ROWS + 1, w.activities.length) },
    columnWidths: [12, 44, 60, 14],
    freezeRows: HEADER + 1,
  });
}

function budgetSheet(lang: Lang, name: string, tableName: string, networkTable: string, settings: string, required: string): SheetToWrite {
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
  b.format(first, 4, FORMATS.integer, BUDGET_ROWS);
  const col = (i: number) => `${tableName}[${w.budget[i]}]`;
  for (let i = 0; i < SOZIALRAUM_ROWS; i++) {
    const r = first + i;
    const n = r + 1;
    const empty = (formula: string) => `=IF($H${n}="","",${formula})`;
    b.formula(r, 8, empty(`MAXIFS(${col(4)},${col(0)},$H${n})`));
    b.formula(r, 9, empty(`SUMIFS(${col(3)},${col(0)},$H${n})`));
    // The need that lies in the Sozialraum (LaB, welcome visits); the district-wide measures stay with the district.
    b.formula(r, 10, empty(`FH.NEEDMODEL(I${n},"${w.estimate}",${settings},"${w.localScope}")`));
    b.formula(r, 11, empty(`FH.GAP(J${n},K${n})`));
    b.formula(r, 12, empty(`FH.NEEDCOVERED(J${n},K${n})`));
    b.formula(r, 13, empty(`FH.COVERAGE(${networkTable}[#All],$H${n},${required})`));
  }
  b.format(first, 8, FORMATS.integer, SOZIALRAUM_ROWS);
  b.format(first, 9, FORMATS.euro, SOZIALRAUM_ROWS, 3);
  b.format(first, 12, FORMATS.percent, SOZIALRAUM_ROWS, 2);
  return b.build(name, {
    handOver: true,
    headingRows: [0, HEADER],
    table: { name: tableName, range: rangeOf(HEADER, 0, BUDGET_ROWS + 1, w.budget.length) },
    columnWidths: [18, 30, 16, 14, 12, 4, 4, 18, 12, 14, 18, 14, 14, 18],
    freezeRows: HEADER + 1,
  });
}

interface SettingsSheet {
  readonly sheet: SheetToWrite;
  /** A1 ranges the other sheets refer to: the settings table FH.NEEDMODEL reads, the type lists' cells. */
  readonly table: string;
  readonly required: string;
  readonly recommended: string;
}

/**
 * The pick lists behind the dropdowns (actor types, kinds of network work), on a sheet of the
 * add-in's own ("FH-Daten"): the engine skips it, so 46 type names are never mistaken for a
 * partner list. A sheet, not a typed list: Excel caps a typed dropdown list at 255 characters.
 */
function listsSheet(lang: Lang, name: string): { sheet: SheetToWrite; typeList: string; activityList: string } {
  const w = WORDS[lang];
  const b = new SheetBuilder();
  b.heading(w.listsTitle);
  b.add(w.listsHint);
  b.blank();
  b.header(w.typeList, w.kernbereich);
  b.set(HEADER, 3, w.activityList);
  for (const t of ACTOR_TYPES) b.add(t.label, KERNBEREICH_LABELS[t.kernbereich][lang]);
  ACTIVITIES.forEach((a, i) => b.set(HEADER + 1 + i, 3, a.label[lang]));
  return {
    sheet: b.build(name, { columnWidths: [40, 36, 4, 44] }),
    typeList: rangeOf(HEADER + 1, 0, ACTOR_TYPES.length, 1),
    activityList: rangeOf(HEADER + 1, 3, ACTIVITIES.length, 1),
  };
}

/** A parameter's default as the note gives it: "10,3 % (niedrig 5 %, hoch 15 %)", "75.000 €", "30". */
function defaultText(p: NeedParameter, lang: Lang): string {
  const one = (v: number) => (p.unit === 'share' ? formatPercent(v, lang, Number.isInteger(Math.round(v * 1000) / 10) ? 0 : 1) : p.unit === 'euro' ? formatEuro(v, lang) : formatNumber(v, lang, 2));
  const { low, mid, high } = p.value;
  return low === mid && mid === high ? one(mid) : WORDS[lang].rangeValue(one(mid), one(low), one(high));
}

/** How a typed value shows; a count of families keeps Excel's General format (no trailing separator, no hidden decimals). */
const VALUE_FORMATS: Readonly<Record<NeedParameter['unit'], string | null>> = { share: FORMATS.percentOne, euro: FORMATS.euro, families: null, fte: FTE_FORMAT };

/**
 * Key | value | note rows the settings reader knows. The need model's values stay empty: the
 * audit then reports each as our default with its source (the note says which), whereas a value
 * written here would count as the planner's own figure.
 */
function settingsSheet(lang: Lang, name: string): SettingsSheet {
  const w = WORDS[lang];
  const b = new SheetBuilder();
  b.heading(w.settingsTitle);
  b.add(w.settingsHint);
  b.blank();
  b.header(...w.settings);
  b.add(w.kommune, null, w.kommuneNote);
  b.add(w.networkName, null, w.networkNameNote);
  b.add(w.reportYear, null, w.reportYearNote);
  const births = b.add(w.births, null, w.birthsNote);
  b.add(w.clinicBirths, null, w.clinicBirthsNote);
  b.format(births, 1, FORMATS.integer, 2);
  const welcome = b.add(w.welcomeVisits, null, w.welcomeVisitsNote);
  b.validate(welcome, 1, 1, [...w.yesNo]);
  for (const id of NEED_PARAMETER_IDS) {
    const p = NEED_PARAMETERS[id];
    const r = b.add(p.label[lang], null, w.defaultNote(defaultText(p, lang), p.source[lang], p.assumption));
    const format = VALUE_FORMATS[p.unit];
    if (format) b.format(r, 1, format);
  }
  const model = b.add(w.needModel, null, w.needModelNote);
  b.validate(model, 1, 1, [...w.needModels]);
  b.add(w.evidenceMonths, null, w.evidenceMonthsNote);
  b.blank();
  const list = (requirement: 'required' | 'recommended') =>
    defaultTypeIds(requirement)
      .map((id) => actorTypeById(id)?.label ?? id)
      .join('; ');
  // The settings reader takes every cell right of a list's key as list items: nothing else on these rows.
  const required = b.add(w.required, list('required'));
  const recommended = b.add(w.recommended, list('recommended'));
  return {
    sheet: b.build(name, { handOver: true, columnWidths: [62, 16, 120] }),
    table: rangeOf(HEADER, 0, Math.max(SETTINGS_ROWS, b.next - HEADER), 3),
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
