import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { historySnapshotOf } from '../../src/core/history/snapshot';
import { auditJson } from '../../src/report/json';
import { PaneController } from '../../src/taskpane/controller';
import { OfficeWorkbookPort } from '../../src/workbook/office';
import { SETTING_KEYS } from '../../src/workbook/port';
import { readXlsxFile } from '../../src/workbook/xlsx/readXlsx';
import { rawXlsx } from '../fixtures/rawXlsx';
import { fakeExcel } from '../workbook/officeMock';

/**
 * One workbook, two doors: `fh-check` reads the file (cells and the add-in's settings from its
 * web-extension part), the pane reads Excel through Office.js. With a saved column mapping and an
 * earlier report of the add-in in the workbook, both must audit it identically.
 */
const text = (t: string) => ({ text: t });
// A list whose header the reader cannot recognise: only the saved mapping makes it readable.
const LIST = [
  ['Spalte A', 'Spalte B', 'Spalte C'],
  ['Nord', 'Stadt Musterstadt – Jugendamt', 'ja'],
  ['Nord', 'Praxis am Markt (Kinderärztin)', 'nein'],
  ['Süd', 'Hebammenpraxis Lindenhof', 'ja'],
  ['Süd', 'Kita Regenbogen', 'ja'],
];
// An earlier Prüfbericht of the add-in, full of partner-like text: never audited as planner data.
const REPORT = [['Prüfbericht'], ['Pflicht-Akteurstypen', 'Kinderärzt:innen'], ['Empfohlene Akteurstypen', 'Kita'], ['Akteurstyp', 'Kernbereich'], ['Jugendamt/ASD', 'Kinder- und Jugendhilfe'], ['Hebammen', 'Gesundheit']];
const SETTINGS = {
  [SETTING_KEYS.overrides]: JSON.stringify({ networkSheet: 'Liste', headerRow: 0, columns: { sozialraum: 0, name: 1, agreement: 2 } }),
  [SETTING_KEYS.ownedSheets]: JSON.stringify(['Prüfbericht 01.02.2027']),
};

test('fh-check and the pane audit the same workbook with its saved mapping identically', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fh-same-'));
  const file = path.join(dir, 'mappe.xlsx');
  const rows = (values: string[][]) => values.map((cells, row) => ({ row, cells: cells.map(text) }));
  await fs.writeFile(file, rawXlsx({ sheets: [{ name: 'Prüfbericht 01.02.2027', rows: rows(REPORT) }, { name: 'Liste', rows: rows(LIST) }], webExtension: { settings: SETTINGS } }));

  const out: string[] = [];
  expect(await main(['audit', file, '--json'], { out: (t) => void out.push(t), err: () => undefined })).toBe(1);
  // The history keys apart: the snapshot this audit would record, and no comparison (no FH-Verlauf).
  const { snapshot, comparison, ...cli } = JSON.parse(out.join('\n'));
  expect(comparison).toBeNull();
  expect(cli.networkSheet).toBe('Liste');
  expect(cli.actors).toBe(4);
  // Read as planner data, the report's type lists would have replaced the default required list.
  expect(cli.missingActorTypes.length).toBeGreaterThan(2);
  expect((await readXlsxFile(file)).settings).toEqual(SETTINGS);

  const fake = fakeExcel([{ name: 'Prüfbericht 01.02.2027', rows: REPORT }, { name: 'Liste', rows: LIST }], SETTINGS, 'mappe.xlsx');
  const global = globalThis as unknown as { Excel: unknown; Office: unknown };
  global.Excel = fake.Excel;
  global.Office = fake.Office;
  try {
    const pane = new PaneController(new OfficeWorkbookPort(), 'de');
    const result = await pane.audit();
    expect(result).not.toBeNull();
    const inPane = JSON.parse(JSON.stringify(auditJson({ ...(result as NonNullable<typeof result>), file: cli.file }, 'de')));
    expect(inPane).toEqual(cli);
    expect(snapshot).toEqual(JSON.parse(JSON.stringify(historySnapshotOf(result as NonNullable<typeof result>, snapshot.date))));
  } finally {
    delete (globalThis as { Excel?: unknown }).Excel;
    delete (globalThis as { Office?: unknown }).Office;
    await fs.rm(dir, { recursive: true, force: true });
  }
});
