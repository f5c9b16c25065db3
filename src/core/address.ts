/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address for 0-based sheet row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** 0-based column index for column letters: A → 0, AA → 26. Returns -1 for anything else. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B7" or "$B$7" into 0-based row/column; null when it is not a single-cell A1 address. */
export function parseA1(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, column: columnIndex(m[1]) };
}

/** A sheet name as Excel references write it: quoted (with '' for ') unless plain letters, digits and underscores. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Budget!D3", "'Netzwerk Frühe Hilfen'!F11". */
export function placeOf(sheet: string, cell: string): string {
  return `${sheetRef(sheet)}!${cell}`;
}
