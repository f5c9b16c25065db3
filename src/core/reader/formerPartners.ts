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

/**
 * A remark that says the partner has left: it opens with a leaving word ("ausgeschieden 2025", "ruht seit
 * 2024"), maybe after a date ("2025 ausgetreten", "seit 03/2025 inaktiv", "zum 31.12.2024 gekündigt") or
 * after what ended ("Kooperation beendet", "Praxis geschlossen"). A leaving word later in a remark is left
 * alone: "Vorgängerin ausgeschieden, neue Ansprechpartnerin" is about a person, not the partner.
 */
export function noteSaysLeft(value: CellValue): boolean {
  if (typeof value !== 'string') return false;
  return NOTE_LEFT.test(fold(value).replace(NOTE_LEAD, ''));
}

/** FORMER_STATUS without the words a remark uses otherwise: "früher/ehemals Kita X" (a former name), "eingestellt" (hired). */
const NOTE_LEFT = /^(ausgeschieden|ausgetreten|inaktiv|nicht (mehr )?(aktiv|dabei)|ruht|ruhend|pausiert|beendet|gekuendigt|aufgeloest|geschlossen|abgemeldet|former|inactive|ended|left|closed)\b/;

const NOTE_LEAD = /^(?:(?:seit|ab|zum|per|am|since|from)\s+)?(?:[\d./-]+\s+)?(?:(?:die|der|das)\s+)?(?:kooperation|mitarbeit|mitgliedschaft|zusammenarbeit|teilnahme|praxis|einrichtung|angebot|stelle|projekt|partnerschaft|cooperation|membership|practice)?\s*/;

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
