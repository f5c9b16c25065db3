import { HistoryComparison, nothingChanged, SozialraumGap } from '../core/history/compare';
import { HistorySnapshot } from '../core/history/snapshot';
import { Lang } from '../core/lang';
import { NeedRange } from '../core/need/parameters';
import { ActorTypeId } from '../core/taxonomy/actorTypes';
import { formatDate, formatEuro, formatList, formatModelEuro, formatNumber, formatPercentRange } from './format';
import { STATUS_LABELS } from './labels';
import { Block, Cell, Section, TableBlock, TableRow, Tone, TrendChart } from './model';
import { actorTypeLabel, criterionTitle, kernbereichLabel } from './names';

const WORDS = {
  de: {
    title: (date: string) => `Entwicklung seit ${date}`,
    details: (date: string) => `Entwicklung seit ${date} im Einzelnen`,
    since: (date: string, year: number | null) => `Seit dem Prüfbericht vom ${date}${year === null ? '' : ` (Berichtsjahr ${year})`}`,
    nothing: 'hat sich an Partnern, Akteurstypen, Sozialräumen, Budget und Kriterien nichts geändert.',
    partnerCounts: (won: number, lost: number, renamed: number) =>
      `${won} Partner gewonnen, ${lost} nicht mehr in der Liste${renamed > 0 ? `, ${renamed} unter neuem Namen wiedererkannt` : ''}`,
    partnerTotal: (before: number, after: number) => `Partner: ${before} → ${after}`,
    covered: (types: string) => `neu vertreten: ${types}`,
    lostTypes: (types: string) => `nicht mehr vertreten: ${types}`,
    budget: (before: string, after: string, diff: string) => `Budget ${before} → ${after} (${diff})`,
    /** Said briefly in the box when nothing above was, so it never reads as empty while something changed. */
    brief: {
      gapsClosed: (n: number) => `${n} ${n === 1 ? 'Lücke' : 'Lücken'} vor Ort geschlossen`,
      gapsOpened: (n: number) => `${n} ${n === 1 ? 'Lücke' : 'Lücken'} vor Ort neu`,
      criteria: (n: number) => `${n} ${n === 1 ? 'Kriterium' : 'Kriterien'} mit neuem Stand`,
      recommendedCovered: (n: number) => `${n} empfohlene ${n === 1 ? 'Akteurstyp' : 'Akteurstypen'} neu vertreten`,
      recommendedLost: (n: number) => `${n} empfohlene ${n === 1 ? 'Akteurstyp' : 'Akteurstypen'} nicht mehr vertreten`,
      sozialraeumeAdded: (n: number) => `${n} ${n === 1 ? 'Sozialraum' : 'Sozialräume'} neu in der Liste`,
      sozialraeumeRemoved: (n: number) => `${n} ${n === 1 ? 'Sozialraum' : 'Sozialräume'} nicht mehr in der Liste`,
      requiredTotal: (before: number, after: number) => `Zahl der Pflicht-Akteurstypen ${before} → ${after}`,
      need: 'Bedarf nach Modell verändert',
      typeCounts: (n: number) => `${n} ${n === 1 ? 'Akteurstyp' : 'Akteurstypen'} mit veränderter Zahl von Partnern`,
      figures: 'Kennzahlen verändert, siehe Tabelle',
      details: 'Einzelheiten unten',
    },
    figure: 'Kennzahl',
    change: 'Veränderung',
    partners: 'Netzwerkpartner',
    required: 'Pflicht-Akteurstypen vertreten',
    of: (n: number, total: number) => `${n} von ${total}`,
    budgetRow: 'Budget',
    need: 'Bedarf nach Modell',
    covers: 'Bedarf gedeckt',
    criteriaMet: 'Kriterien erfüllt (Selbsteinschätzung)',
    partnerTable: 'Partner gewonnen und verloren',
    what: 'Veränderung',
    type: 'Akteurstyp',
    name: 'Partner',
    wonMark: 'gewonnen',
    lostMark: 'nicht mehr dabei',
    renamedMark: 'umbenannt',
    noType: 'ohne erkannte Art',
    before: 'vorher',
    after: 'jetzt',
    countsOnly: 'Der frühere Stand enthält keine Partnernamen; verglichen wird die Zahl der Partner je Akteurstyp.',
    requiredCovered: (t: string) => `Pflicht-Akteurstypen neu vertreten: ${t}.`,
    requiredLost: (t: string) => `Pflicht-Akteurstypen nicht mehr vertreten: ${t}.`,
    recommendedCovered: (t: string) => `Empfohlene Akteurstypen neu vertreten: ${t}.`,
    recommendedLost: (t: string) => `Empfohlene Akteurstypen nicht mehr vertreten: ${t}.`,
    gapsClosed: (t: string) => `Lücken vor Ort geschlossen: ${t}.`,
    gapsOpened: (t: string) => `Lücken vor Ort neu: ${t}.`,
    sozialraeumeAdded: (t: string) => `Sozialräume neu in der Liste: ${t}.`,
    sozialraeumeRemoved: (t: string) => `Sozialräume nicht mehr in der Liste: ${t}.`,
    criterion: (id: string, title: string, from: string, to: string) => `Kriterium ${id} ${title}: ${from} → ${to}.`,
    criteriaUnknown: 'Die Kriterien lassen sich nicht vergleichen: Ein Stand hat kein Kriterienblatt.',
    noStatus: 'ohne Status',
    trend: 'Verlauf über alle Prüfberichte',
    chartTitle: 'Pflicht-Akteurstypen, Budget und Bedarf im Verlauf',
    chartCaption: (n: number, from: string, to: string) =>
      `Oben der Anteil der vertretenen Pflicht-Akteurstypen (gestrichelte Linie), unten das Budget (durchgezogene Linie mit Punkten) gegenüber der Spanne des Bedarfs nach Modell (schraffiertes Band), für ${n} Prüfberichte vom ${from} bis zum ${to}. Ein fehlender Wert bleibt eine Lücke.`,
    needBand: 'Bedarf nach Modell (Spanne)',
    missing: 'nicht verfügbar',
    date: 'Datum',
    year: 'Berichtsjahr',
  },
  en: {
    title: (date: string) => `Changes since ${date}`,
    details: (date: string) => `Changes since ${date} in detail`,
    since: (date: string, year: number | null) => `Since the report of ${date}${year === null ? '' : ` (report year ${year})`}`,
    nothing: 'nothing has changed in partners, actor types, Sozialräume, budget and criteria.',
    partnerCounts: (won: number, lost: number, renamed: number) =>
      `${won} ${won === 1 ? 'partner' : 'partners'} won, ${lost} no longer listed${renamed > 0 ? `, ${renamed} recognised under a new name` : ''}`,
    partnerTotal: (before: number, after: number) => `partners: ${before} → ${after}`,
    covered: (types: string) => `newly present: ${types}`,
    lostTypes: (types: string) => `no longer present: ${types}`,
    budget: (before: string, after: string, diff: string) => `budget ${before} → ${after} (${diff})`,
    brief: {
      gapsClosed: (n: number) => `${n} ${n === 1 ? 'gap' : 'gaps'} on site closed`,
      gapsOpened: (n: number) => `${n} new ${n === 1 ? 'gap' : 'gaps'} on site`,
      criteria: (n: number) => `${n} ${n === 1 ? 'criterion' : 'criteria'} with a new status`,
      recommendedCovered: (n: number) => `${n} recommended actor ${n === 1 ? 'type' : 'types'} newly present`,
      recommendedLost: (n: number) => `${n} recommended actor ${n === 1 ? 'type' : 'types'} no longer present`,
      sozialraeumeAdded: (n: number) => `${n} ${n === 1 ? 'Sozialraum' : 'Sozialräume'} new in the list`,
      sozialraeumeRemoved: (n: number) => `${n} ${n === 1 ? 'Sozialraum' : 'Sozialräume'} no longer in the list`,
      requiredTotal: (before: number, after: number) => `number of required actor types ${before} → ${after}`,
      need: 'need (model) changed',
      typeCounts: (n: number) => `${n} actor ${n === 1 ? 'type' : 'types'} with a changed number of partners`,
      figures: 'figures changed, see the table',
      details: 'details below',
    },
    figure: 'Indicator',
    change: 'Change',
    partners: 'Network partners',
    required: 'Required actor types present',
    of: (n: number, total: number) => `${n} of ${total}`,
    budgetRow: 'Budget',
    need: 'Need (model)',
    covers: 'Need covered',
    criteriaMet: 'Criteria met (self-assessment)',
    partnerTable: 'Partners won and lost',
    what: 'Change',
    type: 'Actor type',
    name: 'Partner',
    wonMark: 'won',
    lostMark: 'no longer listed',
    renamedMark: 'renamed',
    noType: 'type not recognised',
    before: 'before',
    after: 'now',
    countsOnly: 'The earlier record holds no partner names; the number of partners per actor type is compared.',
    requiredCovered: (t: string) => `Required actor types newly present: ${t}.`,
    requiredLost: (t: string) => `Required actor types no longer present: ${t}.`,
    recommendedCovered: (t: string) => `Recommended actor types newly present: ${t}.`,
    recommendedLost: (t: string) => `Recommended actor types no longer present: ${t}.`,
    gapsClosed: (t: string) => `Gaps on site closed: ${t}.`,
    gapsOpened: (t: string) => `New gaps on site: ${t}.`,
    sozialraeumeAdded: (t: string) => `Sozialräume new in the list: ${t}.`,
    sozialraeumeRemoved: (t: string) => `Sozialräume no longer in the list: ${t}.`,
    criterion: (id: string, title: string, from: string, to: string) => `Criterion ${id} ${title}: ${from} → ${to}.`,
    criteriaUnknown: 'Criteria cannot be compared: one record has no criteria sheet.',
    noStatus: 'no status',
    trend: 'Over all reports',
    chartTitle: 'Required types, budget and need over time',
    chartCaption: (n: number, from: string, to: string) =>
      `Top: the share of required actor types present (dashed line); bottom: the budget (solid line with points) against the need model’s range (hatched band), for ${n} reports from ${from} to ${to}. A missing value is left as a gap.`,
    needBand: 'Need (model range)',
    missing: 'not available',
    date: 'Date',
    year: 'Report year',
  },
} as const;

