/**
 * Builds examples/netzwerk-beispiel.xlsx: the workbook of the fictional "Bezirk Elbufer", modelled on
 * the district profile of seed 004 (population, share of under-3s, budget, cooperation counts) and
 * laid out like a planner's grown workbook, with the gaps described in examples/README.md.
 * Run: npx tsx scripts/make-example.ts   (all names are invented; no personal data)
 */
import * as path from 'path';
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';

type Cell = string | number | null | { error: string } | { formula: string; result: number };

/** Fixed document date (properties and zip entries), so a rebuild gives the same bytes. */
const DOC_DATE = new Date(Date.UTC(2026, 9, 12, 9, 30, 0));
const AUTHOR = 'Netzwerkkoordination Frühe Hilfen Elbufer';
const EURO = '#,##0.00 "€"';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14, color: { argb: 'FF1F4E78' } };
const NOTE_FONT: Partial<ExcelJS.Font> = { italic: true, size: 9, color: { argb: 'FF595959' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

// ---------------------------------------------------------------- Netzwerk Frühe Hilfen

const NETWORK_HEADER = [
  'Nr.',
  'Einrichtung / Träger',
  'Art der Einrichtung',
  'Kernbereich',
  'Sozialraum',
  'Kooperationsvereinbarung',
  'Steuerungsgruppe',
  'Netzwerkkonferenz 2026',
  'Bemerkung',
];

/** Partner rows without the running number; null marks the blank row left in the middle of the list. */
const PARTNERS: ([string, string | null, string | null, string, Cell, string | null, string | null, string | null] | null)[] = [
  ['Bezirksamt Elbufer – Jugendamt, Allgemeiner Sozialer Dienst', 'ASD', 'Kinder- und Jugendhilfe', 'bezirksweit', 'ja', 'ja', 'x', 'ASD-Leitung Region Nord und Süd'],
  ['Netzwerkkoordination Frühe Hilfen (Jugendamt)', 'Koordinierungsstelle', 'Kinder- und Jugendhilfe', 'bezirksweit', '-', 'ja', 'ja', 'lädt zur Netzwerkkonferenz ein, 1,0 Stelle'],
  ['Gesundheitsamt Elbufer – Kinder- und Jugendgesundheitsdienst (KJGD)', 'Gesundheitsamt', 'Gesundheit', 'bezirksweit', 'ja', 'nein', '✓', 'Dienstvereinbarung JA/GA 2009, überarbeitet 2018'],
  ['Familienhebammen-Team Elbufer', 'Familienhebammen / FGKiKP', 'Gesundheit', 'Elbufer-Mitte', 'Ja', '-', 'x', '2 Familienhebammen + 1 FGKiKP, Büro im Gesundheitsamt'],
  ['Hebammenpraxis Lindenhof (freiberufliche Hebamme)', 'Hebamme', 'Gesundheit', 'Heidekamp', 'nein', null, '✓', 'KV angefragt 03/2026'],
  ['Interdisziplinäre Frühförderstelle Süderhöhe', 'Frühförderstelle', 'Gesundheit', 'Süderhöhe', 'ja', 'nein', 'x', null],
  ['Sozialpädiatrisches Zentrum am Elbufer', 'SPZ', 'Gesundheit', 'Elbufer-Mitte', { error: '#N/A' }, '-', null, 'Verweis auf alte KV-Liste, prüfen'],
  ['Caritasverband Elbufer e.V. – Beratungsstelle für Eltern, Kinder und Jugendliche', 'Erziehungsberatung', 'Kinder- und Jugendhilfe', 'Heidekamp', 'Ja', 'ja', 'x', 'offene Sprechstunde im Familienzentrum Heidekamp'],
  ['pro familia Beratungsstelle Elbufer', null, 'Beratung', 'Elbufer-Mitte', 'ja', 'x', '✓', 'Schwangerschafts- und Konfliktberatung'],
  ['Diakonisches Werk – Schwangerenberatung Hafenviertel', 'Schwangerschaftsberatung', 'Beratung', 'Hafenviertel', 'nein', null, null, 'Teilnahme wechselnd'],
  ['Kita Deichblick', 'Kita', 'Kinder- und Jugendhilfe', 'Elbufer-Mitte', 'ja', null, 'x', 'Krippe ab 1 Jahr'],
  ['Kita Elbstrolche', 'Kita', 'Kinder- und Jugendhilfe', 'Elbufer-Mitte', 'x', '-', 'x', null],
  ['Familienzentrum Heidekamp', 'Familienzentrum', 'Kinder- und Jugendhilfe', 'Heidekamp', 'ja', null, 'ja', 'Elterncafé dienstags'],
  ['Kita Moorwiese', 'Kita', 'Jugendhilfe', 'Neuenmoor', 'ja', null, null, null],
  ['Familienzentrum Neuenmoor', 'Familienzentrum', 'Kinder- und Jugendhilfe', 'Neuenmoor', '✓', '-', '✓', null],
  ['Kita Sonnenhügel', 'Kita', 'Kinder- und Jugendhilfe', 'Süderhöhe', 'nein', null, 'nein', 'neue Leitung seit 08/2026'],
  ['Kita Hafenkinder', 'Kita', 'Kinder- und Jugendhilfe', 'Hafenviertel', 'ja', null, 'x', null],
  null,
  ['Eltern-Kind-Zentrum Hafenviertel', 'Familienzentrum', 'Kinder- und Jugendhilfe', 'Hafenviertel', 'Ja', 'Ja', 'x', 'Babytreff, Sprechstunde Familienhebamme 14-tägig'],
  ['Familienbildungsstätte Elbufer', 'Familienbildung', 'Kinder- und Jugendhilfe', 'bezirksweit', 'ja', 'ja', '✓', 'Kurse „Das erste Jahr“'],
  ['Fachberatung Kindertagespflege', 'Kindertagespflege', 'Kinder- und Jugendhilfe', 'bezirksweit', 'x', null, 'x', null],
  ['Kinder- und Familienhilfe Süderelbe gGmbH – Sozialpädagogische Familienhilfe', 'Träger', 'Kinder- und Jugendhilfe', 'Süderhöhe', 'ja', '-', null, 'ambulante Hilfen nach § 31 SGB VIII'],
  ['Familienhilfe Hafenviertel e.V.', 'Hilfen zur Erziehung', 'Kinder- und Jugendhilfe', 'Hafenviertel', 'ja', null, 'x', null],
  ['Jobcenter Elbufer', 'Jobcenter', 'Sonstige', 'Hafenviertel', 'nein', null, 'x', 'Ansprechstelle Alleinerziehende'],
  ['Polizeikommissariat Elbufer-Süd', 'Polizei', 'Weitere', 'Süderhöhe', '-', null, null, 'Opferschutz, nur bei Bedarf'],
  ['Amtsgericht Elbufer – Familiengericht', 'Familiengericht', 'Weitere', 'bezirksweit', '-', '-', '-', 'Arbeitskreis Trennung/Scheidung'],
  ['Quartiersmanagement Hafenviertel', 'Quartiersmanagement', 'Sonstige', 'Hafenviertel', 'nein', null, '✓', null],
  ['Bezirksamt Elbufer – Fachamt Grundsicherung und Soziales', 'Sozialamt', 'Sonstige', 'bezirksweit', 'nein', null, null, null],
  ['Schuldner- und Insolvenzberatung Neuenmoor', 'Schuldnerberatung', 'Beratung', 'Neuenmoor', 'ja', null, 'x', null],
  ['Drogen- und Suchtberatung Elbufer', 'Suchtberatung', 'psychosoziale Beratung', 'Elbufer-Mitte', 'Ja', '-', 'x', 'AG Kinder suchtkranker Eltern'],
  ['Migrationsberatung für Erwachsene (MBE) Heidekamp', 'Migrationsberatung', 'Beratung', 'Heidekamp', 'nein', null, '✓', null],
  ['Frauenhaus Elbufer', 'Frauenhaus', 'Beratung', 'bezirksweit', 'ja', null, 'x', 'Adresse nicht öffentlich'],
];

function networkSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Netzwerk Frühe Hilfen', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.getCell('A1').value = 'Netzwerk Frühe Hilfen Bezirk Elbufer – Partnerliste, Stand Oktober 2026';
  ws.getCell('A1').font = TITLE_FONT;
  ws.mergeCells('A1:I1');
  ws.getCell('A3').value =
    'Hinweis: Kooperationsvereinbarung = unterschriebene KV liegt der Koordinierungsstelle vor. Änderungen bitte an die Netzwerkkoordination melden.';
  ws.getCell('A3').font = NOTE_FONT;
  ws.mergeCells('A3:I3');

  let nr = 0;
  const rows: Cell[][] = PARTNERS.map((p) => (p === null ? Array<Cell>(NETWORK_HEADER.length).fill(null) : [++nr, ...p]));
  ws.addTable({
    name: 'Partnerliste',
    ref: 'A4',
    headerRow: true,
    columns: NETWORK_HEADER.map((name) => ({ name, filterButton: true })),
    rows,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
  });
  ws.getRow(4).font = { bold: true };
  ws.getRow(4).alignment = { wrapText: true, vertical: 'middle' };
  [5, 62, 26, 22, 15, 16, 15, 14, 48].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let r = 5; r < 5 + rows.length; r++) {
    for (const c of [6, 7, 8]) ws.getCell(r, c).alignment = { horizontal: 'center' };
  }
}

