import { CellValue, SheetGrid } from '../grid';
import { cellText } from './values';

/** Years a workbook of today's networks can speak of. */
const FIRST = 1990;
const LAST = 2100;

/** A four-digit year standing as a word in a text ("Netzwerk 2025", "Ansatz 2026", "Stand 03/2025"), or null. */
export function yearInText(text: string): number | null {
  const m = /(?:^|[^\d])((?:19|20|21)\d{2})(?![\d])/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  return year >= FIRST && year <= LAST ? year : null;
}

/** A cell that is a year on its own: the number 2026 or the text "2026". */
export function yearCell(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= FIRST && value <= LAST ? value : null;
  if (typeof value === 'string') {
    const t = value.trim();
    return /^\d{4}$/.test(t) ? yearCell(Number(t)) : null;
  }
  return null;
}

/** The year a cell names: a year on its own, else one in its text ("2025/2026", "Haushaltsjahr 2026"). */
export function yearOf(value: CellValue): number | null {
  return yearCell(value) ?? (typeof value === 'string' ? yearInText(value) : null);
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/** The moment a cell names (an Excel date serial, "31.12.2024", "12/2024", "2024"), as ms since 1970; null if none. */
export function dateOfCell(value: CellValue): number | null {
  if (typeof value === 'number') {
    // A bare year means its end ("bis 2024"); a larger number is an Excel date serial.
    if (Number.isInteger(value) && value >= FIRST && value <= LAST) return Date.UTC(value, 11, 31);
    return value > 10_000 && value < 80_000 ? (value - UNIX_EPOCH_SERIAL) * MS_PER_DAY : null;
  }
  if (typeof value !== 'string') return null;
  const t = value.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(t);
  if (m) return Date.UTC(fullYear(m[3]), Number(m[2]) - 1, Number(m[1]));
  m = /^(\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return Date.UTC(Number(m[2]), Number(m[1]), 0);
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // "12. März 2025" is that day; "März 2025" and "Mrz. 2025", like "03/2025", the month's end.
  m = /^(?:(\d{1,2})\.?\s*)?([a-zA-ZäÄ]{3,9})\.?\s+(\d{4})$/.exec(t);
  if (m) {
    const name = m[2].toLowerCase().replace('ä', 'ae');
    const month = MONTHS.findIndex((names) => names.includes(name));
    if (month >= 0) return m[1] ? Date.UTC(Number(m[3]), month, Number(m[1])) : Date.UTC(Number(m[3]), month + 1, 0);
  }
  const year = yearCell(t);
  return year === null ? null : Date.UTC(year, 11, 31);
}

/** Month names and abbreviations, German and English, umlauts spelled out. */
const MONTHS: readonly (readonly string[])[] = [
  ['januar', 'jan', 'jaenner', 'january'],
  ['februar', 'feb', 'february'],
  ['maerz', 'mrz', 'mar', 'march'],
  ['april', 'apr'],
  ['mai', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov'],
  ['dezember', 'dez', 'dec', 'december'],
];

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** The year a sheet belongs to: in its name ("Netzwerk 2025", "Budget 2026"), else in a title above its header. */
export function sheetYear(grid: SheetGrid, headerIndex: number | null): number | null {
  const fromName = yearInText(grid.name);
  if (fromName !== null) return fromName;
  for (let r = 0; r < (headerIndex ?? 0); r++) {
    for (const v of grid.values[r] ?? []) {
      if (typeof v !== 'string') continue;
      const year = yearInText(cellText(v));
      if (year !== null) return year;
    }
  }
  return null;
}

/** A date cell as a planner reads it in a German workbook ("30.06.2025"); other cells as their text. */
export function dateText(value: CellValue): string {
  if (typeof value === 'number' && value > 10_000 && value < 80_000) {
    const d = new Date((value - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  }
  return cellText(value);
}
