import { CellValue, isCellError } from '../grid';

/** Trimmed text of a cell; numbers as written; '' for empty and error cells. */
export function cellText(value: CellValue): string {
  if (typeof value === 'string') {
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(value.length - 1);
    // Most cells need no trimming; skipping the copy matters on 100,000-row lists.
    return first > 32 && last > 32 && first !== 160 && last !== 160 ? value : value.trim();
  }
  if (value === null || typeof value === 'object') return '';
  return String(value);
}

/** Cells of a row that hold something (text that is not only spaces, a number, a boolean, an error). */
export function filledCells(row: readonly CellValue[]): number {
  let filled = 0;
  for (const v of row) if (v !== null && v !== '' && !(typeof v === 'string' && v.trim() === '')) filled++;
  return filled;
}

const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'wahr', '1', '✓', '✔', '☑', '✅', 'vorhanden', 'liegt vor', 'unterzeichnet', 'unterschrieben', 'abgeschlossen', 'besteht', 'ok']);
const NO = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', '-', '–', '—', '✗', '✘', 'x-', 'fehlt', 'keine', 'kein', 'nicht vorhanden', 'in vorbereitung', 'geplant', 'in planung', 'offen']);

/**
 * Reads a yes/no mark as planners type it (ja, Ja, JA, x, ✓, nein, -, …). A year or date in an
 * agreement column means "signed in …", so it counts as yes. Anything unclear gives null.
 */
export function parseYesNo(value: CellValue): boolean | null {
  if (typeof value === 'string') {
    // A column holds a handful of distinct marks; remember them instead of re-reading each cell.
    const known = yesNoMemo.get(value);
    if (known !== undefined) return known;
    const parsed = parseYesNoText(value);
    if (yesNoMemo.size < YES_NO_MEMO_LIMIT) yesNoMemo.set(value, parsed);
    return parsed;
  }
  if (value === null || isCellError(value)) return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (value === 1) return true;
    if (value === 0) return false;
    // Excel dates (serials) and plain years: a date of signing.
    return value > 1900 ? true : null;
  }
  return null;
}

const YES_NO_MEMO_LIMIT = 10_000;
const yesNoMemo = new Map<string, boolean | null>();

function parseYesNoText(value: string): boolean | null {
  const text = cellText(value).toLowerCase().replace(/[.!]+$/, '').trim();
  if (text === '') return null;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  if (/^(ja|yes)\b/.test(text)) return true;
  if (/^(nein|no|nicht)\b/.test(text)) return false;
  if (/^(seit\s+)?(\d{1,2}[./])?(\d{1,2}[./])?(19|20)\d{2}$/.test(text)) return true;
  return null;
}

/**
 * No amount, population or count in a network workbook comes near this; beyond it sums lose
 * precision and can overflow to Infinity, so a larger number is read as unreadable, not summed.
 */
const MAX_MAGNITUDE = 1e15;

const plausible = (n: number): number | null => (Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE ? n : null);

/**
 * Parses German and English number text: "503.900 €", "503.900,00 €", "1,234.50", "3,5 %" (→ 0.035),
 * "(1.200)" (→ -1200). Returns null for anything that is not clearly one plausible number.
 */
export function parseNumber(value: CellValue): number | null {
  if (value === null || isCellError(value) || typeof value === 'boolean') return null;
  if (typeof value === 'number') return plausible(value);
  let text = cellText(value);
  if (text === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  const percent = /%\s*$/.test(text);
  text = text
    .replace(/%\s*$/, '')
    .replace(/(€|eur(o)?|euro)\.?/gi, '')
    .replace(/[\s\u00a0\u202f']/g, '');
  if (/^[-−–]/.test(text)) {
    negative = !negative;
    text = text.slice(1);
  }
  // "45.000,-" and "45.000,--": whole euros, as German lists write them.
  text = text.replace(/^\+/, '').replace(/(\d)[.,][-–—]{1,2}$/, '$1');
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const normalised = normaliseSeparators(text);
  if (normalised === null) return null;
  let n = Number(normalised);
  if (percent) n /= 100;
  return plausible(negative ? -n : n);
}

function normaliseSeparators(text: string): string | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal separator.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [intPart, fraction, ...rest] = text.split(decimal);
    if (rest.length > 0 || !isGrouped(intPart, group)) return null;
    return `${intPart.split(group).join('')}.${fraction}`;
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (sep === null) return text;
  const parts = text.split(sep);
  // "503.900" and "1.234.567" are German thousands; "3,5" and "3.5" are decimals.
  if (parts.length > 2) return isGrouped(text, sep) ? parts.join('') : null;
  if (sep === '.' && parts[1].length === 3 && parts[0] !== '0' && parts[0] !== '') return parts.join('');
  if (sep === ',' && parts[1].length === 3 && /^\d{1,3}$/.test(parts[0]) && parts[0] !== '0') {
    // "12,500" is ambiguous; German readers mean 12.5 only with fewer digits, so treat as decimal
    // comma unless it is clearly grouped with more groups (handled above).
    return `${parts[0]}.${parts[1]}`;
  }
  return `${parts[0] === '' ? '0' : parts[0]}.${parts[1]}`;
}

function isGrouped(intPart: string, group: string): boolean {
  if (!intPart.includes(group)) return /^\d+$/.test(intPart);
  return new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(intPart);
}

/**
 * A share 0..1: "3,5 %" → 0.035, 0.035 → 0.035, and a bare 3.5 typed into a share cell → 0.035
 * (planners often type the percentage without the sign). Null when not a share.
 */
export function parseShare(value: CellValue): number | null {
  const n = parseNumber(value);
  if (n === null || n < 0) return null;
  if (n <= 1) return n;
  if (n <= 100) return n / 100;
  return null;
}