type Words = (typeof WORDS)[Lang];

/** "2026-02-01" → "01.02.2026" / "01 Feb 2026". */
function historyDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return formatDate(Date.UTC(y, m - 1, d), lang);
}

const signedEuro = (n: number, lang: Lang) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatEuro(Math.abs(n), lang)}`;
const signed = (n: number, lang: Lang) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n), lang)}`;
const present = (s: HistorySnapshot) => s.requiredTotal - s.missingRequired.length;
const types = (ids: readonly ActorTypeId[], lang: Lang) => formatList(ids.map((id) => actorTypeLabel(id, lang)), lang);
const needText = (r: NeedRange | null, lang: Lang): Cell => (r === null ? null : `${formatModelEuro(r.low, lang)} – ${formatModelEuro(r.high, lang)}`);

/**
 * "Entwicklung seit <Datum>": what changed since the latest earlier audit. Page one gets a box of
 * sentences and a short table of key figures then and now; the details (partners won and lost by
 * type with their names, the other changes, the trend over all reports from three on) follow in the
 * body, where the report has room for them. Null details when there is nothing to list.
 */
export function historySections(c: HistoryComparison, lang: Lang): { box: Section; details: Section | null } {
  const w = WORDS[lang];
  const blocks: Block[] = [];
  const partners = partnerTable(c, w, lang);
  if (partners) blocks.push(partners);
  const changes = otherChanges(c, w, lang);
  if (changes.length > 0) blocks.push({ kind: 'list', items: changes });
  if (c.trend.length > 0) blocks.push(trendChart(c.trend, w, lang));
  return {
    box: { id: 'history', title: w.title(historyDate(c.before.date, lang)), blocks: [box(c, w, lang, blocks.length > 0), keyFigures(c, w, lang)] },
    details: blocks.length > 0 ? { id: 'historyDetails', title: w.details(historyDate(c.before.date, lang)), blocks } : null,
  };
}

