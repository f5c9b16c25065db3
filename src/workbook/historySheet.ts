import { a1 } from '../core/address';
import { CellValue, SheetGrid } from '../core/grid';
import { Indicators } from '../core/audit/indicators';
import { AuditResult } from '../core/audit/result';
import { compareWithHistory, HistoryComparison } from '../core/history/compare';
import { snapshotFromJson } from '../core/history/parse';
import { HistorySnapshot, historySnapshotOf, isoDay } from '../core/history/snapshot';
import { Lang } from '../core/lang';
import { KERNBEREICH_LABELS, KERNBEREICHE } from '../core/taxonomy/kernbereich';
import { FORMATS } from '../report/labels';
import { ownedSheets, SheetToWrite, WorkbookSnapshot } from './port';

/**
 * The add-in's sheet "FH-Verlauf": one row per Prüfbericht, oldest first, below a title, a note and a
 * header row. Figures stand in columns of their own (counts, € and shares with number formats);
 * lists of ids are written "kita, hebamme"; lists that hold the workbook's own text (Sozialräume,
 * criteria states, partner names by type) are JSON, the partner names last and, beyond one cell's
 * limit, continued in the cells to its right. The reader finds columns by their header in either
 * language and reads a row back to exactly the snapshot that was written; a row it cannot read (an
 * edit despite the protection) is kept as it stands when the sheet is rewritten.
 */
export const HISTORY_SHEET = 'FH-Verlauf';

/** Characters per cell of the partner-name JSON, safely below Excel's 32,767. */
const CHUNK = 30_000;
/** Rows above the entries: title, note, header. */
const HEADER_ROW = 2;

const WORDS = {
  de: {
    title: 'FH-Verlauf: ein Eintrag je Prüfbericht',
    note: 'Vom Add-in Frühe Hilfen-Check geschrieben und vor versehentlichen Änderungen geschützt (ohne Kennwort). Der nächste Prüfbericht vergleicht sich mit dem letzten Eintrag eines früheren Tages. Akteurstypen und Kernbereiche stehen als feste Kennungen; Listen mit Namen als JSON.',
  },
  en: {
    title: 'FH history: one entry per audit report',
    note: 'Written by the Frühe Hilfen Check add-in and protected against accidental edits (no password). The next report compares itself with the last entry of an earlier day. Actor types and Kernbereiche are stable ids; lists of names are JSON.',
  },
} as const;

/** A row as plain data for snapshotFromJson, which checks every field. */
type Raw = Record<string, unknown> & {
  kernbereiche: Record<string, unknown>;
  indicators: Record<string, unknown>;
  ranges: { need: Record<string, unknown>; needCovered: Record<string, unknown> };
};

interface Column {
  readonly de: string;
  readonly en: string;
  readonly width: number;
  readonly format?: string;
  readonly write: (s: HistorySnapshot) => CellValue;
  readonly read: (cell: CellValue, raw: Raw) => void;
}

const ids = (list: readonly string[]): CellValue => (list.length === 0 ? null : list.join(', '));
const idsOf = (cell: CellValue): unknown => (cell === null ? [] : typeof cell === 'string' ? cell.split(',').map((s) => s.trim()) : cell);
const json = (cell: CellValue): unknown => {
  if (typeof cell !== 'string') return cell;
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return undefined;
  }
};

/** The keys of an object whose values a cell holds as they are. */
type CellKey<T> = { [K in keyof T]-?: T[K] extends CellValue ? K : never }[keyof T];

const field = (de: string, en: string, key: CellKey<HistorySnapshot>, width = 12, format?: string): Column => ({
  de,
  en,
  width,
  format,
  write: (s) => s[key],
  read: (cell, raw) => void (raw[key] = cell),
});
const indicator = (de: string, en: string, key: CellKey<Indicators>, format: string): Column => ({
  de,
  en,
  width: 12,
  format,
  write: (s) => s.indicators[key],
  read: (cell, raw) => void (raw.indicators[key] = cell),
});
const rangePart = (de: string, en: string, part: 'low' | 'mid' | 'high', of: 'need' | 'needCovered', format: string): Column => ({
  de,
  en,
  width: 12,
  format,
  write: (s) => (of === 'need' ? s.need : s.indicators.needCovered)?.[part] ?? null,
  read: (cell, raw) => void (raw.ranges[of][part] = cell),
});

