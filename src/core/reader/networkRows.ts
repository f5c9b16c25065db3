import { CellValue, isCellError, SheetGrid } from '../grid';
import { finding, Finding } from '../findings/finding';
import { ActorType, ActorTypeId } from '../taxonomy/actorTypes';
import { Classification, classifyActor, classifyLabel, resolveKernbereich } from '../taxonomy/classifier';
import { Kernbereich } from '../taxonomy/kernbereich';
import { FormerReason, hasEnded, isArchiveHeading, noteSaysLeft, statusVerdict } from './formerPartners';
import { FormerPartner, NetworkActor, NetworkField, NetworkPart, ReaderFindingCode, TypeSource } from './model';
import { NetworkLayout } from './networkLayout';
import { splitSozialraeume } from './sozialraumCell';
import { dateText } from './years';
import { cellText, filledCells, parseYesNo } from './values';

/** What the reader knows beyond the sheet when it reads its rows. */
export interface RowContext {
  /** The audit's day, in ms since 1970: an end date before it means the partner has left. */
  readonly todayMs: number;
  /** The Kernbereich or Sozialraum the sheet's name gives rows that do not say (one sheet per Kernbereich or Sozialraum). */
  readonly kernbereichFromName: Kernbereich | null;
  readonly sozialraumFromName: string | null;
  /** Rows the planner hid still count (a setting); by default they do not. */
  readonly countHiddenRows: boolean;
  /** The classifier, with what the planner taught it. */
  readonly classify: (name: string, typeText: string | null) => Classification;
  /** Whether the planner taught this label's type (the row's type then comes from that teaching). */
  readonly isTaught?: (label: string) => boolean;
}

export const DEFAULT_ROW_CONTEXT: RowContext = {
  todayMs: Date.UTC(2100, 0, 1),
  kernbereichFromName: null,
  sozialraumFromName: null,
  countHiddenRows: false,
  classify: classifyActor,
};

/** Types a contact person's profession can tell ("Frau Dr. Meier, Kinderärztin"); an institution's name cannot hide behind a person. */
const PROFESSIONS: ReadonlySet<ActorTypeId> = new Set<ActorTypeId>(['kinderarzt', 'frauenarzt', 'hebamme', 'familienhebamme', 'psychotherapie', 'heilberufe', 'rechtsberatung']);

/**
 * The name's own type when it is a unit of the type the type column gives ("Jugendamt Elbufer (ASD)"
 * with type "Jugendamt" is the ASD, which also counts for the Jugendamt): the more specific answer,
 * so a list reads the same with its type column or without.
 */
export function moreSpecific(classification: Classification, name: string | null, typeText: string | null, classify: RowContext['classify']): Classification {
  const fromColumn = classification.actorType;
  if (fromColumn === null || name === null || typeText === null) return classification;
  const own = classify(name, null).actorType;
  return own !== null && own.id !== fromColumn.id && (own.alsoCounts ?? []).includes(fromColumn.id) ? { actorType: own, kernbereich: own.kernbereich } : classification;
}

/** The type a practice or doctor gets when its name says no more (see the taxonomy's broad spellings). */
export const GENERIC_PRACTICE: ActorTypeId = 'heilberufe';

/** The actor type a contact cell's profession gives a partner whose own name tells none; null when it gives none. */
export function typeFromContact(contact: string): ActorType | null {
  const type = classifyLabel(contact).actorType;
  return type !== null && PROFESSIONS.has(type.id) ? type : null;
}

const SUM_ROW = /^\s*(summe|gesamt|insgesamt|total|zwischensumme|anzahl)\b/i;
/** A note under or in a list, alone in its row: a legend, a date, a source, a footnote. */
const NOTE_ROW = /^\s*(\*|¹|²|³|legende|stand\b|quelle|anmerkung|hinweis|erl(ae|ä)uterung|abk(ue|ü)rzung|erstellt|bearbeitet|fu(ss|ß)note|zuletzt|letzte (ae|ä)nderung|note\b|source|key\b|last updated)/i;

export interface ReadRows {
  readonly part: NetworkPart;
  readonly actors: NetworkActor[];
  readonly former: FormerPartner[];
}

/**
 * Reads partner rows below the header. Blank rows are skipped; a row holding only a Kernbereich
 * name ("Gesundheitsbereich") is a section heading that gives the following rows their Kernbereich
 * when their type cannot be recognised; a heading such as "Archiv" or "ehemalige Partner" starts a
 * block of former partners. A partner whose status says it has left, whose end date has passed,
 * whose name is struck through or whose row the planner hid is listed apart as former, not counted.
 * Error cells are read as empty and reported.
 */
