import { CellValue, SheetGrid } from '../src/core/grid';
import { ACTOR_TYPES } from '../src/core/taxonomy/actorTypes';

const SOZIALRAEUME = ['Mitte', 'Nord', 'Süd', 'Ost', 'West', 'Hafen', 'Heide', 'Moor', 'Feld', 'bezirksweit'];
const MARKS: CellValue[] = ['ja', 'Ja', 'x', '✓', 'nein', '-', null, 'JA'];
const PREFIXES = ['', 'Praxis ', 'Team ', 'Träger: ', 'Stadt ', 'Caritas – ', 'AWO – ', 'Diakonie – '];

/**
 * A network list of n partners shaped like real ones: a title above the header, a few hundred
 * distinct labels repeated, hand-typed marks, Sozialräume, an occasional blank row.
 */
export function generateNetwork(n: number, seed = 1): SheetGrid {
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const labels = ACTOR_TYPES.flatMap((t) => PREFIXES.map((p) => `${p}${t.label}`)).slice(0, 300);
  const values: CellValue[][] = [
    ['Netzwerk Frühe Hilfen – Partnerliste (generiert)'],
    [],
    ['Nr.', 'Einrichtung', 'Art der Einrichtung', 'Sozialraum', 'Kooperationsvereinbarung', 'Steuerungsgruppe', 'Netzwerkkonferenz'],
  ];
  for (let i = 0; i < n; i++) {
    if (i % 97 === 96) values.push([null, null, null, null, null, null, null]);
    const label = labels[Math.floor(rand() * labels.length)];
    values.push([i + 1, label, rand() < 0.3 ? null : 'Einrichtung', SOZIALRAEUME[Math.floor(rand() * SOZIALRAEUME.length)], MARKS[Math.floor(rand() * MARKS.length)], MARKS[Math.floor(rand() * MARKS.length)], MARKS[Math.floor(rand() * MARKS.length)]]);
  }
  return { name: 'Netzwerk', values, originRow: 0, originColumn: 0 };
}
