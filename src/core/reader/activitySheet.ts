import { ACTIVITIES, ActivityKind } from '../criteria/activities';
import { SheetGrid } from '../grid';
import { fold } from '../text';
import { ACTIVITY_COLUMN_PATTERNS } from './columnSynonyms';
import { findHeaderRow } from './headerMatch';
import { ActivityEntry, ActivitySheet } from './model';
import { cellText, parseNumber } from './values';
import { dateOfCell } from './years';

type ActivityField = 'date' | 'kind' | 'text' | 'fte';

export interface ActivityLayout {
  readonly headerIndex: number;
  readonly columns: Partial<Record<ActivityField, number>>;
  readonly score: number;
}

/** The kind of network work a text names ("Netzwerkkonferenz Herbst", "AG Schwangerschaft"), or null. */
export function activityKindOf(text: string): ActivityKind | null {
  const t = fold(text);
  if (t === '') return null;
  return ACTIVITIES.find((a) => a.words.test(t))?.kind ?? null;
}

/**
 * The optional "Netzwerkarbeit" sheet: dated entries of network work (conferences, working groups,
 * training, newsletters, surveys, the written concept, the coordination post). Found by a header
 * with a date column and a kind or description column; the sheet name helps.
 */
export function detectActivityLayout(grid: SheetGrid): ActivityLayout | null {
  const header = findHeaderRow(grid.values, ACTIVITY_COLUMN_PATTERNS, (m) => m.columns.date !== undefined && (m.columns.kind !== undefined || m.columns.text !== undefined));
  if (!header) return null;
  const name = /netzwerkarbeit|aktivitaet|termine|veranstaltung|chronik|sitzungen|nachweis|activities|events/.test(fold(grid.name)) ? 10 : 0;
  // Entries that name a kind of network work: a calendar of birthdays is no Netzwerkarbeit.
  let known = 0;
  for (let r = header.row + 1; r < Math.min(grid.values.length, header.row + 200); r++) {
    const row = grid.values[r];
    const text = [header.columns.kind, header.columns.text].map((c) => (c === undefined ? '' : cellText(row[c] ?? null))).join(' ');
    if (activityKindOf(text) !== null) known++;
  }
  if (known === 0 && name === 0) return null;
  return { headerIndex: header.row, columns: header.columns, score: header.fields * 5 + Math.min(known, 20) + name };
}

export function readActivityRows(grid: SheetGrid, layout: ActivityLayout): ActivitySheet {
  const { values, originRow } = grid;
  const c = layout.columns;
  const entries: ActivityEntry[] = [];
  for (let r = layout.headerIndex + 1; r < values.length; r++) {
    const row = values[r];
    const kindText = c.kind === undefined ? '' : cellText(row[c.kind] ?? null);
    const text = c.text === undefined ? '' : cellText(row[c.text] ?? null);
    if (kindText === '' && text === '') continue;
    const dateMs = c.date === undefined ? null : dateOfCell(row[c.date] ?? null);
    entries.push({
      row: originRow + r,
      dateMs,
      kind: activityKindOf(kindText) ?? activityKindOf(text),
      text: [kindText, text].filter((t) => t !== '').join(': '),
      fte: c.fte === undefined ? null : parseNumber(row[c.fte] ?? null),
    });
  }
  return { sheet: grid.name, headerRow: originRow + layout.headerIndex, dateColumn: c.date === undefined ? null : grid.originColumn + c.date, entries };
}
