import { SheetGrid } from '../grid';
import { finding, Finding } from '../findings/finding';
import { FormerReason } from '../findings/codes';
import { normalizeLabel } from '../taxonomy/normalize';
import { fold } from '../text';
import { FormerPartner, NetworkActor, NetworkField, NetworkPart, NetworkSheet, ReaderFindingCode, ReaderOverrides } from './model';
import { detectNetworkLayout, NetworkLayout } from './networkLayout';
import { readNetworkRows, RowContext } from './networkRows';
import { ChosenPart, chooseNetworkSheets, SheetChoiceSettings } from './networkSheets';

/** Names a finding lists as examples; the sheet has them all. */
const EXAMPLES = 3;

/** The network list the planner picked in the pane: one sheet, with its header row and columns if given. */
function pickedPart(sheets: readonly SheetGrid[], overrides: ReaderOverrides, findings: Finding<ReaderFindingCode>[]): ChosenPart | 'missing' | null {
  if (overrides.networkSheet === undefined) return null;
  const wanted = fold(overrides.networkSheet);
  const grid = sheets.find((s) => fold(s.name) === wanted);
  if (!grid) {
    findings.push(finding('override-sheet-missing', 'warning', { sheet: overrides.networkSheet }, { sheet: overrides.networkSheet }));
    return 'missing';
  }
  const detected = detectNetworkLayout(grid);
  let layout: NetworkLayout | null = detected;
  if (overrides.columns !== undefined || overrides.headerRow !== undefined) {
    // The planner's mapping is in sheet coordinates; the layout works on indices into values.
    const columns: Partial<Record<NetworkField, number>> = {};
    for (const [field, c] of Object.entries(overrides.columns ?? {}) as [NetworkField, number][]) {
      const index = c - grid.originColumn;
      if (index >= 0) columns[field] = index;
    }
    const headerIndex = overrides.headerRow === undefined ? (detected?.headerIndex ?? null) : overrides.headerRow - grid.originRow;
    layout = {
      headerIndex: headerIndex !== null && headerIndex >= 0 ? headerIndex : null,
      columns: Object.keys(columns).length > 0 ? columns : (detected?.columns ?? {}),
      sozialraumColumns: detected?.sozialraumColumns,
      score: 1,
    };
  }
  return layout ? { grid, layout, kernbereichFromName: null, sozialraumFromName: null } : null;
}

/** Values of one flag over a partner's rows: yes on any row wins, then no, then unknown. */
function anyOf(a: boolean | null, b: boolean | null): boolean | null {
  return a === true || b === true ? true : a === false || b === false ? false : null;
}

/**
 * The same partner on several rows (once per Sozialraum, or on two sheets) is one partner: it
 * counts once for the network and once in each of its Sozialräume.
 */
