import { Lang } from '../../core/lang';

/**
 * Break points for long German words in narrow places (table cells, tiles), as soft hyphens (U+00AD).
 * Chromium hyphenates `hyphens: auto` only with dictionaries it downloads at run time (none in
 * Debian's build, none offline), so without these a long word either widens its column or, with
 * `overflow-wrap: anywhere`, breaks anywhere ("Heidekam|p"). The npm package `hyphen` (TeX patterns)
 * hyphenates better but its German patterns are 148 KB gzipped and take 0.2 s to load: more than the
 * whole task pane may weigh (100 KB), so we insert points at compound joints ourselves:
 * 1. before a known word part ("Geburts|klinik", "Netzwerk|koordination");
 * 2. after a linking s behind a noun suffix ("Beratungs|stellen", "Qualitäts|zirkel"), before a suffix ("beruf|lich");
 * 3. only for a still longer run, between syllables by the onset rule, prefixes kept whole.
 * A word without a point stays whole: it may widen a column, never break mid-word.
 */

const SOFT_HYPHEN = '\u00ad';
/** Letters kept together at either end of a word or a part. */
const EDGE = 3;
/** Words shorter than this are left alone. */
const MIN_WORD = 10;
/** A run between joints this long gets syllable points too. */
const LONG_RUN = 14;

/** Word parts that begin the later half of a compound (lower case, at least four letters). */
const PARTS = (
  'akteur angebot arbeit einschätz ausschuss beauftrag bedarf befragung beratung bereich besuch betreuung bildung budget dienst ' +
  'einrichtung eltern empfehlung entwicklung erziehung familie förderung frauen fragen früh geburt gemeinde gericht ' +
  'gesundheit gewalt gruppe hebamme hilfe jugend kinder klinik kommun konferenz kontakt koordination kosten kreis ' +
  'kriteri lotsen mittel netzwerk partner pflege plan politik praxis psychiatr qualität quote schutz schwanger sozial ' +
  'stadt stelle steuerung stiftung sucht schulden träger verankerung vereinbarung verein versorgung verwaltung ' +
  'vollzeit zentr zirkel leistung liste landes bundes schwerpunkt ebene zuständig'
).split(' ');
/** Short parts taken only at the end of a word, with an inflection ("Jugend|amt", "Kinder|ärzte"). */
const END_PARTS = /(?:amt|ämter|arzt|ärzt|ärzte|haus|häuser|raum|räume|rat|zeit|welt|amts|raums|hof)(?:e|en|es|s|n|innen|in)?$/;
/** A linking s after a noun suffix, followed by the next part. */
const LINKING_S = /(?:ungs|heits|keits|schafts|tions|täts|ions|lings|tums|ums)(?=\p{L}{3})/gu;
/** Suffixes that begin a syllable of their own ("beruf|lich"). */
const SUFFIXES = /(?:lich|keit|heit|schaft|nis)(?=e|en|er|es|s)?/g;
const PREFIXES = ['ver', 'vor', 'zer', 'ent', 'emp', 'ein', 'aus', 'auf', 'über', 'unter', 'an', 'ab', 'be', 'ge', 'er', 'un'];
const VOWELS = 'aeiouyäöü';
/** Consonant groups that begin a German syllable; a split gives the next syllable the longest of these. */
// Without st and sp: since 1996 they split ("Kas-ten"); compounds like "Beratungs|stellen" are joints above.
const ONSETS = new Set('sch schl schm schn schr schw spr str spl pfl pfr ch ck ph th bl br dr fl fr gl gr kl kn kr pf pl pr tr zw qu'.split(' '));

function partPoints(lower: string): number[] {
  const points: number[] = [];
  for (let i = EDGE + 1; i <= lower.length - EDGE; i++) {
    const rest = lower.slice(i);
    if (PARTS.some((p) => rest.startsWith(p)) || (END_PARTS.test(rest) && END_PARTS.exec(rest)?.index === 0)) points.push(i);
  }
  for (const m of lower.matchAll(LINKING_S)) points.push((m.index ?? 0) + m[0].length);
  for (const m of lower.matchAll(SUFFIXES)) points.push(m.index ?? 0);
  return points;
}

/** Syllable points inside one run by the onset rule, a leading prefix kept as its own syllable. */
function syllablePoints(run: string, offset: number): number[] {
  const points: number[] = [];
  const prefix = PREFIXES.find((p) => run.startsWith(p) && run.length - p.length > EDGE + 2);
  let from = 0;
  if (prefix && prefix.length >= EDGE) {
    points.push(offset + prefix.length);
    from = prefix.length;
  }
  const isVowel = (c: string) => VOWELS.includes(c);
  let i = from;
  while (i < run.length && !isVowel(run[i])) i++;
  while (i < run.length) {
    while (i < run.length && isVowel(run[i])) i++;
    const start = i;
    while (i < run.length && !isVowel(run[i])) i++;
    if (i >= run.length) break;
    const cluster = run.slice(start, i);
    let onset = cluster.length;
    for (let k = 0; k < cluster.length; k++) {
      if (cluster.length - k === 1 || ONSETS.has(cluster.slice(k))) {
        onset = k;
        break;
      }
    }
    points.push(offset + start + onset);
  }
  return points;
}

/** Break points of one word (indices before which a soft hyphen may go). */
export function breakPoints(word: string): number[] {
  if (word.length < MIN_WORD || /\p{Lu}{2}/u.test(word)) return [];
  const lower = word.toLowerCase();
  const joints = [...new Set(partPoints(lower))].sort((a, b) => a - b).filter((p, i, all) => i === 0 || p - all[i - 1] >= EDGE);
  const points = [...joints];
  const bounds = [0, ...joints, lower.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    if (bounds[k + 1] - bounds[k] >= LONG_RUN) points.push(...syllablePoints(lower.slice(bounds[k], bounds[k + 1]), bounds[k]));
  }
  return [...new Set(points)].filter((p) => p >= EDGE && p <= word.length - EDGE).sort((a, b) => a - b).filter((p, i, all) => i === 0 || p - all[i - 1] >= 2);
}

/**
 * Text with soft hyphens at the break points of its long words (German), and a zero-width space
 * after each slash between words ("Beratungsstellen/Dienste"), which the HTML renderer turns into
 * `<wbr>`. English text keeps its words whole (the report has few long English words).
 */
export function hyphenate(text: string, lang: Lang): string {
  const slashes = text.replace(/(\p{L})\/(?=\p{L})/gu, '$1/\u200b');
  if (lang !== 'de') return slashes;
  return slashes.replace(/\p{L}+/gu, (word) => {
    const points = breakPoints(word);
    if (points.length === 0) return word;
    let out = '';
    let last = 0;
    for (const p of points) {
      out += word.slice(last, p) + SOFT_HYPHEN;
      last = p;
    }
    return out + word.slice(last);
  });
}
