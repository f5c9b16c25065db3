import fc from 'fast-check';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { auditWorkbook } from '../../src/core/audit/audit';
import { readXlsxBuffer } from '../../src/workbook/xlsx/readXlsx';
import { rawXlsx } from '../fixtures/rawXlsx';
import { RowSpec } from '../fixtures/hostile/ooxml';

const LAST_ROW = 1048575;
const LAST_COLUMN = 16383;

/** Cells anywhere on the sheet, mostly near the corners where readers break. */
const coordinate = (last: number) => fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: last - 5, max: last }), fc.integer({ min: 0, max: last }));
const sparseCells = fc.uniqueArray(fc.record({ row: coordinate(LAST_ROW), column: coordinate(LAST_COLUMN), text: fc.string({ minLength: 1, maxLength: 12 }) }), {
  maxLength: 12,
  selector: (c) => `${c.row},${c.column}`,
});

/** Text XML can carry literally (the property is about coordinates; escapes have their own test). */
// eslint-disable-next-line no-control-regex -- replacing what XML 1.0 cannot hold
const xmlSafe = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/g, '?');

function rowsOf(cells: readonly { row: number; column: number; text: string }[]): RowSpec[] {
  const byRow = new Map<number, { column: number; text: string }[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  return [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, list]) => ({ row, cells: [], far: list.sort((a, b) => a.column - b.column).map((c) => ({ column: c.column, cell: { inline: xmlSafe(c.text) } })) }));
}

describe('the reader with arbitrary sparse cells at extreme coordinates', () => {
  test('never throws, puts every cell where it stands, and the audit runs on the result', () => {
    fc.assert(
      fc.property(sparseCells, (cells) => {
        const snapshot = readXlsxBuffer(rawXlsx({ sheets: [{ name: 'S', rows: rowsOf(cells) }] }));
        const [grid] = snapshot.sheets;
        for (const c of cells) {
          const text = xmlSafe(c.text);
          expect(grid.values[c.row - grid.originRow]?.[c.column - grid.originColumn]).toBe(text);
        }
        expect(() => auditWorkbook(snapshot.sheets)).not.toThrow();
      }),
      { numRuns: 25 },
    );
  });
});

describe('control and bidi characters in every cell-derived string', () => {
  // Any character Excel can store as _xHHHH_, plus the bidi marks, mixed into ordinary words.
  const nasty = fc.constantFrom('\u001b[2J', '\u001b]8;;http://x.example\u0007', '\u0007', '\u0008', '\u009b31m', '\u202e', '\u2066', '\u200f', '\u0000', '\u007f');
  const text = fc.array(fc.oneof(fc.constantFrom('Kita', 'Jugendamt', 'Nord', 'Hebamme', 'Verein', ' '), nasty), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
  /** As Excel stores it: characters XML cannot carry become _xHHHH_. */
  // eslint-disable-next-line no-control-regex -- escaping control characters as Excel does
  const stored = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);

  test('nothing raw reaches the text output of fh-check audit', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-ctl-'));
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), text, async (partners, sheetName) => {
          const file = path.join(dir, 'mappe.xlsx');
          const rows: RowSpec[] = [
            { row: 0, cells: [{ text: 'Einrichtung' }, { text: 'Sozialraum' }] },
            { row: 1, cells: [{ text: 'Jugendamt' }, { text: 'Nord' }] },
            ...partners.map(([name, raum], i) => ({ row: i + 2, cells: [{ text: stored(name) }, { text: stored(raum) }] })),
          ];
          // eslint-disable-next-line no-control-regex -- a sheet name cannot hold these in Excel either
          const safeSheet = sheetName.replace(/[\u0000-\u001f\u007f-\u009f[\]:*?/\\]/g, '').slice(0, 31) || 'Netzwerk';
          await fs.writeFile(file, rawXlsx({ sheets: [{ name: safeSheet, rows }] }));
          const out: string[] = [];
          const err: string[] = [];
          await main(['audit', file], { out: (t) => void out.push(t), err: (t) => void err.push(t) });
          const printed = out.join('\n') + err.join('\n');
          // eslint-disable-next-line no-control-regex -- asserting their absence
          expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
        }),
        { numRuns: 40 },
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
