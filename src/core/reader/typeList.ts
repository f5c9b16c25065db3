/**
 * Splits a typed list of actor types ("Kinderärzt:innen; Hebammen, Jugendamt") into its entries.
 * Separators are ; | line breaks and commas, except the comma after a German elision hyphen, which
 * belongs to the label ("Ehe-, Familien- und Lebensberatung"). Bracketed notes such as
 * "(leer = Standardliste)" are dropped, as in the settings sheet.
 */
export function splitTypeList(text: string): string[] {
  const entries: string[] = [];
  for (const part of text.split(/[;|\n\r]+/)) {
    let pending = '';
    // No regex lookbehind: older Safari web views (Excel on Mac) reject it at parse time.
    for (const piece of part.split(',')) {
      pending = pending === '' ? piece : `${pending},${piece}`;
      if (!/-\s*$/.test(piece)) {
        entries.push(pending);
        pending = '';
      }
    }
    if (pending !== '') entries.push(pending);
  }
  return entries.map((s) => s.trim()).filter((s) => s !== '' && !/^\(.*\)$/.test(s));
}
