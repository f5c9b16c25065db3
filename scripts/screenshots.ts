/*
 * The pictures in docs/: page one of the printed Prüfbericht and the network map for the bundled
 * example and for a generated 300-partner network, and the task pane at 320 px. Printed and
 * photographed with Debian's chromium, as the print test does; nothing leaves the machine.
 *
 *   npx tsx scripts/screenshots.ts
 */
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildReport } from '../src/report/buildReport';
import { renderHtml } from '../src/report/render/html';
import { auditSnapshot } from '../src/workbook/auditSnapshot';
import { WorkbookSnapshot } from '../src/workbook/port';
import { readXlsxFile } from '../src/workbook/xlsx/readXlsx';
import { launchChromium } from '../test/browser/chromium';
import { largeNetwork } from '../test/print/networks';
import { pdfPagePng, printToPdf } from '../test/print/pdf';
import { buildPreview, EXAMPLE_FILE, ROOT, startPreviewServer } from './preview';

const DOCS = path.join(ROOT, 'docs');
const date = new Date(Date.UTC(2026, 10, 23));

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fh-shots-'));
  const example = await readXlsxFile(EXAMPLE_FILE);
  const networks: [string, WorkbookSnapshot][] = [
    ['beispiel', example],
    ['300-partner', largeNetwork(example)],
  ];
  const browser = await launchChromium();
  try {
    for (const [name, snapshot] of networks) {
      const html = renderHtml(buildReport(auditSnapshot(snapshot).result, { lang: 'de', date, workbookName: snapshot.name ?? null }));
      pdfPagePng(printToPdf(html, dir, name), 1, path.join(DOCS, `pruefbericht-${name}-seite-1.png`));
      const page = await browser.newPage({ viewport: { width: 820, height: 1000 } });
      await page.route(/.*/, (route) => route.abort());
      await page.setContent(html);
      await page.locator('figure.map').screenshot({ path: path.join(DOCS, `netzwerkkarte-${name}.png`) });
      await page.close();
    }
    await buildPreview({ quiet: true });
    const server = await startPreviewServer();
    try {
      const page = await browser.newPage({ viewport: { width: 320, height: 1400 } });
      await page.goto(`${server.url}?lang=de`);
      await page.waitForSelector('.tiles');
      await page.screenshot({ path: path.join(DOCS, 'aufgabenbereich-320px.png') });
      await page.close();
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Bilder in ${DOCS}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
