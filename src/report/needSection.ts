import { BudgetSummary, FundingKey } from '../core/audit/result';
import { Lang } from '../core/lang';
import { MeasureEstimate, MeasureId, MeasureNeed } from '../core/need/estimate';
import { SimpleNeed } from '../core/need/needModel';
import { NEED_PARAMETERS, NeedRange } from '../core/need/parameters';
import { NEED_DEFAULTS } from '../core/need/defaults';
import { LAB_FTE_REFERENCES } from '../core/need/references';
import { formatEuro, formatList, formatModelEuro, formatModelRange, formatNumber, formatPercent, formatPercentRange } from './format';
import { ReportLabels } from './labels';
import { Block, Cell, Figure, Section, TableBlock } from './model';

/** The words of the budget and need sections, German and English. */
const WORDS = {
  de: {
    modelNeed: 'Bedarf nach dem Modell',
    modelCoverage: 'Davon durch das Budget gedeckt',
    perBirth: 'Budget je Geburt',
    estimateNote: 'Modellrechnung: Der Bedarf ist eine Schätzung nach den Annahmen im folgenden Abschnitt, keine Feststellung. Das Budget umfasst auch Leistungen, die das Modell nicht ansetzt (z. B. Familienzentren).',
    measure: { lab: 'Längerfristige aufsuchende Betreuung (LaB)', lotsen: 'Lotsendienst in den Geburtskliniken', coordination: 'Netzwerkkoordination', welcome: 'Willkommensbesuche' } as Record<MeasureId, string>,
    births: (n: string, basis: string) => `Grundlage sind ${n} Geburten im Jahr (${basis}).`,
    birthsBasis: { settings: 'aus der Arbeitsmappe', children: 'geschätzt: Kinder unter 3 ÷ 3', population: 'geschätzt: Einwohner × Anteil 0–3 ÷ 3', budget: 'geschätzt: Kinder unter 3 laut Budgetblatt ÷ 3' },
    /** Where the simple model's children 0–3 come from, when not from the settings. */
    childrenBasis: { population: 'geschätzt: Einwohner × Anteil 0–3', budget: 'Kinder unter 3 laut Budgetblatt' },
    lab: (births: string, share: string, families: string, perFte: string, fte: string, cost: string) =>
      `${births} Geburten × ${share} = ${families} Familien ÷ ${perFte} Familien je Vollzeitstelle = ${fte} × ${cost}`,
    lotsen: (births: string, basis: string, perThousand: string, fte: string, cost: string) => `${births} Geburten in den Geburtskliniken (${basis}) ÷ 1.000 × ${perThousand} = ${fte} × ${cost}`,
    clinicBasis: { settings: 'aus der Arbeitsmappe', births: 'Annahme: so viele wie Geburten im Bezirk, da eine Geburtsklinik in der Liste steht' },
    coordination: (fte: string, cost: string) => `${fte} × ${cost}`,
    welcome: (births: string, reach: string, visits: string, cost: string) => `${births} Geburten × ${reach} = ${visits} Besuche × ${cost}`,
    posts: (n: string, one: boolean) => `${n} ${one ? 'Vollzeitstelle' : 'Vollzeitstellen'}`,
    leftOut: { 'no-birth-clinic': 'nicht angesetzt: keine Geburtsklinik in der Liste (sonst „Geburten in den Geburtskliniken“ in den Einstellungen eintragen)', 'not-offered': 'nicht angesetzt: Willkommensbesuche sind nicht angegeben (Einstellungen: „Willkommensbesuche: ja“)' },
    sum: (range: string) => `Summe: ${range} im Jahr.`,
    measureColumn: 'Maßnahme',
    arithmetic: 'Rechnung',
    cost: 'Bedarf im Jahr',
    parameter: 'Parameter',
    value: 'Wert',
    origin: 'Herkunft',
    fromWorkbook: 'aus der Arbeitsmappe (Einstellungen)',
    assumption: 'Annahme',
    birthsRow: 'Geburten im Jahr',
    labFte: (model: string, refs: string, source: string) => `Längerfristige aufsuchende Betreuung nach dem Modell: ${model} Vollzeitstellen. Zum Vergleich die tatsächliche Ausstattung (${source}): ${refs} Vollzeitstellen.`,
    labFtePer1000: (v: string) => `Das sind ${v} Vollzeitstellen LaB je 1.000 Geburten.`,
    even: 'Der Bedarf vor Ort ist je Geburt gleich verteilt; das Budgetblatt hat keinen Belastungsindikator je Sozialraum (z. B. „SGB-II-Quote U3“), der ihn gewichten könnte.',
    weighted: 'Der Bedarf vor Ort ist nach dem Belastungsindikator des Budgetblatts gewichtet; Lotsendienst und Koordination zählen bezirksweit.',
    simple: (children: string, share: string, cost: string, need: string) => `Bedarf = ${children} Kinder von 0–3 Jahren × ${share} × ${cost} = ${need} (einfaches Modell, in den Einstellungen gewählt).`,
    children: 'Kinder 0–3',
    localNeed: 'Bedarf vor Ort (Modell, Mitte)',
    localGap: 'Lücke (Modell, Mitte)',
  },
  en: {
    modelNeed: 'Need by the model',
    modelCoverage: 'Share covered by the budget',
    perBirth: 'Budget per birth',
    estimateNote: 'Model estimate: need is an estimate under the assumptions in the next section, not a finding of fact. The budget also pays for services the model does not price (e.g. family centres).',
    measure: { lab: 'Longer-term home visiting (LaB)', lotsen: 'Pilot service in the birth clinics', coordination: 'Network coordination', welcome: 'Welcome visits' } as Record<MeasureId, string>,
    births: (n: string, basis: string) => `The base is ${n} births a year (${basis}).`,
    birthsBasis: { settings: 'from the workbook', children: 'estimated: children under 3 ÷ 3', population: 'estimated: population × share aged 0–3 ÷ 3', budget: 'estimated: children under 3 in the budget sheet ÷ 3' },
    childrenBasis: { population: 'estimated: population × share aged 0–3', budget: 'children under 3 in the budget sheet' },
    lab: (births: string, share: string, families: string, perFte: string, fte: string, cost: string) =>
      `${births} births × ${share} = ${families} families ÷ ${perFte} families per full-time post = ${fte} × ${cost}`,
    lotsen: (births: string, basis: string, perThousand: string, fte: string, cost: string) => `${births} births in the birth clinics (${basis}) ÷ 1,000 × ${perThousand} = ${fte} × ${cost}`,
    clinicBasis: { settings: 'from the workbook', births: 'assumption: as many as births in the district, since a birth clinic is listed' },
    coordination: (fte: string, cost: string) => `${fte} × ${cost}`,
    welcome: (births: string, reach: string, visits: string, cost: string) => `${births} births × ${reach} = ${visits} visits × ${cost}`,
    posts: (n: string, one: boolean) => `${n} full-time ${one ? 'post' : 'posts'}`,
    leftOut: { 'no-birth-clinic': 'not counted: no birth clinic in the list (else enter "Geburten in den Geburtskliniken" in the settings)', 'not-offered': 'not counted: welcome visits are not stated (settings: "Willkommensbesuche: ja")' },
    sum: (range: string) => `Total: ${range} a year.`,
    measureColumn: 'Measure',
    arithmetic: 'Arithmetic',
    cost: 'Need a year',
    parameter: 'Parameter',
    value: 'Value',
    origin: 'Origin',
    fromWorkbook: 'from the workbook (settings sheet)',
    assumption: 'Assumption',
    birthsRow: 'Births a year',
    labFte: (model: string, refs: string, source: string) => `Longer-term home visiting by the model: ${model} full-time posts. For comparison, actual staffing (${source}): ${refs} full-time posts.`,
    labFtePer1000: (v: string) => `That is ${v} full-time LaB posts per 1,000 births.`,
    even: 'Local need is spread evenly per birth; the budget sheet has no burden indicator per Sozialraum (e.g. "SGB-II-Quote U3") to weight it.',
    weighted: 'Local need is weighted by the budget sheet’s burden indicator; the pilot service and coordination count district-wide.',
    simple: (children: string, share: string, cost: string, need: string) => `Need = ${children} children aged 0–3 × ${share} × ${cost} = ${need} (simple model, chosen in the settings).`,
    children: 'Children 0–3',
    localNeed: 'Local need (model, middle)',
    localGap: 'Shortfall (model, middle)',
  },
} as const;