export function readNetworkRows(grid: SheetGrid, layout: NetworkLayout, findings: Finding<ReaderFindingCode>[], context: RowContext = DEFAULT_ROW_CONTEXT): ReadRows {
  const { values, originRow, originColumn } = grid;
  const cols = layout.columns;
  const actors: NetworkActor[] = [];
  const notes: { r: number; label: string }[] = [];
  const former: FormerPartner[] = [];
  let section: Kernbereich | null = null;
  let archive = false;
  const start = layout.headerIndex === null ? 0 : layout.headerIndex + 1;
  // Plain column numbers (-1 = absent): this loop runs once per partner on lists of 100,000 rows.
  const column = (field: NetworkField): number => cols[field] ?? -1;
  const [cName, cType, cKern, cRaum, cAgree, cSteer, cForum, cRole, cContact, cStatus, cUntil, cNote] = (
    ['name', 'type', 'kernbereich', 'sozialraum', 'agreement', 'steering', 'forum', 'role', 'contact', 'status', 'until', 'note'] as const
  ).map(column);
  const matrix = layout.sozialraumColumns ?? [];
  const places = new Map<string, string[]>();
  const pairs = new Map<string, Map<string | null, { readonly classification: Classification; readonly typeSource: TypeSource | null }>>();
  // Locals, read once: the row loop runs 100,000 times and should not look them up on objects.
  const sheet = grid.name;
  const { classify, isTaught, todayMs, kernbereichFromName, sozialraumFromName } = context;
  const fromName = sozialraumFromName === null ? [] : [sozialraumFromName];
  const hidden = context.countHiddenRows ? new Set<number>() : new Set(grid.layout?.hiddenRows ?? []);
  const struck = new Set((grid.layout?.struckCells ?? []).map(([r, c]) => `${r},${c}`));
  const mayHaveLeftBase = cStatus >= 0 || cUntil >= 0 || cNote >= 0 || struck.size > 0 || hidden.size > 0;
  const at = (r: number, c: number) => ({ sheet, row: originRow + r, column: originColumn + c });
  const text = (row: readonly CellValue[], r: number, c: number): string | null => {
    if (c < 0) return null;
    const v = row[c];
    if (v === undefined || v === null) return null;
    if (typeof v === 'object') {
      findings.push(finding('error-cell', 'warning', { error: v.error }, at(r, c)));
      return null;
    }
    const t = cellText(v);
    return t === '' ? null : t;
  };
  const mark = (row: readonly CellValue[], r: number, c: number): boolean | null => {
    if (c < 0) return null;
    const v = row[c];
    if (v === undefined || v === null) return null;
    if (isCellError(v)) {
      findings.push(finding('error-cell', 'warning', { error: v.error }, at(r, c)));
      return null;
    }
    const parsed = parseYesNo(v);
    if (parsed === null && cellText(v) !== '') findings.push(finding('unclear-mark', 'info', { value: cellText(v) }, at(r, c)));
    return parsed;
  };
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    if (row.length === 0) continue;
    const mayHaveLeft = archive || mayHaveLeftBase;
    const name = text(row, r, cName);
    const typeText = text(row, r, cType);
    if (name === null && typeText === null) continue;
    const label = name ?? (typeText as string);
    // Rows repeat a few hundred (name, type) pairs on long lists: each pair is decided once.
    // Nested maps, not a joined key: building a key string per row costs more than the lookup saves.
    let byType = pairs.get(label);
    if (byType === undefined) pairs.set(label, (byType = new Map()));
    let decided = byType.get(typeText);
    if (decided === undefined) {
      const c = moreSpecific(classify(label, name === null ? null : typeText), name, typeText, classify);
      const source: TypeSource | null = c.actorType === null ? null : typeText !== null && classifyLabel(typeText).actorType !== null ? 'type' : isTaught?.(label) ? 'taught' : 'name';
      decided = { classification: c, typeSource: source };
      byType.set(typeText, decided);
    }
    let classification = decided.classification;
    let typeSource = decided.typeSource;
    // A doctor's practice named only as such ("Gemeinschaftspraxis") is broadly a Heilberuf: a profession in the contact column says which.
    if (classification.actorType?.id === GENERIC_PRACTICE) {
      const contact = text(row, r, cContact);
      const byContact = contact === null ? null : typeFromContact(contact);
      if (byContact !== null && byContact.id !== GENERIC_PRACTICE) {
        classification = { actorType: byContact, kernbereich: byContact.kernbereich };
        typeSource = 'contact';
      }
    }
    // Sum rows, notes, section headings and archive headings never name an actor type: only unrecognised rows need the checks.
    if (classification.actorType === null) {
      // Sum rows ("Gesamt: 31 Partner") and notes alone in their row are no partners: left out, and said.
      if (SUM_ROW.test(label) || (filledCells(row) === 1 && NOTE_ROW.test(label))) {
        notes.push({ r, label });
        continue;
      }
      if (filledCells(row) === 1) {
        if (isArchiveHeading(label)) {
          archive = true;
          continue;
        }
        const heading = resolveKernbereich(label);
        if (heading !== null) {
          section = heading;
          continue;
        }
      }
      const contact = text(row, r, cContact);
      const byContact = contact === null ? null : typeFromContact(contact);
      if (byContact !== null) {
        classification = { actorType: byContact, kernbereich: byContact.kernbereich };
        typeSource = 'contact';
      }
    }
    const actorTypeId = classification.actorType === null ? null : classification.actorType.id;
    const sheetRow = originRow + r;
    // Most lists have no status, end date, struck or hidden rows: then no row needs the check.
    const left = mayHaveLeft ? formerReason(row, r, cName >= 0 ? cName : cType) : null;
    if (left !== null) {
      former.push({ sheet, row: sheetRow, name: label, actorTypeId, reason: left.reason, detail: left.detail });
      continue;
    }
    const stated = text(row, r, cKern);
    const statedKernbereich = stated === null ? null : resolveKernbereich(stated);
    actors.push({
      sheet,
      row: sheetRow,
      name: label,
      typeText,
      actorTypeId,
      typeSource,
      kernbereich: classification.kernbereich ?? statedKernbereich ?? section ?? kernbereichFromName,
      statedKernbereich,
      sozialraeume: sozialraeumeOf(row, r),
      agreement: mark(row, r, cAgree),
      steering: mark(row, r, cSteer),
      forum: mark(row, r, cForum),
      role: text(row, r, cRole),
    });
  }

  function formerReason(row: readonly CellValue[], r: number, labelColumn: number): { reason: FormerReason; detail: string | null } | null {
    if (archive) return { reason: 'archive', detail: null };
    if (cStatus >= 0) {
      const v = row[cStatus] ?? null;
      const verdict = statusVerdict(v, todayMs);
      if (verdict === 'former') return { reason: 'status', detail: cellText(v) };
      if (verdict === 'unclear') findings.push(finding('status-unclear', 'info', { value: cellText(v) }, at(r, cStatus)));
    }
    if (cUntil >= 0 && hasEnded(row[cUntil] ?? null, todayMs)) return { reason: 'ended', detail: dateText(row[cUntil] ?? null) };
    if (cNote >= 0 && noteSaysLeft(row[cNote] ?? null)) return { reason: 'note', detail: cellText(row[cNote] ?? null) };
    if (labelColumn >= 0 && struck.size > 0 && struck.has(`${originRow + r},${originColumn + labelColumn}`)) return { reason: 'struck', detail: null };
    if (hidden.size > 0 && hidden.has(originRow + r)) return { reason: 'hidden', detail: null };
    return null;
  }

  function sozialraeumeOf(row: readonly CellValue[], r: number): string[] {
    if (cRaum >= 0) {
      const raum = text(row, r, cRaum);
      if (raum !== null) {
        // A list repeats a few Sozialraum spellings: split each once (the parts are only read).
        let parts = places.get(raum);
        if (parts === undefined) places.set(raum, (parts = splitSozialraeume(raum)));
        return parts;
      }
    }
    if (matrix.length > 0) return matrix.filter((m) => parseYesNo(row[m.column] ?? null) === true).map((m) => m.name);
    return fromName;
  }

  // Notes are not partners; which rows were left out is said (first one's place).
  if (notes.length > 0) findings.push(finding('note-rows-skipped', 'info', { count: notes.length, examples: notes.slice(0, 3).map((n) => n.label) }, at(notes[0].r, cName >= 0 ? cName : Math.max(cType, 0))));
  const columns: Partial<Record<NetworkField, number>> = {};
  for (const [field, c] of Object.entries(cols) as [NetworkField, number][]) columns[field] = originColumn + c;
  return {
    part: {
      sheet: grid.name,
      headerRow: layout.headerIndex === null ? null : originRow + layout.headerIndex,
      groupRow: layout.groupIndex === undefined ? null : originRow + layout.groupIndex,
      columns,
      sozialraumColumns: matrix.map((m) => ({ column: originColumn + m.column, name: m.name })),
      kernbereichFromName: context.kernbereichFromName,
      sozialraumFromName: context.sozialraumFromName,
      actors: actors.length,
    },
    actors,
    former,
  };
}
