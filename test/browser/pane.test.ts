/*
 * The real task pane in Debian's chromium, against the browser preview (in-memory workbook from
 * the example .xlsx): findings shown, jump-to-cell, keyboard only, axe-core, escaping, requests
 * only to localhost, the column-mapping form. Prints the task pane measures at the end.
 */
import { promises as fs } from 'fs';
import * as http from 'http';
import * as path from 'path';
import { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { auditWorkbook } from '../../src/core/audit/audit';
import { SheetGrid } from '../../src/core/grid';
import { buildReport } from '../../src/report/buildReport';
import { findingText } from '../../src/report/findingText';
import { auditSnapshot } from '../../src/workbook/auditSnapshot';
import { readXlsxFile } from '../../src/workbook/xlsx/readXlsx';
import { overridesFromSettings, taughtFromSettings, WorkbookSnapshot } from '../../src/workbook/port';
import { buildPreview, EXAMPLE_FILE, PREVIEW_DIR, PreviewServer, startPreviewServer } from '../../scripts/preview';
import { formatMeasures, gzippedScripts, syncsPerAudit, timeToFindings } from '../../bench/taskpane';
import { launchChromium } from './chromium';

const AXE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

let browser: Browser;
let server: PreviewServer;
let example: readonly SheetGrid[];
/** Every URL any page asked for that is not on localhost. */
const foreign: string[] = [];
/** Every URL beyond localhost that got an answer: must stay empty (all were blocked). */
const answered: string[] = [];

beforeAll(async () => {
  example = (await readXlsxFile(EXAMPLE_FILE)).sheets;
  await buildPreview({ quiet: true });
  [browser, server] = await Promise.all([launchChromium(), startPreviewServer()]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 }, ...options });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (!/^http:\/\/localhost:\d+\//.test(r.url())) foreign.push(r.url());
  });
  page.on('requestfinished', (r) => {
    if (!/^http:\/\/localhost:\d+\//.test(r.url())) answered.push(r.url());
  });
  // Nothing may leave the machine, office.js telemetry included.
  await context.route(/^(?!http:\/\/localhost:\d+\/)/, (route) => route.abort());
  await page.goto(url);
  await page.waitForSelector('.tiles, .alert');
  return page;
}