// ---------------------------------------------------------------- Budget 2027

/** Children aged 0–3 per Sozialraum (sum 5,860 ≈ 3.5 % of 167,494), given on each Sozialraum's first line. */
const CHILDREN: Readonly<Record<string, number>> = {
  'Elbufer-Mitte': 1420,
  Heidekamp: 1085,
  Neuenmoor: 960,
  Süderhöhe: 870,
  Hafenviertel: 1525,
};

/** [Sozialraum, Maßnahme, Finanzierung, Betrag]; two amounts are typed as text, as planners do. */
const BUDGET: [string, string, string, number | string][] = [
  ['bezirksweit', 'Netzwerkkoordination Frühe Hilfen (Personal 1,0 VZÄ)', 'kommunal', 78400],
  ['bezirksweit', 'Netzwerkkoordination: Sachkosten, Netzwerkkonferenz, Fortbildung', 'Bundesstiftung Frühe Hilfen', 14200],
  ['bezirksweit', 'Qualifizierung Familienhebammen (Landesprogramm)', 'Land', 4800],
  ['Elbufer-Mitte', 'Familienhebammen / FGKiKP (längerfristige aufsuchende Begleitung)', 'Bundesstiftung Frühe Hilfen', 38000],
  ['Elbufer-Mitte', 'Familienteam: Willkommensbesuche und offene Sprechstunde', 'kommunal', 96300],
  ['Heidekamp', 'Elterncafé im Familienzentrum Heidekamp', 'Bundesstiftung Frühe Hilfen', '12.500 €'],
  ['Heidekamp', 'Familienzentrum Heidekamp (Personal)', 'kommunal', 84500],
  ['Neuenmoor', 'Babytreff und Hebammensprechstunde', 'Bundesstiftung Frühe Hilfen', '8.450,00 €'],
  ['Neuenmoor', 'Familienzentrum Neuenmoor (Personal)', 'kommunal', 71200],
  ['Süderhöhe', 'Willkommensbesuche (Koordination)', 'Bundesstiftung Frühe Hilfen', 14000],
  ['Süderhöhe', 'Elternarbeit in Kitas (Kita-Plus)', 'kommunal', 38600],
  ['Hafenviertel', 'Familienhebammen / FGKiKP (längerfristige aufsuchende Begleitung)', 'Bundesstiftung Frühe Hilfen', 22752],
  ['Hafenviertel', 'Eltern-Kind-Zentrum Hafenviertel (Personal und Miete)', 'kommunal', 112900],
  ['Hafenviertel', 'Familienhebammen / FGKiKP (kommunale Aufstockung)', 'kommunal', 22000],
];

function budgetSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Budget 2027', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell('A1').value = 'Frühe Hilfen – Budgetplanung 2027 nach Sozialräumen (Entwurf für den Jugendhilfeausschuss)';
  ws.getCell('A1').font = TITLE_FONT;
  const header = ['Sozialraum', 'Maßnahme', 'Finanzierung', 'Betrag', 'Kinder 0–3'];
  const headerRow = ws.getRow(3);
  header.forEach((h, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });

  const first = 4;
  const seen = new Set<string>();
  BUDGET.forEach(([sozialraum, measure, source, amount], i) => {
    const row = ws.getRow(first + i);
    row.getCell(1).value = sozialraum;
    row.getCell(2).value = measure;
    row.getCell(3).value = source;
    row.getCell(4).value = amount;
    row.getCell(4).numFmt = EURO;
    if (typeof amount === 'string') row.getCell(4).alignment = { horizontal: 'right' };
    const children = CHILDREN[sozialraum];
    if (children !== undefined && !seen.has(sozialraum)) {
      seen.add(sozialraum);
      row.getCell(5).value = children;
      row.getCell(5).numFmt = '#,##0';
    }
    for (let c = 1; c <= 5; c++) row.getCell(c).border = THIN;
  });

  const last = first + BUDGET.length - 1;
  const sum = ws.getRow(last + 1);
  sum.getCell(1).value = 'Summe';
  // Excel's SUM skips the two amounts typed as text, so the cached total is what Excel itself shows.
  const numeric = BUDGET.reduce((s, [, , , a]) => s + (typeof a === 'number' ? a : 0), 0);
  const children = Object.values(CHILDREN).reduce((s, n) => s + n, 0);
  sum.getCell(4).value = { formula: `SUM(D${first}:D${last})`, result: numeric };
  sum.getCell(4).numFmt = EURO;
  sum.getCell(5).value = { formula: `SUM(E${first}:E${last})`, result: children };
  sum.getCell(5).numFmt = '#,##0';
  for (let c = 1; c <= 5; c++) {
    sum.getCell(c).font = { bold: true };
    sum.getCell(c).border = { ...THIN, top: { style: 'double' } };
  }
  ws.getCell(`A${last + 3}`).value = 'Landesmittel nur für 2027 zugesagt. Kinderzahlen: Melderegister 31.12.2025.';
  ws.getCell(`A${last + 3}`).font = NOTE_FONT;
  [16, 62, 28, 16, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

// ---------------------------------------------------------------- Kriterien

/** [Nr., short name in the planner's own words, status as typed, Nachweis / Bemerkung]. */
const CRITERIA_ROWS: [string, string, string | null, string | null][] = [
  ['3.1', 'Koordinierungsstelle mit eigener Stelle', 'erfüllt', '1,0 VZÄ im Jugendamt, Aufgabenprofil im Bezirkskonzept'],
  ['3.2', 'Steuerungsgruppe und AGs', 'erfüllt', null],
  ['3.3', 'Netzwerkkonferenz für alle Partner', 'erfüllt', 'jährlich, zuletzt Juni 2026'],
  ['3.4', 'Absprachen für den Einzelfall', 'teilweise', 'Ablauf bei Kindeswohlgefährdung vereinbart; kein gemeinsames Einschätzungsinstrument'],
  ['3.5', 'Anbindung an Jugendhilfeplanung und Gesundheitswesen', 'teilweise', 'über Gesundheitsamt; niedergelassene Praxen nicht beteiligt'],
  ['3.6', 'Fortbildungsbedarf erheben, gemeinsame Fortbildung', 'nicht erfüllt', 'keine systematische Abfrage'],
  ['4.1', 'Auftrag und Ziele geklärt', 'Erfüllt', 'Bezirkskonzept 2013, Zielvereinbarung'],
  ['4.2', 'Arbeitsgruppen nach Alter, Sozialraum, Zielgruppe', 'teilweise', 'sozialräumliche Teams in 3 von 5 Sozialräumen'],
  ['4.3', 'Einbindung auf passender Ebene (Sozialraum / Bezirk)', 'offen', null],
  ['4.4', 'Aufträge der Gremien festgelegt und bekannt', 'teilw.', 'nur für AK Früherkennung schriftlich'],
  ['4.5', 'Gemeinsame Fortbildung, anonyme Fallberatung', 'erfüllt', 'zwei Fachtage 2026'],
  ['4.6', 'Angebote passend zur Vielfalt der Familien', 'teilweise', null],
  ['4.7', 'Information zwischen den Treffen', 'erfüllt', 'Newsletter viermal im Jahr'],
  ['4.8', 'Regelmäßige Öffentlichkeitsarbeit', null, null],
  ['5.1', 'Angebotsübersicht für Fachkräfte', 'erfüllt', 'Flyer für Fachleute, Stand 2025'],
  ['5.2', 'Geregelte Zusammenarbeit Jugendhilfe und Gesundheit', 'teilweise', 'Dienstvereinbarung JA/GA; Kinder- und Frauenarztpraxen fehlen'],
  ['5.3', 'Fachliche Diskussion über Bedarfe', 'offen', null],
  ['5.4', 'Regelmäßiger Austausch, Fallberatung', 'erfüllt', 'AK Frühe Hilfen sechsmal im Jahr'],
  ['5.5', 'Kitas und Familienzentren als Anlaufstellen', 'teilweise', 'nicht in Süderhöhe'],
  ['5.6', 'Bedarfsplanung in der Jugendhilfeplanung', 'nicht erfüllt', 'Frühe Hilfen bisher nicht im Jugendhilfeplan'],
  ['5.7', 'Stärkung der Erziehung in der Familie', 'erfüllt', null],
  ['5.8', 'Voraussetzungen an den Schnittstellen', 'offen', null],
  ['5.9', 'Jugendamt moderiert und koordiniert', 'erfüllt', 'Netzwerkkoordination im Jugendamt'],
  ['5.10', 'Auswertung der Netzwerkarbeit', 'nicht erfüllt', null],
  ['5.11', 'Zugänge und Treffpunkte für Eltern', 'teilweise', 'Elterncafés in Heidekamp und Hafenviertel'],
  ['5.12', 'Alltagsnahe Beratung, Ärzt:innen beteiligt', 'nicht erfüllt', 'keine Arztpraxen im Netzwerk'],
  ['5.13', 'Eltern finden die Angebote hilfreich', null, null],
  ['6.1', 'Schriftliches Netzwerkkonzept mit Zielen', 'erfüllt', 'Bezirkskonzept Frühe Hilfen (Überarbeitung 2027 geplant)'],
  ['6.2', 'Konzept zielt auf bessere Zusammenarbeit', 'erfüllt', null],
  ['6.3', 'Beteiligung der Familien im Konzept', 'nicht erfüllt', null],
  ['6.4', 'Reflexion der Koordination', 'offen', null],
];

function criteriaSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Kriterien', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.getCell('A1').value = 'Selbstbewertung nach den NZFH-Qualitätskriterien (Kapitel 3–6), Stand September 2026';
  ws.getCell('A1').font = TITLE_FONT;
  ['Nr.', 'Kriterium', 'Status', 'Nachweis / Bemerkung'].forEach((h, i) => {
    const cell = ws.getCell(2, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });
  CRITERIA_ROWS.forEach((values, i) => {
    const row = ws.getRow(3 + i);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      // Criterion numbers stay text ("5.10" as a number would read 5.1).
      cell.value = v;
      cell.border = THIN;
    });
  });
  [6, 52, 14, 70].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