function box(c: HistoryComparison, w: Words, lang: Lang, hasDetails: boolean): Block {
  const { before: b, after: a } = c;
  const opening = w.since(historyDate(b.date, lang), b.reportYear);
  if (nothingChanged(c)) return { kind: 'paragraph', text: `${opening} ${w.nothing}`, tone: 'neutral' };
  const parts: string[] = [];
  const partnersMoved = c.won.length + c.lost.length + c.renamed.length > 0;
  if (c.namesKnown && partnersMoved) parts.push(w.partnerCounts(c.won.length, c.lost.length, c.renamed.length));
  else if (!c.namesKnown || a.partners !== b.partners) parts.push(w.partnerTotal(b.partners, a.partners));
  if (c.required.covered.length > 0) parts.push(w.covered(types(c.required.covered, lang)));
  if (c.required.lost.length > 0) parts.push(w.lostTypes(types(c.required.lost, lang)));
  if (a.budget !== null && b.budget !== null && a.budget !== b.budget) parts.push(w.budget(formatEuro(b.budget, lang), formatEuro(a.budget, lang), signedEuro(a.budget - b.budget, lang)));
  const brief = parts.length === 0 ? briefChanges(c, w) : [];
  const tone: Tone = c.required.lost.length > 0 || c.gapsOpened.length > c.gapsClosed.length ? 'warn' : c.required.covered.length > 0 || c.gapsClosed.length > 0 ? 'good' : 'neutral';
  const text = brief.length > 0 ? `${opening}: ${brief.join('; ')}${hasDetails ? ` – ${w.brief.details}` : ''}.` : `${opening}: ${parts.join('; ')}.`;
  return { kind: 'paragraph', text, tone };
}

