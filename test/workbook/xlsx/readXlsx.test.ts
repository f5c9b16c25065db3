import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { WorkbookReadError } from '../../../src/workbook/xlsx/errors';
import { readXlsxBuffer, readXlsxFile } from '../../../src/workbook/xlsx/readXlsx';
import { makeXlsx } from '../../fixtures/xlsxFixture';
import { isCellError, SheetGrid } from '../../../src/core/grid';
import { buildExampleWorkbook, EXAMPLE_PATH } from '../../../scripts/make-example';
import { rawXlsx } from '../../fixtures/rawXlsx';
import { STYLE } from '../../fixtures/hostile/ooxml';
import { SETTING_KEYS } from '../../../src/workbook/port';
import { limitsOfMb } from '../../../src/workbook/xlsx/zip';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-xlsx-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function readOne(sheet: Parameters<typeof makeXlsx>[0][number]): Promise<SheetGrid> {
  const grids = readXlsxBuffer(await makeXlsx([sheet])).sheets;
  expect(grids).toHaveLength(1);
  return grids[0];
}

describe('readXlsxBuffer values', () => {
  it('starts the grid at the first used cell; each row as long as its last value', async () => {
    const g = await readOne({ name: 'Daten', startCell: 'C5', rows: [['a', 'b', 'c'], ['d'], [null, null, null, 'far']] });
    expect(g.name).toBe('Daten');
    expect(g.originRow).toBe(4);
    expect(g.originColumn).toBe(2);
    expect(g.values).toEqual([['a', 'b', 'c'], ['d'], [null, null, null, 'far']]);
  });

  it('keeps numbers, booleans and untrimmed strings as they are', async () => {
    const g = await readOne({ name: 'S', rows: [[1.5, -3, true, false, '  ja ', '12.500 €', '0']] });
    expect(g.values[0]).toEqual([1.5, -3, true, false, '  ja ', '12.500 €', '0']);
  });

  it('gives the cached result of formulas and shared formulas, null when none was cached', async () => {
    const g = await readOne({
      name: 'F',
      rows: [[{ formula: 'SUM(1,2)', result: 3 }, { formula: 'A1&"x"', result: '3x' }, { formula: 'A1>2', result: true }, { formula: 'A1*2' }]],
    });
    // A formula Excel never calculated has no value: the row ends at the last value.
    expect(g.values[0]).toEqual([3, '3x', true]);

    // Shared formulas are what Excel writes when a formula is filled down.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Shared');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.getCell('B1').value = { formula: 'A1*10', result: 10, shareType: 'shared', ref: 'B1:B2' } as ExcelJS.CellFormulaValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 20 } as ExcelJS.CellSharedFormulaValue;
    const [shared] = readXlsxBuffer(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)).sheets;
    expect(shared.values).toEqual([
      [1, 10],
      [2, 20],
    ]);
  });

  it('joins rich text runs and reads a hyperlink as its text', async () => {
    const g = await readOne({ name: 'T', rows: [[{ richText: ['Familien', 'hebammen', ' Team'] }, { text: 'Website', hyperlink: 'https://example.org' }]] });
    expect(g.values[0]).toEqual(['Familienhebammen Team', 'Website']);
  });

  it('turns dates into Excel serial numbers of the 1900 date system', async () => {
    const g = await readOne({
      name: 'D',
      rows: [[new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(1900, 2, 1)), new Date(Date.UTC(2026, 0, 1, 12, 0, 0)), { formula: 'A1+1', result: new Date(Date.UTC(2026, 9, 2)) }]],
    });
    expect(g.values[0]).toEqual([46296, 61, 46023.5, 46297]);
  });

  it('keeps error values, also as formula results', async () => {
    const g = await readOne({ name: 'E', rows: [[{ error: '#N/A' }, { formula: 'NA()', result: { error: '#N/A' } }, { formula: '1/0', result: { error: '#DIV/0!' } }, 'ok']] });
    expect(g.values[0]).toEqual([{ error: '#N/A' }, { error: '#N/A' }, { error: '#DIV/0!' }, 'ok']);
  });

  it('leaves the value only in the master cell of a merged range', async () => {
    const g = await readOne({ name: 'M', rows: [['Titel über alles'], ['Nr.', 'Name', 'Art', 'Bereich']], merges: ['A1:D1', 'B3:C4'] });
    expect(g.values[0]).toEqual(['Titel über alles']);
    expect(g.values).toHaveLength(2);
    expect(g.layout?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 1, bottom: 3, right: 2 },
    ]);
  });

  it('reports Excel tables relative to the values, below a title', async () => {
    const g = await readOne({
      name: 'Netzwerk',
      startCell: 'B2',
      rows: [['Partnerliste'], [], ['Nr.', 'Einrichtung', 'Art'], [1, 'Jugendamt', 'ASD'], [2, 'Kita Sonne', 'Kita'], [3, 'SPZ', null]],
      table: { name: 'Partner', headerRowIndex: 2 },
    });
    expect(g.originRow).toBe(1);
    expect(g.originColumn).toBe(1);
    expect(g.tables).toEqual([{ name: 'Partner', headerRow: 2, firstColumn: 0, columnCount: 3, rowCount: 3 }]);
    expect(g.values[2]).toEqual(['Nr.', 'Einrichtung', 'Art']);
    expect(g.values[5]).toEqual([3, 'SPZ']);
  });

  it('reads every sheet in order, hidden ones too, and gives an empty grid for an empty sheet', async () => {
    const grids = readXlsxBuffer(
      await makeXlsx([
        { name: 'Erstes', rows: [['a']] },
        { name: 'Versteckt', rows: [['geheim']], hidden: true },
        { name: 'Leer', rows: [] },
      ]),
    ).sheets;
    expect(grids.map((g) => g.name)).toEqual(['Erstes', 'Versteckt', 'Leer']);
    expect(grids[1].values).toEqual([['geheim']]);
    expect(grids[1].layout?.hidden).toBe(true);
    expect(grids[2]).toMatchObject({ name: 'Leer', values: [], originRow: 0, originColumn: 0, tables: [] });
  });

  it('accepts an ArrayBuffer', async () => {
    const buf = await makeXlsx([{ name: 'A', rows: [[7]] }]);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    const [g] = readXlsxBuffer(ab).sheets;
    expect(g.values).toEqual([[7]]);
  });

  it('keeps number formats out of the values (a currency number stays a number)', async () => {
    const g = await readOne({ name: 'B', rows: [[12500, 0.15]], numFmt: { A1: '#,##0.00 "€"', B1: '0 %' } });
    expect(g.values[0]).toEqual([12500, 0.15]);
  });
});