const COLUMNS: readonly Column[] = [
  field('Datum', 'Date', 'date', 11),
  field('Berichtsjahr', 'Report year', 'reportYear', 8),
  field('Partner', 'Partners', 'partners', 8),
  ...KERNBEREICHE.map((k): Column => ({
    de: `Partner ${KERNBEREICH_LABELS[k].shortDe}`,
    en: `Partners ${KERNBEREICH_LABELS[k].shortEn}`,
    width: 10,
    write: (s) => s.kernbereiche[k],
    read: (cell, raw) => void (raw.kernbereiche[k] = cell),
  })),
  field('Pflicht-Akteurstypen (Anzahl)', 'Required types (number)', 'requiredTotal', 10),
  indicator('Pflicht-Akteurstypen vertreten', 'Required types present', 'requiredPresent', FORMATS.percent),
  { de: 'Fehlende Pflicht-Akteurstypen', en: 'Missing required types', width: 28, write: (s) => ids(s.missingRequired), read: (c, raw) => void (raw.missingRequired = idsOf(c)) },
  { de: 'Fehlende empfohlene Akteurstypen', en: 'Missing recommended types', width: 28, write: (s) => ids(s.missingRecommended), read: (c, raw) => void (raw.missingRecommended = idsOf(c)) },
  field('Budget (€)', 'Budget (€)', 'budget', 12, FORMATS.euro),
  rangePart('Bedarf niedrig (€)', 'Need low (€)', 'low', 'need', FORMATS.euro),
  rangePart('Bedarf mittel (€)', 'Need middle (€)', 'mid', 'need', FORMATS.euro),
  rangePart('Bedarf hoch (€)', 'Need high (€)', 'high', 'need', FORMATS.euro),
  rangePart('Bedarf gedeckt niedrig', 'Need covered low', 'low', 'needCovered', FORMATS.percent),
  rangePart('Bedarf gedeckt mittel', 'Need covered middle', 'mid', 'needCovered', FORMATS.percent),
  rangePart('Bedarf gedeckt hoch', 'Need covered high', 'high', 'needCovered', FORMATS.percent),
  indicator('Budget je Geburt (€)', 'Budget per birth (€)', 'budgetPerBirth', FORMATS.euro),
  indicator('Partner je 1.000 Geburten', 'Partners per 1,000 births', 'partnersPer1000Births', FORMATS.number),
  indicator('Partner mit Kooperationsvereinbarung', 'Partners with an agreement', 'withAgreement', FORMATS.percent),
  indicator('LaB-Stellen je 1.000 Geburten', 'LaB posts per 1,000 births', 'labFtePer1000Births', FORMATS.number),
  indicator('Kriterien erfüllt', 'Criteria met', 'criteriaMet', FORMATS.percent),
  { de: 'Eigene Modellparameter', en: 'Own model parameters', width: 20, write: (s) => ids(s.indicators.ownParameters), read: (c, raw) => void (raw.indicators.ownParameters = idsOf(c)) },
  {
    de: 'Kriterien: Status (JSON)',
    en: 'Criteria: status (JSON)',
    width: 30,
    write: (s) => (s.criteria === null ? null : JSON.stringify(s.criteria)),
    read: (c, raw) => void (raw.criteria = json(c)),
  },
  {
    de: 'Sozialräume: fehlende Kernbereiche vor Ort (JSON)',
    en: 'Sozialräume: Kernbereiche missing on site (JSON)',
    width: 30,
    write: (s) => JSON.stringify(s.sozialraeume.map((z) => [z.name, z.missing])),
    read: (c, raw) => {
      const pairs = json(c);
      raw.sozialraeume = Array.isArray(pairs) ? pairs.map((p: unknown) => (Array.isArray(p) ? { name: p[0] as unknown, missing: p[1] as unknown } : p)) : pairs;
    },
  },
  { de: 'Partner je Akteurstyp (JSON)', en: 'Partners per actor type (JSON)', width: 30, write: (s) => JSON.stringify(s.byType), read: (c, raw) => void (raw.byType = json(c)) },
];

/** The partner names by type (unclassified under "-"), read from this column and the cells to its right. */
const NAMES: Pick<Column, 'de' | 'en' | 'width'> = { de: 'Partnernamen je Akteurstyp (JSON)', en: 'Partner names per actor type (JSON)', width: 40 };
const UNCLASSIFIED = '-';

function namesJson(s: HistorySnapshot): string | null {
  if (s.names === null) return null;
  const groups: Record<string, string[]> = {};
  for (const p of s.names) (groups[p.type ?? UNCLASSIFIED] ??= []).push(p.name);
  return JSON.stringify(groups);
}

function namesOf(text: string | null): unknown {
  if (text === null) return null;
  const groups = json(text);
  if (typeof groups !== 'object' || groups === null || Array.isArray(groups)) return undefined;
  return Object.entries(groups).flatMap(([type, names]) => (Array.isArray(names) ? names.map((name: unknown) => ({ name, type: type === UNCLASSIFIED ? null : type })) : [undefined]));
}

