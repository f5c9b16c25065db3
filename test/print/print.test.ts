/*
 * The Prüfbericht as printed: the example's HTML report through Debian's chromium to PDF (A4, at most
 * five pages, page numbers, no word split outside a hyphenation point), the network map in it (a mark
 * per partner or counts adding up, a dashed place per missing required type, names as text), axe-core
 * on the report, and the report without budget, criteria or Sozialraum column saying what is missing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import { AuditResult } from '../../src/core/audit/result';
import { CellValue, SheetGrid } from '../../src/core/grid';
import { Lang } from '../../src/core/lang';
import { buildReport } from '../../src/report/buildReport';
import { REPORT_LABELS } from '../../src/report/labels';
import { ReportDoc } from '../../src/report/model';
import { renderHtml } from '../../src/report/render/html';
import { auditSnapshot } from '../../src/workbook/auditSnapshot';
import { WorkbookSnapshot } from '../../src/workbook/port';
import { readXlsxFile } from '../../src/workbook/xlsx/readXlsx';
import { EXAMPLE_FILE } from '../../scripts/preview';
import { launchChromium } from '../browser/chromium';
import { largeNetwork } from './networks';
import { pdfPages, pdfText, printToPdf, sourceWords, wordsSplitOutsideHyphenation } from './pdf';

const AXE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');
const date = new Date(Date.UTC(2026, 10, 23));

let dir: string;
let browser: Browser;
let example: WorkbookSnapshot;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fh-print-'));
  example = await readXlsxFile(EXAMPLE_FILE);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function report(snapshot: WorkbookSnapshot, lang: Lang = 'de'): { result: AuditResult; doc: ReportDoc; html: string } {
  const { result } = auditSnapshot(snapshot);
  const doc = buildReport(result, { lang, date, workbookName: snapshot.name ?? null });
  return { result, doc, html: renderHtml(doc) };
}

/** The report in a page of its own; nothing beyond it may load. */
async function show(html: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
  await context.route(/.*/, (route) => route.abort());
  const page = await context.newPage();
  await page.setContent(html);
  return page;
}

async function mapCounts(page: Page): Promise<{ marks: number; aggregated: number; missing: number }> {
  return page.evaluate(() => ({
    marks: document.querySelectorAll('svg.fh-map .fh-partner').length,
    aggregated: Array.from(document.querySelectorAll('svg.fh-map .fh-aggregate')).reduce((n, g) => n + Number(g.getAttribute('data-count')), 0),
    missing: document.querySelectorAll('svg.fh-map .fh-missing').length,
  }));
}

const placed = (r: AuditResult) => r.partners.filter((p) => p.kernbereich !== null).length;
const requiredMissing = (r: AuditResult) => r.missingActorTypes.filter((m) => m.requirement === 'required').length;

