import { promises as fs } from 'fs';
import * as path from 'path';
import { Lang } from '../../core/lang';
import { zipComment } from '../../workbook/xlsx/write/zipWriter';
import { headOf, OwnFileKind, writeOwnFile } from '../reportFile';
import { UsageError } from '../usageError';
import { chartData } from './chartData';
import { ChartIndicator } from './chartIndicator';
import { overviewColumns } from './columns';
import { csvHeader, overviewCsv } from './overviewCsv';
import { OVERVIEW_HTML_MARKER, overviewHtml } from './overviewHtml';
import { OVERVIEW_ZIP_COMMENT, overviewXlsx } from './overviewXlsx';
import { FileOutcome } from './row';

export type OverviewFormat = 'xlsx' | 'csv' | 'html';

/** The format by the file's extension; anything else is a usage mistake. */
export function overviewFormat(target: string): OverviewFormat {
  const ext = path.extname(target).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv') return 'csv';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new UsageError('--overview schreibt .xlsx, .csv oder .html, z. B. --overview uebersicht.xlsx.', '--overview writes .xlsx, .csv or .html, e.g. --overview overview.xlsx.');
}

/** The last bytes of a file (an .xlsx's end record with its comment), or null. */
async function tailOf(p: string, bytes: number): Promise<Buffer | null> {
  try {
    const handle = await fs.open(p, 'r');
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, bytes);
      const buf = Buffer.alloc(length);
      await handle.read(buf, 0, length, size - length);
      return buf;
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/** True when the file is an .xlsx overview fh-check wrote (its zip comment, within the last bytes). */
export async function isOverviewXlsx(p: string): Promise<boolean> {
  const tail = await tailOf(p, 22 + 256);
  return tail !== null && zipComment(tail) === OVERVIEW_ZIP_COMMENT;
}

/** True when the file begins with the header line of an overview CSV of ours, in either language. */
async function isOverviewCsv(p: string): Promise<boolean> {
  const head = (await headOf(p, 16384))?.toString('utf8').replace(/^\ufeff/, '');
  if (head === undefined) return false;
  const first = head.split('\r\n')[0];
  return (['de', 'en'] as const).some((lang) => [false, true].some((names) => csvHeader(overviewColumns(lang, names), lang) === first));
}

/** The --report rules, with the marks of an overview in each format. */
export function overviewKind(format: OverviewFormat): OwnFileKind {
  return {
    option: '--overview',
    example: { de: `uebersicht.${format}`, en: `overview.${format}` },
    notOurs: { de: 'keine Übersicht von fh-check', en: 'not an fh-check overview' },
    earlier: (shown) => ({
      de: `${shown} ist eine frühere Übersicht. Mit --force wird sie ersetzt, oder wählen Sie einen anderen Namen.`,
      en: `${shown} is an earlier overview. Add --force to replace it, or choose another name.`,
    }),
    isOurs:
      format === 'xlsx' ? isOverviewXlsx : format === 'csv' ? isOverviewCsv : async (p) => (await headOf(p))?.toString('utf8').includes(OVERVIEW_HTML_MARKER) ?? false,
  };
}

export interface OverviewRequest {
  readonly target: string;
  readonly inputs: readonly string[];
  readonly force: boolean;
  readonly lang: Lang;
  readonly withNames: boolean;
  readonly chart: ChartIndicator;
  readonly date: string;
}

/** Writes the overview in the target's format, by the rules of --report (never an input, never a file not ours, an earlier one only with --force). */
export async function writeOverview(lines: readonly FileOutcome[], request: OverviewRequest): Promise<void> {
  const format = overviewFormat(request.target);
  const columns = overviewColumns(request.lang, request.withNames);
  const data =
    format === 'csv'
      ? overviewCsv(lines, columns, request.lang)
      : format === 'html'
        ? overviewHtml(lines, columns, chartData(lines, columns, request.chart), request.lang, request.date)
        : overviewXlsx(lines, columns, chartData(lines, columns, request.chart), request.lang);
  await writeOwnFile(request.target, data, request.inputs, request.force, overviewKind(format));
}
