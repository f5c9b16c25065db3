/*
 * Task pane measures, for `npm run bench` (benchTaskpane) and printed by the browser test:
 * - JavaScript the add-in's page loads, gzipped, everything but office.js (target ≤ 100 KB);
 * - time from page load to findings shown for the example in the browser preview (target < 300 ms);
 * - Excel round trips (context.sync) per audit: Prüfen, and Prüfbericht with its write (target 2).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { Browser } from 'playwright-core';
import { a1 } from '../src/core/address';
import { isCellError, SheetGrid } from '../src/core/grid';
import { PaneController } from '../src/taskpane/controller';
import { OfficeWorkbookPort } from '../src/workbook/office';
import { readXlsxFile } from '../src/workbook/xlsx/readXlsx';
import { buildPreview, EXAMPLE_FILE, ROOT, runWebpack, startPreviewServer } from '../scripts/preview';
import { launchChromium } from '../test/browser/chromium';
import { fakeExcel } from '../test/workbook/officeMock';

export const TARGETS = { gzipBytes: 100 * 1024, findingsMs: 300, syncsPerReport: 2 } as const;

/** Gzipped size of every .js file in a build folder (office.js is never in it: it comes from the CDN). */
export async function gzippedScripts(dir: string): Promise<{ total: number; files: Record<string, number> }> {
  const files: Record<string, number> = {};
  for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.js')).sort()) {
    files[name] = gzipSync(await fs.readFile(path.join(dir, name)), { level: 9 }).length;
  }
  return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
}

/** The add-in as `npm run build` makes it (pane, commands, FH.* functions), in its own folder. */
export async function buildAddin(): Promise<string> {
  const dir = path.join(ROOT, 'build', 'addin-size');
  await runWebpack({ outDir: dir });
  return dir;
}

/** Median over fresh browser contexts of the time from navigation start to the pane's "findings shown" mark. */
export async function timeToFindings(browser: Browser, url: string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('fh-findings-shown').length > 0);
    times.push(await page.evaluate(() => performance.getEntriesByName('fh-findings-shown')[0].startTime));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Round trips the pane's Office.js port makes for Prüfen and for Prüfbericht, on the example in the mocked Excel. */
export async function syncsPerAudit(): Promise<{ audit: number; report: number }> {
  const { sheets } = await readXlsxFile(EXAMPLE_FILE);
  // As Excel hands them over: error values as their text.
  const rows = (values: SheetGrid['values']) => values.map((r) => r.map((v) => (isCellError(v) ? v.error : v)));
  const fake = fakeExcel(sheets.map((s) => ({ name: s.name, rows: rows(s.values), start: a1(s.originRow, s.originColumn) })));
  (globalThis as unknown as { Excel: unknown; Office: unknown }).Excel = fake.Excel;
  (globalThis as unknown as { Office: unknown }).Office = fake.Office;
  const port = new OfficeWorkbookPort();
  await port.open();
  const controller = new PaneController(port, 'de');
  let syncs = 0;
  const sync = fake.context.sync.bind(fake.context);
  fake.context.sync = async () => {
    syncs++;
    await sync();
  };
  await controller.audit();
  const audit = syncs;
  syncs = 0;
  await controller.writeReport();
  return { audit, report: syncs };
}

export interface TaskpaneMeasures {
  readonly gzipBytes: number;
  readonly files: Record<string, number>;
  readonly findingsMs: number;
  readonly syncs: { audit: number; report: number };
}

export function formatMeasures(m: TaskpaneMeasures): string {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  return [
    'Task pane',
    `  JavaScript gzipped (all but office.js): ${(m.gzipBytes / 1024).toFixed(1)} KB (${Object.entries(m.files).map(([f, n]) => `${f} ${(n / 1024).toFixed(1)}`).join(', ')}) · target ≤ 100 KB ${verdict(m.gzipBytes <= TARGETS.gzipBytes)}`,
    `  page load → findings shown, example in the preview: ${m.findingsMs.toFixed(0)} ms (median of 5) · target < 300 ms ${verdict(m.findingsMs < TARGETS.findingsMs)}`,
    `  Excel syncs: Prüfen ${m.syncs.audit}, Prüfbericht ${m.syncs.report} (read + write) · target 2 ${verdict(m.syncs.report <= TARGETS.syncsPerReport)}`,
  ].join('\n');
}

/** For `npm run bench`: builds what it measures, prints the figures and returns them. */
export async function benchTaskpane(): Promise<TaskpaneMeasures> {
  const { total, files } = await gzippedScripts(await buildAddin());
  await buildPreview({ quiet: true });
  const server = await startPreviewServer();
  const browser = await launchChromium();
  try {
    const measures = { gzipBytes: total, files, findingsMs: await timeToFindings(browser, server.url), syncs: await syncsPerAudit() };
    console.log(`\n${formatMeasures(measures)}`);
    return measures;
  } finally {
    await browser.close();
    await server.close();
  }
}