const euro = (value: number): Figure => ({ kind: 'euro', value });

/** "5 % | 10,3 % | 15 %" or one figure. */
function rangeText(r: NeedRange, f: (v: number) => string): string {
  return r.low === r.high ? f(r.mid) : `${f(r.low)} | ${f(r.mid)} | ${f(r.high)}`;
}

/** "3,3–9,8" for counts of posts or families; one figure when the ends agree. */
function spanText(r: NeedRange, lang: Lang, digits: number): string {
  const low = formatNumber(r.low, lang, digits);
  const high = formatNumber(r.high, lang, digits);
  return low === high ? low : `${low}–${high}`;
}

/** Budget, its sources and the model's need as a range, with the table per Sozialraum. */
export function budgetSection(b: BudgetSummary | null, t: ReportLabels, lang: Lang): Section {
  if (!b) return { id: 'budget', title: t.budget, blocks: [{ kind: 'paragraph', text: t.noBudget }] };
  const w = WORDS[lang];
  const sources = (Object.keys(b.bySource) as FundingKey[]).filter((k) => b.bySource[k] > 0).map((k) => ({ label: t.sources[k], value: euro(b.bySource[k]) as Cell }));
  const items: { label: string; value: Cell }[] = [{ label: t.total, value: euro(b.total) }, ...sources];
  if (b.needRange) {
    items.push({ label: w.modelNeed, value: formatModelRange(b.needRange, lang) });
    if (b.coverageRange) items.push({ label: w.modelCoverage, value: formatPercentRange(b.coverageRange, lang) });
  }
  if (b.budgetPerBirth !== null) items.push({ label: w.perBirth, value: euro(b.budgetPerBirth) });
  const blocks: Block[] = [{ kind: 'facts', items }];
  if (b.needRange === null) blocks.push({ kind: 'paragraph', text: t.noNeed });
  else blocks.push({ kind: 'paragraph', text: w.estimateNote });
  if (b.weighting !== null) blocks.push({ kind: 'paragraph', text: b.weighting === 'indicator' ? w.weighted : w.even });
  blocks.push({ kind: 'chart', title: t.chartTitle, table: budgetTable(b, t, lang), series: b.needRange === null ? [1] : [1, 2] });
  return { id: 'budget', title: t.budget, blocks };
}