/** The changes the box names only by number, for when partners, required types and budget stayed as they were. */
function briefChanges(c: HistoryComparison, w: Words): string[] {
  const { before: b, after: a } = c;
  const out: string[] = [];
  const add = (n: number, line: (n: number) => string) => {
    if (n > 0) out.push(line(n));
  };
  add(c.gapsClosed.length, w.brief.gapsClosed);
  add(c.gapsOpened.length, w.brief.gapsOpened);
  add(c.criteria?.length ?? 0, w.brief.criteria);
  add(c.recommended.covered.length, w.brief.recommendedCovered);
  add(c.recommended.lost.length, w.brief.recommendedLost);
  add(c.sozialraeumeAdded.length, w.brief.sozialraeumeAdded);
  add(c.sozialraeumeRemoved.length, w.brief.sozialraeumeRemoved);
  if (a.requiredTotal !== b.requiredTotal) out.push(w.brief.requiredTotal(b.requiredTotal, a.requiredTotal));
  if (JSON.stringify(a.need) !== JSON.stringify(b.need)) out.push(w.brief.need);
  // Names known: a type count changes without a partner won or lost when a partner's type did.
  if (c.namesKnown) add(c.typeCounts.length, w.brief.typeCounts);
  // Left: a budget given on one side only, which the key figures below show.
  if (out.length === 0) out.push(w.brief.figures);
  return out;
}

/** The short table: a few key figures then and now. */
function keyFigures(c: HistoryComparison, w: Words, lang: Lang): Block {
  const { before: b, after: a } = c;
  const pct = (r: NeedRange | null): Cell => (r === null ? null : formatPercentRange(r, lang));
  const share = (v: number | null): Cell => (v === null ? null : { kind: 'percent', value: v });
  const rows: TableRow[] = [
    { cells: [w.partners, { kind: 'count', value: b.partners }, { kind: 'count', value: a.partners }, signed(a.partners - b.partners, lang)] },
    {
      cells: [w.required, w.of(present(b), b.requiredTotal), w.of(present(a), a.requiredTotal), signed(present(a) - present(b), lang)],
      tone: present(a) > present(b) ? 'good' : present(a) < present(b) ? 'warn' : undefined,
    },
    {
      cells: [w.budgetRow, b.budget === null ? null : { kind: 'euro', value: b.budget }, a.budget === null ? null : { kind: 'euro', value: a.budget }, a.budget === null || b.budget === null ? null : signedEuro(a.budget - b.budget, lang)],
    },
    { cells: [w.need, needText(b.need, lang), needText(a.need, lang), null] },
    { cells: [w.covers, pct(b.indicators.needCovered), pct(a.indicators.needCovered), null] },
    { cells: [w.criteriaMet, share(b.indicators.criteriaMet), share(a.indicators.criteriaMet), null] },
  ];
  return {
    kind: 'table',
    columns: [{ label: w.figure }, { label: historyDate(b.date, lang), numeric: true }, { label: historyDate(a.date, lang), numeric: true }, { label: w.change, numeric: true }],
    rows,
  };
}

