const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The one text fold for matching what planners type: lower case, umlauts and ß spelled out
 * (ä → ae), other accents dropped, dashes unified to "-", whitespace collapsed and trimmed.
 * Callers that need more (word keys for actor types, status words) build on this.
 */
export function fold(text: string): string {
  let s = text.toLowerCase();
  // Most cells are plain ASCII; the Unicode steps cost far more than the test for them.
  if (NON_ASCII.test(s)) {
    s = s.normalize('NFC').replace(/[äöüß]/g, (c) => UMLAUTS[c]);
    if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2010-\u2015\u2212]/g, '-');
  }
  return s.replace(/\s+/g, ' ').trim();
}