/** Budget and local need per Sozialraum as a table (a chart's data where a layout can draw). */
export function budgetTable(budget: BudgetSummary, t: ReportLabels, lang: Lang): TableBlock {
  const lines = budget.bySozialraum.length > 0 ? budget.bySozialraum : [{ name: t.allSozialraeume, budget: budget.total, need: budget.need, gap: budget.gap }];
  const local = budget.bySozialraum.length > 0 && budget.estimate?.model === 'measures';
  return {
    kind: 'table',
    columns: [{ label: t.sozialraum }, { label: t.budgetColumn, numeric: true }, { label: local ? WORDS[lang].localNeed : t.needColumn, numeric: true }, { label: local ? WORDS[lang].localGap : t.gapColumn, numeric: true }],
    rows: lines.map((s) => ({ cells: [s.name, euro(s.budget), s.need === null ? null : euro(roundModel(s.need)), s.gap === null ? null : euro(roundModel(s.gap))], tone: s.gap !== null && roundModel(s.gap) > 0 ? 'warn' : undefined })),
  };
}

/** Model figures are shown to the thousand euros: the model cannot claim more. */
function roundModel(v: number): number {
  // `+ 0` turns a rounded -0 into 0.
  return Math.round(v / 1000) * 1000 + 0;
}

/** The arithmetic of the estimate, measure by measure, and every parameter with its source or the word assumption. */
export function needSection(b: BudgetSummary, t: ReportLabels, lang: Lang): Section | null {
  const estimate = b.estimate;
  if (!estimate) return null;
  const blocks = estimate.model === 'simple' ? simpleBlocks(estimate, lang) : measureBlocks(estimate, lang);
  return { id: 'needModel', title: t.needModel, blocks };
}