/** The cells of one entry: the columns, then the partner names in as many cells as they need. */
function rowOf(s: HistorySnapshot): CellValue[] {
  const names = namesJson(s);
  const chunks: CellValue[] = [];
  for (let i = 0; names !== null && i < names.length; i += CHUNK) chunks.push(names.slice(i, i + CHUNK));
  return [...COLUMNS.map((c) => c.write(s)), ...(chunks.length > 0 ? chunks : [null])];
}

/** What the history sheet holds: its entries, and rows it could not read (kept on the next write). */
export interface HistoryRead {
  /** The sheet's name, or null when the workbook has none of ours. */
  readonly sheet: string | null;
  readonly snapshots: readonly HistorySnapshot[];
  readonly kept: readonly (readonly CellValue[])[];
}

/** The entries of one sheet when it has our header (in either language); null when it has not. */
function readHistorySheet(grid: SheetGrid): Omit<HistoryRead, 'sheet'> | null {
  const trimmed = (v: CellValue | undefined) => (typeof v === 'string' ? v.trim() : null);
  for (let r = 0; r < Math.min(grid.values.length, 10); r++) {
    const row = grid.values[r];
    const start = row.findIndex((v) => trimmed(v) === COLUMNS[0].de || trimmed(v) === COLUMNS[0].en);
    if (start < 0) continue;
    const headers = row.slice(start).map(trimmed);
    const at = [...COLUMNS, NAMES].map((c) => headers.findIndex((h) => h === c.de || h === c.en));
    if (at.some((i) => i < 0)) return null;
    const snapshots: HistorySnapshot[] = [];
    const kept: CellValue[][] = [];
    for (const cells of grid.values.slice(r + 1)) {
      if (cells.every((v) => v === null)) continue;
      const cell = (i: number): CellValue => cells[start + i] ?? null;
      const raw: Raw = { kernbereiche: {}, indicators: {}, ranges: { need: {}, needCovered: {} } };
      COLUMNS.forEach((c, i) => c.read(cell(at[i]), raw));
      const tail = cells.slice(start + at[COLUMNS.length]);
      raw.names = namesOf(tail.every((v) => v === null) ? null : tail.map((v) => (typeof v === 'string' ? v : '')).join(''));
      raw.indicators.partners = raw.partners;
      const range = (r: Record<string, unknown>) => (Object.values(r).every((v) => v === null) ? null : r);
      raw.need = range(raw.ranges.need);
      raw.indicators.needCovered = range(raw.ranges.needCovered);
      const s = snapshotFromJson(raw);
      if (s) snapshots.push(s);
      else kept.push([...cells]);
    }
    return { snapshots, kept };
  }
  return null;
}

/** The workbook's history: the first sheet the add-in owns that reads as one (never a planner's sheet of that name). */
export function readHistory(workbook: WorkbookSnapshot): HistoryRead {
  const owned = new Set(ownedSheets(workbook.settings).map((n) => n.toLowerCase()));
  for (const grid of workbook.sheets) {
    if (!owned.has(grid.name.toLowerCase())) continue;
    const read = readHistorySheet(grid);
    if (read) return { sheet: grid.name, ...read };
  }
  return { sheet: null, snapshots: [], kept: [] };
}

/** The workbook's history, the audit's own snapshot (null without a network list) and what changed since then. */
export interface WorkbookHistory {
  readonly history: HistoryRead;
  readonly current: HistorySnapshot | null;
  readonly comparison: HistoryComparison | null;
}

/**
 * The audit of `today` against the workbook's FH-Verlauf: its snapshot compared with the latest entry
 * of an earlier day. One function for the task pane and fh-check, so both compare alike.
 */
export function historyOf(workbook: WorkbookSnapshot, result: AuditResult, today: Date): WorkbookHistory {
  const history = readHistory(workbook);
  const current = result.networkSheet === null ? null : historySnapshotOf(result, isoDay(today));
  return { history, current, comparison: current ? compareWithHistory(history.snapshots, current) : null };
}

/** The history sheet to write: all entries, oldest first, then any row it could not read, protected against edits. */
export function historySheet(history: HistoryRead, snapshots: readonly HistorySnapshot[], lang: Lang): SheetToWrite {
  const w = WORDS[lang];
  const header = [...COLUMNS, NAMES].map((c) => c[lang]);
  const entries = snapshots.map(rowOf);
  const last = HEADER_ROW + entries.length;
  const numberFormats = COLUMNS.flatMap((c, i) => (c.format && entries.length > 0 ? [{ range: `${a1(HEADER_ROW + 1, i)}:${a1(last, i)}`, format: c.format }] : []));
  return {
    name: history.sheet ?? HISTORY_SHEET,
    replaceOwned: true,
    protect: true,
    rows: [[w.title], [w.note], header, ...entries, ...history.kept],
    headingRows: [0, HEADER_ROW],
    columnWidths: [...COLUMNS, NAMES].map((c) => c.width),
    numberFormats,
    freezeRows: HEADER_ROW + 1,
  };
}