async function withServer<T>(snapshot: WorkbookSnapshot, run: (s: PreviewServer) => Promise<T>): Promise<T> {
  const s = await startPreviewServer({ snapshot });
  try {
    return await run(s);
  } finally {
    await s.close();
  }
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('task pane in the browser preview', () => {
  it('shows the example’s findings, grouped by severity, in German', async () => {
    const result = auditWorkbook(example);
    const page = await open(`${server.url}?lang=de`);
    expect(await page.locator('.finding').count()).toBe(result.findings.length);
    // The Kurzfassung and next steps first, the worklist last, as in the printed report.
    const titles = await page.locator('h2').allTextContents();
    expect(titles.slice(0, 2)).toEqual(['Kurzfassung', 'Handlungsempfehlungen']);
    expect(titles).toEqual(expect.arrayContaining(['Kernbereiche je Sozialraum', 'Budget und Bedarf', 'Arbeitsliste Netzwerkkoordination']));
    const errors = await page.locator('.group--error .finding__text').allTextContents();
    expect(errors).toEqual(result.findings.filter((f) => f.severity === 'error').map((f) => findingText(f, 'de')));
    expect(await page.getByRole('button', { name: 'Prüfen', exact: true }).count()).toBe(1);
    await page.context().close();
  });

  it('selects the cell of a finding when it is clicked', async () => {
    const page = await open(`${server.url}?lang=de`);
    const link = page.locator('.finding__link').first();
    const [sheet, cell] = [await link.getAttribute('data-sheet'), await link.getAttribute('data-cell')];
    await link.click();
    const selections = await page.evaluate(() => (window as unknown as { fhPreview: { port: { selections: unknown[] } } }).fhPreview.port.selections);
    expect(selections).toEqual([{ sheet, address: cell }]);
    expect(await page.locator('.status').textContent()).toContain(`${cell}`);
    await page.context().close();
  });

  it('works by keyboard alone: audit, report, jump to a finding', async () => {
    const page = await open(`${server.url}?lang=en`);
    const focusTo = async (test: string) => {
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((t) => document.activeElement?.matches(t) ?? false, test)) return;
      }
      throw new Error(`Tab never reached ${test}`);
    };
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await focusTo('.button--primary');
    expect(await focusedText()).toBe('Check');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.status')?.textContent?.startsWith('Checked'));
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Audit report');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.status')?.textContent?.startsWith('Audit report written'));
    await focusTo('.finding__link');
    await page.keyboard.press('Enter');
    const selections = await page.evaluate(() => (window as unknown as { fhPreview: { port: { selections: unknown[] } } }).fhPreview.port.selections);
    expect(selections).toHaveLength(1);
    // Focus stays visible: the focused control has an outline.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await page.context().close();
  });

  it.each([
    ['light', { colorScheme: 'light' }],
    ['dark', { colorScheme: 'dark' }],
    ['high contrast', { forcedColors: 'active' }],
  ] as [string, BrowserContextOptions][])('has no serious or critical axe violation (%s, 320 px)', async (_, options) => {
    const page = await open(`${server.url}?lang=de`, { ...options, bypassCSP: true });
    await page.locator('details:not([open]) > summary').evaluateAll((s) => s.forEach((e) => (e as HTMLElement).click()));
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('opens the Prüfbericht for printing in a window of its own: the same report, styled, nothing sent', async () => {
    const page = await open(`${server.url}?lang=de`);
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Prüfbericht drucken / als PDF' }).click()]);
    await popup.waitForSelector('#summary');
    const text = (await popup.textContent('body')) ?? '';
    const { result } = auditSnapshot(await readXlsxFile(EXAMPLE_FILE));
    const doc = buildReport(result, { lang: 'de', date: new Date() });
    expect(text).toContain(doc.title);
    expect(await popup.locator('h2').first().textContent()).toBe('Kurzfassung');
    const summary = doc.sections[0].blocks.find((b): b is { kind: 'paragraph'; text: string } => b.kind === 'paragraph');
    expect(text).toContain(summary?.text.slice(0, 60));
    // The report's own style sheet applies under the pane's Content-Security-Policy.
    expect(await popup.evaluate(() => getComputedStyle(document.querySelector('h2') as Element).borderBottomStyle)).toBe('solid');
    expect(await popup.locator('svg.fh-map .fh-partner').count()).toBe(result.partners.filter((p) => p.kernbereich !== null).length);
    expect(await page.locator('.status').textContent()).toMatch(/^Prüfbericht im neuen Fenster geöffnet/);
    await page.context().close();
  });

  it('shows the network map with its table folded beside it', async () => {
    const page = await open(`${server.url}?lang=de`);
    const map = page.getByRole('img', { name: /^Netzwerkkarte:/ });
    expect(await map.count()).toBe(1);
    const result = auditWorkbook(example);
    expect(await page.locator('svg.fh-map .fh-partner').count()).toBe(result.partners.filter((p) => p.kernbereich !== null).length);
    await page.locator('summary', { hasText: 'Karte als Tabelle' }).click();
    expect(await page.locator('.map-figure table tbody tr').count()).toBe(4);
    await page.context().close();
  });

  it('renders a partner named like HTML as text, never as markup', async () => {
    const evil = '<img src=x onerror="window.__xss=1">';
    const grid: SheetGrid = {
      name: 'Netzwerk',
      values: [['Name der Einrichtung', 'Art', 'Sozialraum'], [evil, 'Verein', '</script><script>window.__xss=2</script>'], ['Gesundheitsamt', 'Gesundheitsamt', 'Nord']],
      originRow: 0,
      originColumn: 0,
    };
    await withServer({ name: 'böse.xlsx', sheets: [grid], settings: {} }, async (s) => {
      const page = await open(`${s.url}?lang=de`);
      expect(await page.locator('.finding__text', { hasText: evil }).count()).toBeGreaterThan(0);
      expect(await page.locator('#results img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      await page.context().close();
    });
  });

  it('asks for sheet and columns when it finds no list, and audits with the choice', async () => {
    const grid: SheetGrid = {
      name: 'Liste',
      values: [['Spalte 1', 'Spalte 2'], ['Nord', 'Stadt Musterstadt'], ['Süd', 'Praxis am Markt']],
      originRow: 0,
      originColumn: 0,
    };
    await withServer({ name: 'liste.xlsx', sheets: [grid], settings: {} }, async (s) => {
      const page = await open(`${s.url}?lang=de`, { bypassCSP: true });
      expect(await page.locator('.alert').textContent()).toMatch(/^Keine Netzwerkliste gefunden/);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('Zeile der Überschriften').fill('1');
      await page.getByLabel('Name der Einrichtung').selectOption({ label: 'B – Spalte 2' });
      await page.getByLabel('Sozialraum').selectOption({ label: 'A – Spalte 1' });
      await page.getByRole('button', { name: 'Speichern und prüfen' }).click();
      await page.waitForSelector('.tiles');
      expect(await page.locator('.tile__value').first().textContent()).toBe('2');
      const settings = await page.evaluate(() => (window as unknown as { fhPreview: { port: { readWorkbook: () => Promise<{ settings: Record<string, string> }> } } }).fhPreview.port.readWorkbook().then((w) => w.settings));
      expect(overridesFromSettings(settings)).toEqual({ networkSheet: 'Liste', headerRow: 0, columns: { name: 1, sozialraum: 0 } });
      await page.context().close();
    });
  });

  it('shows how the workbook was read, and reads the Berichtsjahr chosen in the pane', async () => {
    const sheet = (year: number, partners: string[]): SheetGrid => ({
      name: `Netzwerk ${year}`,
      values: [['Einrichtung', 'Art', 'Sozialraum'], ...partners.map((p) => [p, null, 'Nord'])],
      originRow: 0,
      originColumn: 0,
    });
    const sheets = [sheet(2025, ['Jugendamt Musterkreis', 'Kinderarztpraxis Dr. Weiß', 'Hebammenpraxis Lindner']), sheet(2026, ['Jugendamt Musterkreis', 'Hebammenpraxis Lindner'])];
    await withServer({ name: 'jahre.xlsx', sheets, settings: {} }, async (s) => {
      const page = await open(`${s.url}?lang=de`, { bypassCSP: true });
      const reading = page.getByRole('region', { name: 'So wurde die Arbeitsmappe gelesen' });
      expect(await reading.textContent()).toContain('Geprüft wird das Netzwerk 2026');
      expect(await page.locator('.tile__value').first().textContent()).toBe('2');
      await page.locator('summary', { hasText: 'Netzwerkblatt und Spalten zuordnen' }).click();
      expect(await page.getByText(/Zuletzt gelesen: 2026/).count()).toBe(1);
      await page.getByLabel('Berichtsjahr').fill('2025');
      await page.getByRole('button', { name: 'Berichtsjahr speichern' }).click();
      await page.waitForFunction(() => document.querySelector('.tile__value')?.textContent === '3');
      expect(await page.getByRole('region', { name: 'So wurde die Arbeitsmappe gelesen' }).textContent()).toContain('Geprüft wird das Netzwerk 2025');
      const settings = await page.evaluate(() => (window as unknown as { fhPreview: { port: { readWorkbook: () => Promise<{ settings: Record<string, string> }> } } }).fhPreview.port.readWorkbook().then((w) => w.settings));
      expect(overridesFromSettings(settings)).toEqual({ reportYear: 2025 });
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  });

  it('lists partners of unknown type, those that could explain a missing required type first, and learns a type the planner chooses', async () => {
    const network: SheetGrid = {
      name: 'Netzwerk',
      values: [
        ['Einrichtung', 'Art', 'Kernbereich', 'Sozialraum'],
        ['Jugendamt Musterkreis', null, null, 'kreisweit'],
        ['Förderverein Sonnenkinder', null, 'Weitere Akteure', 'Nord'],
        ['Bethesda', null, 'Gesundheit', 'Nord'],
        ['Kita Regenbogen', null, null, 'Nord'],
      ],
      originRow: 0,
      originColumn: 0,
    };
    await withServer({ name: 'lernen.xlsx', sheets: [network], settings: {} }, async (s) => {
      const page = await open(`${s.url}?lang=de`, { bypassCSP: true });
      const card = page.getByRole('region', { name: /Partner ohne erkannte Art/ });
      // Bethesda (health) could be the missing birth clinic: it comes first; the Förderverein ("weitere") after.
      expect(await card.locator('.finding__text').allTextContents()).toEqual(['Bethesda', 'Förderverein Sonnenkinder']);
      expect(await seriousViolations(page)).toEqual([]);
      const before = await page.locator('.finding', { hasText: 'Pflicht-Akteur fehlt: Geburtsklinik' }).count();
      expect(before).toBe(1);
      await page.getByLabel('Art von „Bethesda“').selectOption({ label: 'Geburtsklinik' });
      await page.waitForFunction(() => !Array.from(document.querySelectorAll('.finding')).some((f) => f.textContent?.includes('Pflicht-Akteur fehlt: Geburtsklinik')));
      expect(await page.getByRole('region', { name: /Partner ohne erkannte Art/ }).locator('.finding__text').allTextContents()).toEqual(['Förderverein Sonnenkinder']);
      const settings = await page.evaluate(() => (window as unknown as { fhPreview: { port: { readWorkbook: () => Promise<{ settings: Record<string, string> }> } } }).fhPreview.port.readWorkbook().then((w) => w.settings));
      expect(taughtFromSettings(settings)).toEqual([{ label: 'Bethesda', actorType: 'geburtsklinik' }]);
      await page.context().close();
    });
  });

  it('runs under a Content-Security-Policy that allows only itself and Microsoft’s office.js', async () => {
    const html = await fs.readFile(path.join(PREVIEW_DIR, 'taskpane.html'), 'utf8');
    // The minified page drops optional quotes around attribute values.
    const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)">/.exec(html)?.[1] ?? '';
    const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    for (const d of ['style-src', 'font-src', 'connect-src']) expect(directives[d]).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    // The shown page obeys it: the tests above ran with it in force (except where axe needed to inject itself).
  });

  it('answers only to localhost: another Host header (DNS rebinding) gets nothing', async () => {
    const { port } = new URL(server.url);
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port, path: '/taskpane.html', headers: { Host: host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on('error', reject);
      });
    expect(await status(`localhost:${port}`)).toBe(200);
    expect(await status(`127.0.0.1:${port}`)).toBe(200);
    expect(await status(`evil.example:${port}`)).toBe(421);
    expect(await status('localhost')).toBe(421);
  });

  it('reached no host but localhost: our code asks none, and office.js\'s own telemetry is blocked', () => {
    expect(answered).toEqual([]);
    // office.js (Microsoft's, loaded by the page) may try its telemetry frame; nothing else may be tried.
    expect(foreign.filter((url) => !/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//.test(url))).toEqual([]);
  });

  it('measures', async () => {
    const { total, files } = await gzippedScripts(PREVIEW_DIR);
    const measures = { gzipBytes: total, files, findingsMs: await timeToFindings(browser, server.url), syncs: await syncsPerAudit() };
    console.log(`${formatMeasures(measures)}\n  (size: the preview build, pane and commands without the FH functions; npm run bench measures the full add-in)`);
    expect(measures.syncs).toEqual({ audit: 1, report: 2 });
  });
});