// ---------------------------------------------------------------- Einstellungen

function settingsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Einstellungen');
  ws.getCell('A1').value = 'Einstellungen für Bedarfsrechnung und Prüfbericht';
  ws.getCell('A1').font = TITLE_FONT;
  const rows: [string, string | number | null, string, string?][] = [
    ['Kommune', 'Bezirk Elbufer', 'für die Kopfzeile des Prüfberichts'],
    ['Netzwerk', 'Netzwerk Frühe Hilfen Elbufer', 'Name des Netzwerks'],
    ['Berichtsjahr', 2027, 'Haushaltsjahr, über das der Ausschuss berät'],
    ['Einwohnerzahl', 167494, 'Melderegister, Stand 31.12.2025', '#,##0'],
    ['Anteil Kinder 0–3', '3,5 %', 'Anteil an der Bevölkerung'],
    ['Geburten pro Jahr', 1950, 'Statistikstelle, Mittel 2023–2025', '#,##0'],
    ['Kosten je Vollzeitstelle Familienhebamme (€/Jahr)', '78.000 €', 'eigene Kalkulation des Jugendamts (TVöD, mit Sachkosten)'],
    ['Pflicht-Akteurstypen', null, '(leer = Standardliste)'],
  ];
  rows.forEach(([key, value, hint, fmt], i) => {
    const row = ws.getRow(3 + i);
    row.getCell(1).value = key;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value;
    if (fmt) row.getCell(2).numFmt = fmt;
    row.getCell(2).alignment = { horizontal: 'right' };
    row.getCell(3).value = hint;
    row.getCell(3).font = NOTE_FONT;
  });
  ws.getCell('A12').value = 'Hinweis: Die Werte in Spalte B werden für den Prüfbericht 2027 verwendet. Leere Felder = Standardwerte des Prüfwerkzeugs.';
  ws.getCell('A12').font = NOTE_FONT;
  [38, 14, 48].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** The example workbook as .xlsx bytes. */
