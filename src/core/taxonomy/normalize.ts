import { fold } from '../text';

/**
 * Normalisation of free-text labels as planners type them, so that "Kinderärzt:innen", "KINDERAERZTE" and
 * "Kinder-Ärzte" meet the same spelling. Pure string work; no knowledge of actor types lives here.
 */

const LOWER = 'a-zäöüß';
const LETTER = 'a-zA-ZäöüÄÖÜß';

// Gender forms are removed before lower-casing because the Binnen-I ("ÄrztInnen") is only visible in the case.
// After a marker (: * _ · ' / ( -) the ending is removed in any case ("KINDERÄRZT:INNEN").
const GENDER_FORMS: readonly [RegExp, string][] = [
  // Ärzt:innen, Ärzt*in, Ärzt_innen, Ärzt·innen, Ärzt'innen
  [new RegExp(`[:*_·'’]in(?:nen)?(?![${LETTER}])`, 'gi'), ''],
  // Ärzte/-innen, Berater/innen, Pfleger/-in
  [new RegExp(`/\\s?-?in(?:nen)?(?![${LETTER}])`, 'gi'), ''],
  // Berater(innen), Pfleger(-in)
  [/\(-?in(?:nen)?\)/gi, ''],
  // Pfleger-in, Berater-innen
  [new RegExp(`([${LETTER}])-in(?:nen)?(?![${LETTER}])`, 'gi'), '$1'],
  // ÄrztInnen, BeraterIn
  [new RegExp(`([${LOWER}])In(?:nen)?(?![${LETTER}])`, 'g'), '$1'],
];

/** Titles and legal forms that say nothing about what a partner does. */
const NOISE_TOKENS = new Set(['dr', 'med', 'dipl', 'prof', 'ev', 'ggmbh', 'gmbh', 'mbh', 'gbr', 'ug']);

/** Function words dropped for matching, so "Hilfen zur Erziehung" meets "Hilfen Erziehung" and "Kinder- u. Jugendärzte". */
const STOPWORDS = new Set([
  'und', 'u', 'oder', 'sowie', 'bzw', 'fuer', 'der', 'die', 'das', 'des', 'dem', 'den',
  'im', 'in', 'am', 'an', 'zur', 'zum', 'zu', 'von', 'vom', 'bei', 'mit', 'and', 'of', 'for', 'the',
]);

/** Only labels with a marker, "-in" or a Binnen-I can hold a gender form; most skip the five replacements. */
const MAY_HOLD_GENDER_FORM = /[:*_·'’/(]|-[iI][nN]|[a-zäöüß]In/;
const COMBINING_MARK = /[\u0300-\u036f]/;

/** Gender forms removed, then core's fold, then punctuation as spaces: the words of the label separated by single spaces. */
function labelWords(text: string): string {
  // The gender forms are read in the original case (the Binnen-I), on composed letters ("a\u0308" → "ä").
  let s = COMBINING_MARK.test(text) ? text.normalize('NFC') : text;
  if (MAY_HOLD_GENDER_FORM.test(s)) {
    for (const [pattern, replacement] of GENDER_FORMS) s = s.replace(pattern, replacement);
  }
  return fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

function keptWords(text: string, dropStopwords: boolean): string {
  const folded = labelWords(text);
  if (folded === '') return folded;
  const words = folded.split(' ');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === 'e' && words[i + 1] === 'v') {
      i++; // "e. V."
      continue;
    }
    if (!NOISE_TOKENS.has(word) && !(dropStopwords && STOPWORDS.has(word))) kept.push(word);
  }
  return kept.join(' ');
}

/**
 * Lower case, umlauts and ß folded (ä → ae), other accents dropped, gender forms removed, punctuation,
 * hyphens and slashes turned into single spaces, titles and legal forms ("Dr.", "e.V.", "gGmbH") dropped.
 */
export function normalizeLabel(text: string): string {
  return keptWords(text, false);
}

/** The form labels and spellings are compared in: the normalised label without function words. */
export function matchKey(text: string): string {
  return keptWords(text, true);
}
