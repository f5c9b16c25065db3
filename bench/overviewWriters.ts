import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as path from 'path';
import { chartData } from '../src/cli/batch/chartData';
import { KIND_FORMATS, overviewColumns } from '../src/cli/batch/columns';
import { overviewXlsx } from '../src/cli/batch/overviewXlsx';
import { FileOutcome, rowOf } from '../src/cli/batch/row';
import { auditSnapshot } from '../src/workbook/auditSnapshot';
import { readXlsxFile } from '../src/workbook/xlsx/readXlsx';

const ROOT = path.resolve(__dirname, __filename.endsWith('.ts') ? '..' : '../../..');

/** ms to load a module in a fresh node: what every run that writes an overview pays first. */
function loadMs(module: string): number {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(module)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  const times = Array.from({ length: 5 }, () => Number(spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }).stdout));
  return times.sort((a, b) => a - b)[2];
}

async function medianMsAsync(fn: () => Promise<unknown> | unknown, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** The same overview table through exceljs: header, formats, filter, frozen header; exceljs cannot add the chart. */
async function withExceljs(lines: readonly FileOutcome[]): Promise<Buffer> {
  const columns = overviewColumns('de', false);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Übersicht', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.addRow(columns.map((c) => c.label)).font = { bold: true };
  for (const line of lines) ws.addRow(columns.map((c) => c.value(line)));
  columns.forEach((c, i) => {
    const format = KIND_FORMATS[c.kind];
    if (format) ws.getColumn(i + 1).numFmt = format;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: lines.length + 1, column: columns.length } };
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * How the .xlsx overview is written, measured: the hand-written SpreadsheetML writer (node's zlib,
 * no dependency) against exceljs (a devDependency, the only well-kept candidate already in the tree)
 * on an overview of `count` districts shaped like the example's row.
 */
export async function benchOverviewWriters(example: string, count: number): Promise<void> {
  const columns = overviewColumns('de', false);
  const row = rowOf(auditSnapshot(await readXlsxFile(example), example).result, example, false);
  // The example's row once per district, each with its own name and a share that varies (the chart ranks them).
  const lines: FileOutcome[] = Array.from({ length: count }, (_, i) => ({
    kind: 'row',
    row: { ...row, file: `bezirk-${i + 1}.xlsx`, kommune: `Bezirk ${i + 1}`, indicators: { ...row.indicators, requiredPresent: (i % 15) / 14 } },
  }));
  const own = await medianMsAsync(() => overviewXlsx(lines, columns, chartData(lines, columns, 'requiredPresent'), 'de'));
  const viaExceljs = await medianMsAsync(() => withExceljs(lines));
  const ownSize = overviewXlsx(lines, columns, chartData(lines, columns, 'requiredPresent'), 'de').length;
  const exceljsSize = (await withExceljs(lines)).length;
  const pad = (s: string) => s.padEnd(24);
  console.log(`\nOverview writer, ${lines.length} rows (median of 7 after warm-up; load = require in a fresh node, median of 5)`);
  console.log(`${pad('writer')}${'write ms'.padStart(9)}${'load ms'.padStart(9)}${'bytes'.padStart(9)}  chart`);
  console.log(`${pad('own SpreadsheetML+zlib')}${own.toFixed(1).padStart(9)}${loadMs('./lib/workbook/xlsx/write/xlsxFile.js').toFixed(1).padStart(9)}${String(ownSize).padStart(9)}  native bar chart`);
  console.log(`${pad('exceljs 4.4 (no chart)')}${viaExceljs.toFixed(1).padStart(9)}${loadMs('exceljs').toFixed(1).padStart(9)}${String(exceljsSize).padStart(9)}  cannot write charts`);
}