function measureBlocks(e: MeasureNeed, lang: Lang): Block[] {
  const w = WORDS[lang];
  const n = (v: number, digits = 0) => formatNumber(v, lang, digits);
  const money = (r: NeedRange) => formatModelRange(r, lang);
  const value = (id: keyof typeof NEED_PARAMETERS) => e.parameters.find((p) => p.id === id)?.value ?? NEED_PARAMETERS[id].value;
  const pct = (r: NeedRange) => rangeText(r, (v) => formatPercent(v, lang, v * 100 === Math.round(v * 100) ? 0 : 1));
  const births = n(e.births);
  const posts = (r: NeedRange, digits: number) => w.posts(spanText(r, lang, digits), r.low === r.high && r.mid === 1);
  const row = (m: MeasureEstimate): Cell[] => {
    if (m.leftOut) return [w.measure[m.id], w.leftOut[m.leftOut], null];
    const cost = money(m.cost);
    switch (m.id) {
      case 'lab':
        return [w.measure.lab, w.lab(births, pct(value('labShare')), spanText(m.quantity, lang, 0), n(value('labFamiliesPerFte').mid), posts(m.fte ?? m.quantity, 1), formatEuro(value('labCostPerFte').mid, lang)), cost];
      case 'lotsen':
        return [w.measure.lotsen, w.lotsen(n(e.clinicBirths ?? 0), w.clinicBasis[e.clinicBirthsBasis ?? 'settings'], n(value('lotsenFtePer1000Births').mid, 1), posts(m.quantity, 2), formatEuro(value('lotsenCostPerFte').mid, lang)), cost];
      case 'coordination':
        return [w.measure.coordination, w.coordination(posts(m.quantity, 1), formatEuro(value('coordinationCostPerFte').mid, lang)), cost];
      case 'welcome':
        return [w.measure.welcome, w.welcome(births, pct(value('welcomeReach')), spanText(m.quantity, lang, 0), formatEuro(value('welcomeCostPerVisit').mid, lang)), cost];
    }
  };
  const lab = e.measures.find((m) => m.id === 'lab');
  const blocks: Block[] = [
    { kind: 'paragraph', text: w.births(births, w.birthsBasis[e.birthsBasis]) },
    { kind: 'table', columns: [{ label: w.measureColumn }, { label: w.arithmetic }, { label: w.cost, numeric: true }], rows: e.measures.map((m) => ({ cells: row(m), tone: m.leftOut ? 'neutral' : undefined })) },
    { kind: 'paragraph', text: w.sum(money(e.total)) },
  ];
  if (lab?.fte) {
    const refs = formatList(LAB_FTE_REFERENCES.map((r) => `${r.label[lang]} ${n(r.value, 2)}`), lang);
    const per1000 = spanText({ low: (lab.fte.low / e.births) * 1000, mid: 0, high: (lab.fte.high / e.births) * 1000 }, lang, 1);
    blocks.push({ kind: 'paragraph', text: `${w.labFte(spanText(lab.fte, lang, 1), refs, LAB_FTE_REFERENCES[0].source[lang])} ${w.labFtePer1000(per1000)}` });
  }
  blocks.push(parameterTable(e, lang));
  return blocks;
}

function parameterTable(e: MeasureNeed, lang: Lang): TableBlock {
  const w = WORDS[lang];
  const unitText = (unit: string, v: number) => (unit === 'share' ? formatPercent(v, lang, v * 100 === Math.round(v * 100) ? 0 : 1) : unit === 'euro' ? formatEuro(v, lang) : formatNumber(v, lang, 1));
  const rows = e.parameters.map((p) => {
    const def = NEED_PARAMETERS[p.id];
    // An assumption's source itself begins with "Annahme:" / "assumption:" (core/need/parameters.ts).
    const origin = p.origin === 'settings' ? w.fromWorkbook : def.source[lang];
    return { cells: [def.label[lang], rangeText(p.value, (v) => unitText(def.unit, v)), origin] as Cell[] };
  });
  const birthsOrigin = e.birthsBasis === 'settings' ? w.fromWorkbook : `${w.assumption}: ${w.birthsBasis[e.birthsBasis]}`;
  return {
    kind: 'table',
    columns: [{ label: w.parameter }, { label: w.value, numeric: true }, { label: w.origin }],
    rows: [{ cells: [w.birthsRow, formatNumber(e.births, lang), birthsOrigin] }, ...rows],
  };
}

function simpleBlocks(e: SimpleNeed, lang: Lang): Block[] {
  const w = WORDS[lang];
  const origin = (o: 'settings' | 'default', key: 'burdenShare' | 'costPerFamily') => (o === 'settings' ? w.fromWorkbook : NEED_DEFAULTS[key].source[lang]);
  return [
    { kind: 'paragraph', text: w.simple(formatNumber(e.children0to3, lang), formatPercent(e.burdenShare, lang, 1), formatEuro(e.costPerFamily, lang), formatModelEuro(e.total.mid, lang)) },
    {
      kind: 'table',
      columns: [{ label: w.parameter }, { label: w.value, numeric: true }, { label: w.origin }],
      rows: [
        { cells: [w.children, formatNumber(Math.round(e.children0to3), lang), e.childrenBasis === 'children' ? w.fromWorkbook : w.childrenBasis[e.childrenBasis]] },
        { cells: [NEED_DEFAULTS.burdenShare.label[lang], formatPercent(e.burdenShare, lang, 1), origin(e.origins.burdenShare, 'burdenShare')] },
        { cells: [NEED_DEFAULTS.costPerFamily.label[lang], formatEuro(e.costPerFamily, lang), origin(e.origins.costPerFamily, 'costPerFamily')] },
      ],
    },
  ];
}
