/**
 * Words that name no partner type although a spelling would match inside them. Same pattern syntax as SPELLINGS.
 * - word: the whole word they occur in names no partner ("Polizeisportverein" is a club, "Tierarztpraxis"
 *   treats animals); the other words of the label still count ("Sportverein – Eltern-Kind-Turnen").
 * - label: the label names a body that supports or oversees partners without being one ("Förderverein der Kita
 *   Sonnenschein", "Jugendhilfeausschuss") or a business that sponsors or serves them ("Sparkasse – Spende
 *   Kita-Fest", "Hotel am Klinikum"): the whole label stays unclassified, whatever else it names, unless the
 *   word itself only names the carrier after a host link ("Betriebskita der Sparkasse").
 */
export const WORD_NON_TYPES: readonly string[] = ['Tier*', '*sportverein*', 'Schülerlots*', 'Weihnachtskrippe*', 'Krippenspiel*'];

export const LABEL_NON_TYPES: readonly string[] = [
  'Förderverein*', '*förderverein*', 'Förderkreis*', '*förderkreis*', '*ausschuss*', 'JHA', 'KJHA', 'Fraktion*', '*fraktion',
  'Bank', '*bank', 'Sparkasse*', '*sparkasse', 'Bäckerei*', '*bäckerei', 'Metzgerei*', 'Druckerei*', '*druckerei', 'Autohaus*',
  '*autohaus', 'Hotel*', 'Restaurant*', 'Buchhandlung*', 'Kiosk*', 'Parkhaus*', 'Friseur*',
];