function mergePartners(actors: readonly NetworkActor[]): { actors: NetworkActor[]; merged: string[]; firstRepeat: NetworkActor | null } {
  // Per partner: its first row, what later rows add, and its Sozialräume (raw and folded). Built in
  // place, and found by the raw name first: a long list repeats a few hundred names.
  type Entry = { first: NetworkActor; merged: Mutable<NetworkActor> | null; raw: Set<string> | null; places: Set<string> | null; repeated: boolean };
  const byKey = new Map<string, Entry>();
  const byName = new Map<string, Entry>();
  const merged: string[] = [];
  let firstRepeat: NetworkActor | null = null;
  for (const a of actors) {
    let seen = byName.get(a.name);
    if (seen === undefined) {
      const k = normalizeLabel(a.name) || a.name;
      seen = byKey.get(k);
      if (seen === undefined) {
        const entry: Entry = { first: a, merged: null, raw: null, places: null, repeated: false };
        byKey.set(k, entry);
        byName.set(a.name, entry);
        continue;
      }
      byName.set(a.name, seen);
    }
    if (!seen.repeated) {
      seen.repeated = true;
      merged.push(seen.first.name);
    }
    firstRepeat ??= a;
    const m = (seen.merged ??= { ...seen.first, sozialraeume: [...seen.first.sozialraeume] });
    m.actorTypeId ??= a.actorTypeId;
    m.typeSource ??= a.typeSource;
    m.kernbereich ??= a.kernbereich;
    m.role ??= a.role;
    m.agreement = anyOf(m.agreement, a.agreement);
    m.steering = anyOf(m.steering, a.steering);
    m.forum = anyOf(m.forum, a.forum);
    if (a.sozialraeume.length === 0) continue;
    const raw = (seen.raw ??= new Set(m.sozialraeume));
    const places = (seen.places ??= new Set(m.sozialraeume.map(fold)));
    for (const s of a.sozialraeume) {
      if (raw.has(s)) continue;
      raw.add(s);
      const f = fold(s);
      if (places.has(f)) continue;
      places.add(f);
      (m.sozialraeume as string[]).push(s);
    }
  }
  return { actors: [...byKey.values()].map((e) => e.merged ?? e.first), merged, firstRepeat };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** normalizeLabel once per distinct name: a long list repeats its names. */
function memoKey(): (name: string) => string {
  const memo = new Map<string, string>();
  return (name) => {
    let k = memo.get(name);
    if (k === undefined) {
      k = normalizeLabel(name) || name;
      memo.set(name, k);
    }
    return k;
  };
}

export interface NetworkRead {
  readonly network: NetworkSheet | null;
  /** Sheets that looked like partner lists but were not read (for a finding, once the other sheets are placed); `versionOf` the sheet read instead. */
  readonly leftOut: readonly { readonly sheet: string; readonly versionOf: string | null }[];
}

/**
 * Reads the network list: the sheet the planner picked, or the sheets chosen by content (several
 * read as one), each partner once; former partners apart. Every choice becomes a finding.
 */
export function readNetwork(
  sheets: readonly SheetGrid[],
  overrides: ReaderOverrides,
  settings: SheetChoiceSettings,
  base: Omit<RowContext, 'kernbereichFromName' | 'sozialraumFromName'>,
  findings: Finding<ReaderFindingCode>[],
): NetworkRead {
  const picked = pickedPart(sheets, overrides, findings);
  let parts: readonly ChosenPart[];
  let leftOut: NetworkRead['leftOut'] = [];
  if (picked !== null && picked !== 'missing') parts = [picked];
  else if (picked === null && overrides.networkSheet !== undefined) return { network: null, leftOut };
  else {
    const choice = chooseNetworkSheets(sheets, { ...settings, todayMs: base.todayMs }, findings);
    if (!choice) return { network: null, leftOut };
    parts = choice.parts;
    leftOut = choice.leftOut.filter((l) => l.reason !== 'year').map((l) => ({ sheet: l.sheet, versionOf: l.versionOf ?? null }));
  }

  const read: NetworkPart[] = [];
  let all: NetworkActor[] = [];
  let former: FormerPartner[] = [];
  for (const p of parts) {
    const rows = readNetworkRows(p.grid, p.layout, findings, { ...base, kernbereichFromName: p.kernbereichFromName, sozialraumFromName: p.sozialraumFromName });
    read.push(rows.part);
    // Concatenated, not push(...rows): spreading 100,000 partners into one call overflows the stack.
    all = all.length === 0 ? rows.actors : all.concat(rows.actors);
    former = former.length === 0 ? rows.former : former.concat(rows.former);
    if (rows.part.groupRow !== null) findings.push(finding('header-two-rows', 'info', { sheet: p.grid.name }, { sheet: p.grid.name, row: rows.part.groupRow, column: rows.part.columns.name ?? null }));
    if (rows.part.sozialraumColumns.length > 0) {
      const first = rows.part.sozialraumColumns[0];
      findings.push(finding('sozialraum-matrix', 'info', { sheet: p.grid.name, sozialraeume: rows.part.sozialraumColumns.map((m) => m.name) }, { sheet: p.grid.name, row: rows.part.headerRow, column: first.column }));
    }
    const filteredRows = p.grid.layout?.filteredRows ?? [];
    const counted = filteredRows.length === 0 ? null : new Set(rows.actors.map((a) => a.row));
    const filtered = filteredRows.filter((r) => counted?.has(r) === true);
    if (filtered.length > 0) findings.push(finding('filtered-rows-counted', 'info', { count: filtered.length }, { sheet: p.grid.name, row: filtered[0], column: rows.part.columns.name ?? null }));
  }
  if (read.length > 1) {
    findings.push(
      finding(
        'network-sheets-combined',
        'info',
        {
          sheets: read.map((p) => p.sheet),
          kernbereichFromName: read.filter((p) => p.kernbereichFromName !== null).map((p) => p.sheet),
          sozialraumFromName: read.filter((p) => p.sozialraumFromName !== null).map((p) => p.sheet),
        },
        { sheet: read[0].sheet },
      ),
    );
  }

  const { actors, merged, firstRepeat } = mergePartners(all);
  if (merged.length > 0 && firstRepeat) {
    // At the first repeated row, on its own sheet: a click shows the duplicate.
    const columns = read.find((p) => p.sheet === firstRepeat.sheet)?.columns ?? {};
    findings.push(finding('partners-merged', 'info', { count: merged.length, examples: merged.slice(0, EXAMPLES) }, { sheet: firstRepeat.sheet, row: firstRepeat.row, column: columns.name ?? columns.type ?? null }));
  }
  const fromContact = actors.filter((a) => a.typeSource === 'contact');
  if (fromContact.length > 0) {
    const first = fromContact[0];
    findings.push(finding('type-from-contact', 'info', { count: fromContact.length, examples: fromContact.slice(0, EXAMPLES).map((a) => a.name) }, { sheet: first.sheet, row: first.row, column: read.find((p) => p.sheet === first.sheet)?.columns.contact ?? null }));
  }
  const taught = actors.filter((a) => a.typeSource === 'taught');
  if (taught.length > 0) {
    const first = taught[0];
    const columns = read.find((p) => p.sheet === first.sheet)?.columns ?? {};
    findings.push(finding('types-taught', 'info', { count: taught.length, examples: taught.slice(0, EXAMPLES).map((a) => a.name) }, { sheet: first.sheet, row: first.row, column: columns.name ?? columns.type ?? null }));
  }
  // A partner listed as active on one row is present, whatever an older row says.
  const key = memoKey();
  const active = new Set(actors.map((a) => key(a.name)));
  const gone = former.filter((f) => !active.has(key(f.name)));
  if (gone.length > 0) {
    const reasons: Partial<Record<FormerReason, number>> = {};
    for (const f of gone) reasons[f.reason] = (reasons[f.reason] ?? 0) + 1;
    const part = read.find((p) => p.sheet === gone[0].sheet);
    findings.push(finding('former-partners', 'info', { count: gone.length, reasons, examples: gone.slice(0, EXAMPLES).map((f) => f.name) }, { sheet: gone[0].sheet, row: gone[0].row, column: part?.columns.name ?? null }));
  }

  const first = read[0];
  return {
    network: { sheet: first.sheet, headerRow: first.headerRow, columns: first.columns, parts: read, actors, former: gone },
    leftOut,
  };
}