describe('printed Prüfbericht', () => {
  it('prints the example on at most five A4 pages, numbered, with no word split outside a hyphenation point', () => {
    const { html } = report(example);
    const pdf = printToPdf(html, dir, 'beispiel');
    const pages = pdfPages(pdf);
    expect(pages).toBeLessThanOrEqual(5);
    const text = pdfText(pdf);
    expect(text).toContain(`Seite 1 von ${pages}`);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    expect(wordsSplitOutsideHyphenation(text, sourceWords(html))).toEqual([]);
    // Page one is the Kurzfassung: its next steps and questions end before the map begins.
    const first = text.split('\f')[0];
    expect(first).toContain('Handlungsempfehlungen');
    expect(first).not.toContain('Netzwerkkarte');
    expect(text.split('\f').findIndex((p) => p.includes('Arbeitsliste Netzwerkkoordination'))).toBeGreaterThan(1);
  });

  it('the word check finds a word broken mid-word, with or without a hyphen', () => {
    const words = sourceWords('<p>Heidekamp und Kooperations\u00advereinbarung</p>');
    expect(wordsSplitOutsideHyphenation('Heidekam\np', words)).toEqual(['Heidekam|p']);
    expect(wordsSplitOutsideHyphenation('Koop\u2010\nerationsvereinbarung', words)).toEqual(['Koop\u2010|erationsvereinbarung']);
    expect(wordsSplitOutsideHyphenation('Kooperations\u2010\nvereinbarung\nHeidekamp\nund', words)).toEqual([]);
  });

  it('draws the example’s map: a mark per partner, a dashed place per missing required type; axe finds nothing serious', async () => {
    const { result, html } = report(example);
    const page = await show(html);
    expect(await mapCounts(page)).toEqual({ marks: placed(result), aggregated: 0, missing: requiredMissing(result) });
    expect(requiredMissing(result)).toBeGreaterThan(0);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const { violations } = await axe.run(document);
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('aggregates a 300-partner network into counts that add up, and still prints it', async () => {
    const { result, html } = report(largeNetwork(example));
    expect(result.actors).toBe(300);
    const page = await show(html);
    const counts = await mapCounts(page);
    expect(counts.marks + counts.aggregated).toBe(placed(result));
    expect(counts.aggregated).toBeGreaterThan(0);
    expect(counts.missing).toBe(requiredMissing(result));
    await page.context().close();
    const pdf = printToPdf(html, dir, 'gross');
    expect(wordsSplitOutsideHyphenation(pdfText(pdf), sourceWords(html))).toEqual([]);
  });

  it('keeps a partner named like HTML as text in the map’s labels and titles', async () => {
    const evil = '<img src=x onerror="window.__xss=1">';
    const network: SheetGrid = {
      name: 'Netzwerk',
      values: [['Einrichtung', 'Art', 'Kernbereich', 'Sozialraum', 'KV'], [evil, 'Verein', 'Weitere Akteure', 'Nord', 'ja'], ['Jugendamt Musterkreis', 'Jugendamt', null, 'Nord', 'nein']],
      originRow: 0,
      originColumn: 0,
    };
    const { html } = report({ name: 'böse.xlsx', sheets: [network], settings: {} });
    const page = await show(html);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    const texts = await page.locator('svg.fh-map text, svg.fh-map title').allTextContents();
    expect(texts.some((t) => t.startsWith('<img src=x'))).toBe(true);
    await page.context().close();
  });

  it.each([
    ['no budget sheet', (s: SheetGrid) => !s.name.startsWith('Budget'), 'budget', 'noBudget'],
    ['no criteria sheet', (s: SheetGrid) => s.name !== 'Kriterien', 'criteria', 'criteriaNoSheet'],
  ] as const)('says in one line what is missing: %s (German and English)', (_, keep, section, line) => {
    for (const lang of ['de', 'en'] as const) {
      const { doc, html } = report({ ...example, sheets: example.sheets.filter(keep) }, lang);
      const found = doc.sections.find((s) => s.id === section);
      expect(found?.blocks).toContainEqual({ kind: 'paragraph', text: REPORT_LABELS[lang][line] });
      expect(html).toContain(REPORT_LABELS[lang][line].replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    }
  });

  it('says in one line that the list has no Sozialraum column, and the English report prints too', () => {
    const withoutColumn = example.sheets.map((s) => (s.name === 'Netzwerk Frühe Hilfen' ? { ...s, values: s.values.map((row): CellValue[] => row.filter((_, c) => c !== 4)) } : s));
    for (const lang of ['de', 'en'] as const) {
      const { doc } = report({ ...example, sheets: withoutColumn }, lang);
      expect(doc.sections.find((s) => s.id === 'kernbereiche')?.blocks).toContainEqual({ kind: 'paragraph', text: REPORT_LABELS[lang].noSozialraum });
    }
    const { html } = report(example, 'en');
    const pdf = printToPdf(html, dir, 'english');
    const text = pdfText(pdf);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(6);
    expect(text).toContain('Page 1 of');
    expect(wordsSplitOutsideHyphenation(text, sourceWords(html))).toEqual([]);
    expect(readFileSync(path.join(dir, 'english.html'), 'utf8')).toContain('<html lang="en">');
  });
});