export async function buildExampleWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = AUTHOR;
  wb.lastModifiedBy = AUTHOR;
  wb.created = DOC_DATE;
  wb.modified = DOC_DATE;
  wb.title = 'Netzwerk Frühe Hilfen Bezirk Elbufer (fiktives Beispiel)';
  networkSheet(wb);
  budgetSheet(wb);
  criteriaSheet(wb);
  settingsSheet(wb);
  return withFixedZipTimes(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), DOC_DATE);
}

/**
 * exceljs stamps every zip entry with the current time; setting them to one date makes a rebuild
 * byte-identical, so git sees a change only when the content changes. Patches the DOS time/date of
 * each central-directory entry and of the local header it points to (no checksum covers them).
 */
function withFixedZipTimes(zip: Buffer, date: Date): Buffer {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('exceljs wrote no zip end record');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('unexpected zip central directory layout');
    zip.writeUInt16LE(time, at + 12);
    zip.writeUInt16LE(day, at + 14);
    const local = zip.readUInt32LE(at + 42);
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(day, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

export const EXAMPLE_PATH = path.join(__dirname, '..', 'examples', 'netzwerk-beispiel.xlsx');

if (require.main === module) {
  buildExampleWorkbook()
    .then(async (bytes) => {
      await fs.mkdir(path.dirname(EXAMPLE_PATH), { recursive: true });
      await fs.writeFile(EXAMPLE_PATH, bytes);
      console.log(`wrote ${path.relative(process.cwd(), EXAMPLE_PATH)} (${bytes.length} bytes)`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
