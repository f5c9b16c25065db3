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

function withoutGenderForms(text: string): string {
  // The gender forms are read in the original case (the Binnen-I), on composed letters ("a\u0308" → "ä").
  let s = COMBINING_MARK.test(text) ? text.normalize('NFC') : text;
  if (MAY_HOLD_GENDER_FORM.test(s)) {
    for (const [pattern, replacement] of GENDER_FORMS) s = s.replace(pattern, replacement);
  }
  return s;
}

/**
 * Lower case, umlauts and ß folded (ä → ae), other accents dropped, gender forms removed, punctuation,
 * hyphens and slashes turned into single spaces, titles and legal forms ("Dr.", "e.V.", "gGmbH") dropped.
 * The reader compares partner names in this form; classification uses matchKey.
 */
export function normalizeLabel(text: string): string {
  const folded = fold(withoutGenderForms(text)).replace(/[^a-z0-9]+/g, ' ').trim();
  if (folded === '') return folded;
  const words = folded.split(' ');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === 'e' && words[i + 1] === 'v') {
      i++; // "e. V."
      continue;
    }
    if (!NOISE_TOKENS.has(word)) kept.push(word);
  }
  return kept.join(' ');
}

// ── Match keys ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * A match key keeps what German names say with punctuation and small words, as single characters:
 * - ' ' separates the words of one phrase;
 * - '@' separates words across a host link (der, des, am, im, beim, in, an, bei, auf): what follows names the
 *   carrier or the place ("Elternschule@geburtsklinik");
 * - '|' separates segments (dash, comma, slash, parenthesis, colon): "jugendamt|asd nord";
 * - '-' inside a word is a hyphen joint ("awo-kita"), at the end of a word a truncated compound part whose
 *   head follows ("kinder- jugendaerzte", from "Kinder- und Jugendärzte").
 */
export const KEY_SPACE = ' ';
export const KEY_LINK = '@';
export const KEY_SEGMENT = '|';
export const KEY_HYPHEN = '-';

/** Legal forms, titles and contact words: they never say what a partner does. */
const KEY_NOISE = new Set([
  ...NOISE_TOKENS, 'aoer', 'gaoer', 'kdoer', 'ag', 'eg', 'kg', 'ohg', 'partg', 'mbb', 'gug', 'haftungsbeschraenkt',
  'gemeinnuetzige', 'gemeinnuetziger', 'gemeinnuetziges', 'gemeinnuetzig', 'tel', 'telefon', 'fax', 'mail', 'email',
  'www', 'http', 'https', 'de', 'com', 'org', 'net', 'info', 'ansprechpartner', 'ansprechpartnerin', 'kontakt',
]);

/** Words after which the rest of a phrase names the carrier or the place, not the partner itself. */
const HOST_LINKS = new Set(['der', 'des', 'dem', 'den', 'am', 'im', 'beim', 'in', 'an', 'bei', 'auf']);

/** Conjunctions: a hyphen before one truncates a compound ("Kinder- und"); before any other word it is a broken compound. */
const BROKEN_COMPOUND = new RegExp(`([${LETTER}])-\\s+(?!(?:und|oder|u|bzw|sowie)(?![${LETTER}]))(?=[${LETTER}])`, 'gi');

/** A hyphen glued to a conjunction still truncates ("Gesundheits-und Kinderkrankenpflege" as "Gesundheits- und …"). */
const GLUED_CONJUNCTION = new RegExp(`([${LETTER}])-(und|oder|u|bzw|sowie)(?![${LETTER}])`, 'gi');

/** Street words, dropped so "Krankenhausstraße 4" is no hospital; "Weißer Ring" keeps its ring. */
const STREET = /(?:strasse|str|weg|allee|gasse|platz)$/;

function isStreet(word: string): boolean {
  if (word.length <= 5) return false;
  const c = word.charCodeAt(word.length - 1);
  // r (str), e (strasse, allee, gasse), g (weg), z (platz)
  return (c === 114 || c === 101 || c === 103 || c === 122) && STREET.test(word);
}

const enum Sep {
  None = 0,
  Space = 1,
  Link = 2,
  Segment = 3,
}