describe('readXlsxFile', () => {
  it('reads a file and leaves its bytes and mtime unchanged', async () => {
    const file = path.join(dir, 'netzwerk.xlsx');
    const bytes = await makeXlsx([{ name: 'Netzwerk', rows: [['Nr.', 'Einrichtung'], [1, 'Jugendamt']], table: { name: 'Tab1' } }]);
    await fs.writeFile(file, bytes);
    const old = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
    await fs.utimes(file, old, old);
    const before = await fs.stat(file);

    const grids = (await readXlsxFile(file)).sheets;
    expect(grids[0].values).toEqual([
      ['Nr.', 'Einrichtung'],
      [1, 'Jugendamt'],
    ]);

    const after = await fs.stat(file);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.mtimeMs).toBe(old.getTime());
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
  });
});

describe('bad input', () => {
  async function expectReadError(file: string, codes: WorkbookReadError['code'][]): Promise<WorkbookReadError> {
    let caught: unknown;
    try {
      await readXlsxFile(file);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(WorkbookReadError);
    const err = caught as WorkbookReadError;
    expect(codes).toContain(err.code);
    expect(err.path).toBe(file);
    const base = path.basename(file);
    expect(err.messageDe).toContain(base);
    expect(err.messageEn).toContain(base);
    expect(err.message).toBe(err.messageEn);
    return err;
  }

  async function write(name: string, data: Buffer | string): Promise<string> {
    const file = path.join(dir, name);
    await fs.writeFile(file, data);
    return file;
  }

  /** A minimal OLE2 compound file whose directory names the given streams (what .xls and encrypted .xlsx are). */
  function compoundFile(streams: string[]): Buffer {
    const header = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    const directory = Buffer.alloc(512);
    ['Root Entry', ...streams].slice(0, 4).forEach((s, i) => {
      const nameBytes = Buffer.from(`${s}\0`, 'utf16le');
      nameBytes.copy(directory, i * 128);
      directory.writeUInt16LE(nameBytes.length, i * 128 + 64);
    });
    return Buffer.concat([header, directory]);
  }

  it('says not-found for a missing file and asks to check the path', async () => {
    const file = path.join(dir, 'fehlt.xlsx');
    const err = await expectReadError(file, ['not-found']);
    expect(err.messageDe).toMatch(/nicht gefunden.*Pfad/);
    expect(err.messageEn).toMatch(/not found.*path/);
  });

  it('says not-found for a path below a file', async () => {
    const file = await write('datei.txt', 'x');
    await expectReadError(path.join(file, 'netzwerk.xlsx'), ['not-found']);
  });

  it('rejects a directory', async () => {
    const sub = path.join(dir, 'ordner.xlsx');
    await fs.mkdir(sub);
    const err = await expectReadError(sub, ['not-xlsx']);
    expect(err.messageEn).toMatch(/folder/);
  });

  it('rejects an empty file', async () => {
    await expectReadError(await write('leer.xlsx', Buffer.alloc(0)), ['not-xlsx']);
  });

  it('rejects an old .xls and says to save as .xlsx', async () => {
    const err = await expectReadError(await write('alt.xls', compoundFile(['Workbook', '\u0005SummaryInformation'])), ['not-xlsx']);
    expect(err.messageDe).toMatch(/\.xls\b.*als \.xlsx/);
    expect(err.messageEn).toMatch(/save it as \.xlsx/);
  });

  it('rejects a password-protected workbook and says to remove the password', async () => {
    const err = await expectReadError(
      await write('geschuetzt.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'])),
      ['unreadable'],
    );
    expect(err.messageDe).toMatch(/Kennwort/);
    expect(err.messageEn).toMatch(/password/);
  });

  it('rejects a CSV file', async () => {
    await expectReadError(await write('netzwerk.csv', 'Nr.;Einrichtung\n1;Jugendamt\n'), ['not-xlsx']);
  });

  it('rejects a text file renamed to .xlsx', async () => {
    const err = await expectReadError(await write('umbenannt.xlsx', 'Das ist keine Arbeitsmappe.\n'), ['not-xlsx']);
    expect(err.messageEn).toMatch(/not an Excel workbook \(\.xlsx\)\. Save it as \.xlsx in Excel and try again\./);
  });

  it('rejects a zip archive that is not a workbook', async () => {
    // An .xlsx is itself a zip; rename the workbook part away so only a generic archive remains.
    const xlsx = await makeXlsx([{ name: 'A', rows: [[1]] }]);
    const renamed = Buffer.from(xlsx.toString('latin1').split('xl/workbook.xml').join('xl/notebook.xml'), 'latin1');
    await expectReadError(await write('archiv.xlsx', renamed), ['not-xlsx', 'unreadable']);
  });

  it('rejects a truncated workbook', async () => {
    const xlsx = await makeXlsx([{ name: 'A', rows: [[1]] }]);
    await expectReadError(await write('kaputt.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2))), ['not-xlsx', 'unreadable']);
  });

  it('names the source in buffer errors when given a label', async () => {
    expect(() => readXlsxBuffer(Buffer.from('hallo'), 'upload.xlsx')).toThrow(expect.objectContaining({ code: 'not-xlsx', path: 'upload.xlsx' }));
  });
});

describe('example workbook (examples/netzwerk-beispiel.xlsx)', () => {
  let grids: SheetGrid[];
  const sheet = (name: string): SheetGrid => {
    const g = grids.find((s) => s.name === name);
    if (!g) throw new Error(`missing sheet ${name}`);
    return g;
  };
  beforeAll(async () => {
    grids = [...(await readXlsxFile(EXAMPLE_PATH)).sheets];
  });

  it('is up to date with scripts/make-example.ts', async () => {
    const committed = await fs.readFile(EXAMPLE_PATH);
    expect((await buildExampleWorkbook()).equals(committed)).toBe(true);
  });

  it('has the four sheets with their headers where the README says', () => {
    expect(grids.map((g) => g.name)).toEqual(['Netzwerk Frühe Hilfen', 'Budget 2027', 'Kriterien', 'Einstellungen']);
    const network = sheet('Netzwerk Frühe Hilfen');
    expect(network.tables).toEqual([{ name: 'Partnerliste', headerRow: 3, firstColumn: 0, columnCount: 9, rowCount: 32 }]);
    expect(network.values[3]).toEqual([
      'Nr.', 'Einrichtung / Träger', 'Art der Einrichtung', 'Kernbereich', 'Sozialraum',
      'Kooperationsvereinbarung', 'Steuerungsgruppe', 'Netzwerkkonferenz 2026', 'Bemerkung',
    ]);
    expect(sheet('Budget 2027').values[2]).toEqual(['Sozialraum', 'Maßnahme', 'Finanzierung', 'Betrag', 'Kinder 0–3']);
    expect(sheet('Kriterien').values[1]).toEqual(['Nr.', 'Kriterium', 'Status', 'Nachweis / Bemerkung']);
  });

  it('keeps the planted traps: blank row, #N/A in the KV column, no health partner in the Steuerungsgruppe', () => {
    const rows = sheet('Netzwerk Frühe Hilfen').values.slice(4);
    expect(rows.filter((r) => r.every((v) => v === null))).toHaveLength(1);
    expect(rows.filter((r) => isCellError(r[5])).map((r) => r[1])).toEqual(['Sozialpädiatrisches Zentrum am Elbufer']);
    const steering = rows.filter((r) => typeof r[6] === 'string' && /^(ja|x|✓)$/i.test(r[6]));
    expect(steering.map((r) => r[3])).not.toContain('Gesundheit');
    expect(steering.length).toBeGreaterThanOrEqual(4);
    const names = rows.map((r) => String(r[1] ?? '')).join('\n');
    expect(names).not.toMatch(/kinderärzt|frauenärzt|gynäkolog|geburt|pate|ehrenamt/i);
  });

  it('has budget totals of 109,902 € Bundesstiftung and 503,900 € kommunal, two of them typed as text', () => {
    const lines = sheet('Budget 2027').values.slice(3).filter((r) => r[0] !== 'Summe' && r[2] !== null);
    const euros = (v: unknown): number =>
      typeof v === 'number' ? v : Number(String(v).replace(/[€\s.]/g, '').replace(',', '.'));
    const total = (source: string) => lines.filter((r) => r[2] === source).reduce((s, r) => s + euros(r[3]), 0);
    expect(total('Bundesstiftung Frühe Hilfen')).toBe(109902);
    expect(total('kommunal')).toBe(503900);
    expect(lines.filter((r) => typeof r[3] === 'string').map((r) => r[3])).toEqual(['12.500 €', '8.450,00 €']);
    expect(lines.reduce((s, r) => s + (typeof r[4] === 'number' ? r[4] : 0), 0)).toBe(5860);
    const sum = sheet('Budget 2027').values.find((r) => r[0] === 'Summe');
    expect(sum?.[4]).toBe(5860);
  });

  it('lists all 31 criteria once, 3.2 erfüllt without Nachweis', () => {
    const rows = sheet('Kriterien').values.slice(2);
    expect(rows).toHaveLength(31);
    expect(new Set(rows.map((r) => r[0])).size).toBe(31);
    expect(rows.find((r) => r[0] === '3.2')?.slice(2)).toEqual(['erfüllt']);
    expect(rows.find((r) => r[0] === '3.4')?.[2]).toBe('teilweise');
  });
});

describe('what a sheet shows beyond its values', () => {
  const text = (t: string, style?: number) => ({ text: t, style });
  const book = rawXlsx({
    sheets: [
      {
        name: 'Netzwerk',
        frame: { autoFilter: 'A1:B6', autoFilterShows: ['Jugendamt', 'Praxis Dr. Weiß', 'Hebamme Roth'], mergeCells: ['A8:C8'], hiddenColumns: [[4, 4]] },
        rows: [
          { row: 0, cells: [text('Einrichtung'), text('Art')] },
          { row: 1, cells: [text('Jugendamt'), text('Amt')] },
          { row: 2, cells: [text('Praxis Dr. Weiß', STYLE.strike), text('Kinderarzt')] },
          { row: 3, cells: [{ rich: [{ text: 'Kita ' }, { text: 'Sonne' }] }, text('Kita')], hidden: true },
          { row: 5, cells: [text('Hebamme Roth'), text('Hebamme')] },
          { row: 7, cells: [text('Archiv')] },
          { row: 8, cells: [text('Geburtsklinik alt'), text('Klinik')], hidden: true },
        ],
      },
      { name: 'Alt', hidden: true, rows: [{ row: 0, cells: [text('x')] }] },
    ],
  });

  it('tells rows a filter hides from rows the planner hid, and names struck cells, merges and hidden columns', () => {
    const [g, old] = readXlsxBuffer(book).sheets;
    expect(g.layout?.filter).toEqual({ top: 0, left: 0, bottom: 5, right: 1 });
    expect(g.layout?.filteredRows).toEqual([3]);
    expect(g.layout?.hiddenRows).toEqual([8]);
    expect(g.layout?.struckCells).toEqual([[2, 0]]);
    expect(g.layout?.merges).toEqual([{ top: 7, left: 0, bottom: 7, right: 2 }]);
    expect(g.layout?.hiddenColumns).toEqual([{ top: 0, left: 3, bottom: 1048575, right: 3 }]);
    expect(g.values[3]).toEqual(['Kita Sonne', 'Kita']);
    expect(old.layout?.hidden).toBe(true);
  });

  it('counts rows a table\'s filter hides as filtered, as Excel\'s own port does', () => {
    const book = rawXlsx({
      sheets: [
        {
          name: 'Netzwerk',
          table: { name: 'Partner', ref: 'A1:B4', columns: ['Einrichtung', 'Art'], shows: ['Jugendamt', 'Hebamme Roth'] },
          rows: [
            { row: 0, cells: [text('Einrichtung'), text('Art')] },
            { row: 1, cells: [text('Jugendamt'), text('Amt')] },
            { row: 2, cells: [text('Kita Sonne'), text('Kita')], hidden: true },
            { row: 3, cells: [text('Hebamme Roth'), text('Hebamme')] },
            { row: 6, cells: [text('Alt'), text('x')], hidden: true },
          ],
        },
      ],
    });
    const [g] = readXlsxBuffer(book).sheets;
    expect(g.layout?.filteredRows).toEqual([2]);
    expect(g.layout?.hiddenRows).toEqual([6]);
    expect(g.tables?.[0]).toMatchObject({ name: 'Partner', headerRow: 0 });
  });

  it('counts a row hidden under an AutoFilter without criteria as hidden by the planner: such a filter hides nothing', () => {
    const unfiltered = rawXlsx({
      sheets: [{ name: 'Netzwerk', frame: { autoFilter: 'A1:B6' }, rows: [{ row: 0, cells: [text('Einrichtung'), text('Art')] }, { row: 3, cells: [text('Kita Sonne'), text('Kita')], hidden: true }] }],
    });
    const [g] = readXlsxBuffer(unfiltered).sheets;
    expect(g.layout?.filteredRows).toEqual([]);
    expect(g.layout?.hiddenRows).toEqual([3]);
    expect(g.layout?.filter).toBeUndefined();
  });

  it('reads text struck through in every rich-text run as struck', () => {
    const struck = rawXlsx({ sheets: [{ name: 'S', rows: [{ row: 0, cells: [{ rich: [{ text: 'AWO ', strike: true }, { text: 'Beratung', strike: true }] }, { rich: [{ text: 'halb ', strike: true }, { text: 'gestrichen' }] }] }] }] });
    expect(readXlsxBuffer(struck).sheets[0].layout?.struckCells).toEqual([[0, 0]]);
  });

  it('decodes Excel’s _xHHHH_ escapes, and _x005F_ as a literal underscore', () => {
    const esc = rawXlsx({ sheets: [{ name: 'E', rows: [{ row: 0, cells: [{ text: 'A_x001B_[2JB' }, { inline: 'x_x005F_x001B_y' }] }] }] });
    expect(readXlsxBuffer(esc).sheets[0].values[0]).toEqual(['A\u001b[2JB', 'x_x001B_y']);
  });
});

describe('the add-in’s settings stored in the file', () => {
  const sheets = [{ name: 'N', rows: [{ row: 0, cells: [{ text: 'Einrichtung' }] }] }];
  const saved = { [SETTING_KEYS.overrides]: '{"networkSheet":"N","headerRow":0}', [SETTING_KEYS.ownedSheets]: '["Prüfbericht 01.02.2027"]', 'Office.AutoShowTaskpaneWithDocument': 'true' };

  it('are read from the web-extension part Office keeps them in, our keys only', () => {
    const { settings } = readXlsxBuffer(rawXlsx({ sheets, webExtension: { settings: saved } }));
    expect(settings).toEqual({ [SETTING_KEYS.overrides]: saved[SETTING_KEYS.overrides], [SETTING_KEYS.ownedSheets]: saved[SETTING_KEYS.ownedSheets] });
  });

  it('are found under another add-in id (a store copy) by our keys, and absent when no part holds them', () => {
    expect(readXlsxBuffer(rawXlsx({ sheets, webExtension: { addinId: 'wa104381234', settings: saved } })).settings[SETTING_KEYS.ownedSheets]).toBe(saved[SETTING_KEYS.ownedSheets]);
    expect(readXlsxBuffer(rawXlsx({ sheets, webExtension: { addinId: 'wa104381234', settings: { other: 'x' } } })).settings).toEqual({});
    expect(readXlsxBuffer(rawXlsx({ sheets })).settings).toEqual({});
  });
});

describe('files that break naive readers', () => {
  it('reads a cell at XFD1048576 as one more row, never a rectangle', () => {
    const far = rawXlsx({ sheets: [{ name: 'F', rows: [{ row: 0, cells: [{ text: 'Einrichtung' }] }, { row: 1048575, cells: [], far: [{ column: 16383, cell: { text: 'Ende' } }] }] }] });
    const [g] = readXlsxBuffer(far).sheets;
    expect(g.values).toHaveLength(1048576);
    expect(g.values[1].length).toBe(0);
    expect(g.values[1048575][16383]).toBe('Ende');
  });

  it('refuses a part that inflates past the cap with a sentence, whatever the zip header claims', () => {
    const rows = Array.from({ length: 4000 }, (_, r) => ({ row: r, cells: [{ text: `Partner ${r} mit einem recht langen Namen, damit das Blatt groß wird` }] }));
    const big = rawXlsx({ sheets: [{ name: 'G', rows }] });
    expect(readXlsxBuffer(big).sheets[0].values).toHaveLength(4000);
    let caught: unknown;
    try {
      readXlsxBuffer(big, 'gross.xlsx', { limits: limitsOfMb(0.1) });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(WorkbookReadError);
    expect(caught).toMatchObject({ code: 'too-large', path: 'gross.xlsx' });
    expect((caught as WorkbookReadError).messageDe).toMatch(/Zip-Bomben.*--max-unzipped-mb/);
  });
});