function partnerTable(c: HistoryComparison, w: Words, lang: Lang): Block | null {
  const typeOf = (t: ActorTypeId | null) => (t === null ? w.noType : actorTypeLabel(t, lang));
  if (!c.namesKnown) {
    if (c.typeCounts.length === 0) return null;
    return {
      kind: 'table',
      caption: w.countsOnly,
      columns: [{ label: w.type }, { label: w.before, numeric: true }, { label: w.after, numeric: true }],
      rows: c.typeCounts.map((t) => ({ cells: [typeOf(t.type), { kind: 'count', value: t.before }, { kind: 'count', value: t.after }], tone: t.after > t.before ? 'good' : 'warn' })),
    };
  }
  const rows: TableRow[] = [
    ...c.won.map((p): TableRow => ({ cells: [w.wonMark, typeOf(p.type), p.name], tone: 'good' })),
    ...c.lost.map((p): TableRow => ({ cells: [w.lostMark, typeOf(p.type), p.name], tone: 'warn' })),
    ...c.renamed.map((r): TableRow => ({ cells: [w.renamedMark, typeOf(r.type), `${r.from} → ${r.to}`] })),
  ];
  if (rows.length === 0) return null;
  return { kind: 'table', caption: w.partnerTable, columns: [{ label: w.what }, { label: w.type }, { label: w.name }], rows };
}

function otherChanges(c: HistoryComparison, w: Words, lang: Lang): string[] {
  const gaps = (list: readonly SozialraumGap[]) => formatList(list.map((g) => `${g.sozialraum} (${kernbereichLabel(g.kernbereich, lang)})`), lang);
  const items: string[] = [];
  const add = (list: readonly unknown[], line: () => string) => {
    if (list.length > 0) items.push(line());
  };
  add(c.required.covered, () => w.requiredCovered(types(c.required.covered, lang)));
  add(c.required.lost, () => w.requiredLost(types(c.required.lost, lang)));
  add(c.recommended.covered, () => w.recommendedCovered(types(c.recommended.covered, lang)));
  add(c.recommended.lost, () => w.recommendedLost(types(c.recommended.lost, lang)));
  add(c.gapsClosed, () => w.gapsClosed(gaps(c.gapsClosed)));
  add(c.gapsOpened, () => w.gapsOpened(gaps(c.gapsOpened)));
  add(c.sozialraeumeAdded, () => w.sozialraeumeAdded(formatList(c.sozialraeumeAdded, lang)));
  add(c.sozialraeumeRemoved, () => w.sozialraeumeRemoved(formatList(c.sozialraeumeRemoved, lang)));
  const status = (s: keyof (typeof STATUS_LABELS)[Lang] | null) => (s === null ? w.noStatus : STATUS_LABELS[lang][s]);
  for (const ch of c.criteria ?? []) items.push(w.criterion(ch.id, criterionTitle(ch.id, lang), status(ch.before), status(ch.after)));
  if (c.criteria === null && (c.before.criteria !== null || c.after.criteria !== null)) items.push(w.criteriaUnknown);
  return items;
}

/**
 * Coverage of required types and budget against the need range over all reports, oldest first: a
 * small chart and its table, from the same snapshots, so picture and figures cannot disagree.
 */
function trendChart(trend: readonly HistorySnapshot[], w: Words, lang: Lang): TrendChart {
  const dates = trend.map((s) => historyDate(s.date, lang));
  return {
    kind: 'trend',
    title: w.chartTitle,
    caption: w.chartCaption(trend.length, dates[0], dates[dates.length - 1]),
    table: trendTable(trend, w, lang),
    points: trend.map((s, i) => ({ label: dates[i], share: s.indicators.requiredPresent, budget: s.budget, need: s.need === null ? null : { low: s.need.low, high: s.need.high } })),
    labels: { share: w.required, budget: w.budgetRow, need: w.needBand, missing: w.missing },
  };
}

/** One row per report: every figure the chart draws, "–" where a report has none. */
function trendTable(trend: readonly HistorySnapshot[], w: Words, lang: Lang): TableBlock {
  return {
    kind: 'table',
    caption: w.trend,
    columns: [{ label: w.date }, { label: w.year }, { label: w.required, numeric: true }, { label: w.budgetRow, numeric: true }, { label: w.need, numeric: true }, { label: w.covers, numeric: true }],
    rows: trend.map((s) => ({
      cells: [
        historyDate(s.date, lang),
        s.reportYear === null ? null : String(s.reportYear),
        { kind: 'percent', value: s.indicators.requiredPresent },
        s.budget === null ? null : { kind: 'euro', value: s.budget },
        needText(s.need, lang),
        s.indicators.needCovered === null ? null : formatPercentRange(s.indicators.needCovered, lang),
      ],
    })),
  };
}