interface Token {
  word: string;
  sep: Sep;
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

const SEGMENT_CHARS = new Set([',', ';', ':', '(', ')', '[', ']', '/', '|', '•', '\\', '!', '?']);

/** Splits a folded label into words with the strongest separator before each; a truncated part keeps its '-'. */
function tokens(s: string): Token[] {
  const out: Token[] = [];
  let start = -1; // start of the word being read, -1 between words
  let sep = Sep.None;
  // Right after "Ehe-" a comma or slash continues the list of truncated parts ("Ehe-, Familien-", "Erziehungs-/").
  let listGoesOn = false;
  for (let i = 0; i < s.length; i++) {
    if (isWordCode(s.charCodeAt(i))) {
      if (start < 0) start = i;
      listGoesOn = false;
      continue;
    }
    const ch = s[i];
    if (ch === '-') {
      const nextIsWord = i + 1 < s.length && isWordCode(s.charCodeAt(i + 1));
      if (start >= 0 && nextIsWord) continue; // a joint stays in the word
      if (start >= 0) {
        out.push({ word: s.slice(start, i + 1), sep });
        start = -1;
        sep = Sep.Space;
        listGoesOn = true;
      } else if (!nextIsWord) {
        sep = Sep.Segment; // a dash between spaces
      }
      continue; // a leading hyphen ("und -psychotherapie") is dropped
    }
    if (start >= 0) {
      out.push({ word: s.slice(start, i), sep });
      start = -1;
      sep = Sep.None;
    }
    const next = SEGMENT_CHARS.has(ch) && !(listGoesOn && (ch === ',' || ch === '/')) ? Sep.Segment : Sep.Space;
    if (next > sep) sep = next;
  }
  if (start >= 0) out.push({ word: s.slice(start), sep });
  return out;
}

function isHouseNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d+[a-z]?$/.test(word);
}

/** Prepositions that begin street names ("Am Markt", "Zur Mühle", "Unter den Linden"). */
const STREET_LEADS = new Set(['am', 'an', 'im', 'in', 'auf', 'zur', 'zum', 'unter', 'hinter']);

/** The end of an address segment starting at `from` ("Am Klinikum 3", "An der Kinderklinik 2a"; not "Der KSD, Team 3"), or -1. */
function addressEnd(all: readonly Token[], from: number): number {
  if (!STREET_LEADS.has(all[from].word)) return -1;
  let numbered = false;
  let end = from + 1;
  for (; end < all.length && all[end].sep !== Sep.Segment; end++) numbered ||= isHouseNumber(all[end].word);
  return numbered ? end : -1;
}

const SEP_CHAR: Readonly<Record<Sep, string>> = { [Sep.None]: KEY_SPACE, [Sep.Space]: KEY_SPACE, [Sep.Link]: KEY_LINK, [Sep.Segment]: KEY_SEGMENT };

/**
 * The form labels and spellings are compared in: normalised as normalizeLabel, then function words dropped,
 * host links and segment breaks kept as '@' and '|', hyphen joints and truncated parts kept as '-', broken
 * compounds ("Erziehungs-\nberatung", "Erziehungs- beratung") joined, numbers, streets and contact words dropped.
 */
export function matchKey(text: string): string {
  let s = withoutGenderForms(text);
  if (s.includes('\u00ad')) s = s.replace(/\u00ad/g, '');
  if (s.includes('-')) s = s.replace(GLUED_CONJUNCTION, '$1- $2').replace(BROKEN_COMPOUND, '$1-');
  const all = tokens(fold(s));
  let key = '';
  let pending = Sep.None;
  let segmentHasWord = false;
  for (let i = 0; i < all.length; i++) {
    const t = all[i];
    if (t.sep === Sep.Segment || i === 0) {
      segmentHasWord = false;
      const end = addressEnd(all, i);
      if (end > 0) {
        i = end - 1;
        pending = Sep.Segment;
        continue;
      }
    }
    if (t.sep > pending) pending = t.sep;
    const word = t.word;
    if (word === 'e' && all[i + 1]?.word === 'v') {
      i++; // "e. V."
      continue;
    }
    if (KEY_NOISE.has(word) || isHouseNumber(word)) continue;
    if (HOST_LINKS.has(word)) {
      // A link at the start of a segment links to nothing in it ("Die Kita", "Kita Nord, am Markt").
      if (segmentHasWord && pending < Sep.Link) pending = Sep.Link;
      continue;
    }
    if (STOPWORDS.has(word) || isStreet(word)) continue;
    if (key !== '') key += SEP_CHAR[pending];
    key += word;
    pending = Sep.None;
    segmentHasWord = true;
  }
  return key;
}
