import { FormerReason } from '../findings/codes';
import { CellValue } from '../grid';
import { fold } from '../text';
import { dateOfCell } from './years';

export type { FormerReason };


/** Status words that mean the partnership has ended or rests; anything else in a status column counts as active. */
const FORMER_STATUS = /^(ausgeschieden|inaktiv|nicht (mehr )?aktiv|ruht|ruhend|pausiert|beendet|ehemalig|ehemals|frueher|gekuendigt|ausgetreten|aufgeloest|geschlossen|eingestellt|abgemeldet|former|inactive|ended|left|closed)\b/;
const ACTIVE_STATUS = /^(aktiv|active|ja|laufend|besteht|bestehend|neu|mitglied|x|✓|✔)\b/;

export type StatusVerdict = 'active' | 'former' | 'unclear';

/**
 * A status cell: "aktiv" counts, "ausgeschieden", "ruht", "beendet", "ehemalig" and "bis 2024" (an
 * end in the past) do not. Empty counts as active (most lists leave the status of active partners
 * blank); other text is unclear and counts, said by the reader.
 */
export function statusVerdict(value: CellValue, todayMs: number): StatusVerdict {
  if (value === null || typeof value === 'object' || typeof value === 'boolean') return 'active';
  const text = fold(String(value));
  if (text === '') return 'active';
  if (FORMER_STATUS.test(text)) return 'former';
  const until = /^(bis|until|ende|end)\s+(.+)$/.exec(text);
  if (until) {
    const ends = dateOfCell(until[2]);
    if (ends !== null) return ends < todayMs ? 'former' : 'active';
  }
  return ACTIVE_STATUS.test(text) ? 'active' : 'unclear';
}

/** An end date in the past ("Mitglied bis 31.12.2024", a date cell): the partner has left. */
export function hasEnded(value: CellValue, todayMs: number): boolean {
  const ends = dateOfCell(value);
  return ends !== null && ends < todayMs;
}

const ARCHIVE_HEADING = /^(archiv|archive|ehemalige( netzwerk)?(partner|akteure|mitglieder)?|ausgeschiedene( netzwerk)?(partner|akteure|mitglieder)?|fruehere( netzwerk)?(partner|akteure|mitglieder)?|nicht mehr aktiv|inaktive( netzwerk)?(partner|akteure|mitglieder)?|former partners?)\b/;

/** A heading over a block of partners who have left ("Archiv", "ehemalige Partner"). */
export function isArchiveHeading(text: string): boolean {
  return ARCHIVE_HEADING.test(fold(text));
}
