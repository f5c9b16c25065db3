import * as os from 'os';
import * as path from 'path';
import { reportDate } from '../../report/labels';
import { limitsOfMb } from '../../workbook/xlsx/zip';
import { CliArgs } from '../args';
import { EXIT_FINDINGS, EXIT_INPUT, EXIT_OK } from '../exitCodes';
import type { Io } from '../main';
import { checkOwnTarget } from '../reportFile';
import { UsageError } from '../usageError';
import { AuditFileOptions } from './auditFile';
import { DEFAULT_CHART } from './chartIndicator';
import { expandInputs } from './inputs';
import { fileLine, summaryLine } from './lines';
import { overviewFormat, overviewKind, writeOverview } from './overviewFile';
import { PoolResult, runPool } from './pool';
import { BatchProgress } from './progress';
import { FileOutcome } from './row';

/** A file whose audit takes longer is stopped and reported (a 100,000-partner list takes seconds). */
const FILE_TIMEOUT_MS = 5 * 60_000;

/** From lib/ the worker is the compiled file beside this one; from the TypeScript sources (tests) the compiled one in lib/ runs. */
function workerScript(): string {
  return __filename.endsWith('.ts') ? path.resolve(__dirname, '../../../lib/cli/batch/worker.js') : path.join(__dirname, 'worker.js');
}

function failedOutcome(result: Extract<PoolResult<FileOutcome>, { ok: false }>, file: string, lang: CliArgs['lang']): FileOutcome {
  const minutes = FILE_TIMEOUT_MS / 60_000;
  const reason =
    result.failure === 'timeout'
      ? lang === 'de'
        ? `Die Prüfung von „${file}“ dauerte länger als ${minutes} Minuten und wurde abgebrochen; prüfen Sie die Datei einzeln mit fh-check audit.`
        : `Checking "${file}" took longer than ${minutes} minutes and was stopped; check the file on its own with fh-check audit.`
      : lang === 'de'
        ? `Die Prüfung von „${file}“ brach ab (${result.detail}); prüfen Sie die Datei einzeln mit fh-check audit.`
        : `Checking "${file}" broke off (${result.detail}); check the file on its own with fh-check audit.`;
  return { kind: 'unread', unread: { file, reason } };
}

/** A batch line as --json prints it: the row's data, or the file and why it was not read. */
function jsonOf(line: FileOutcome): object {
  if (line.kind === 'unread') return { file: line.unread.file, read: false, reason: line.unread.reason };
  const { partnerNames, ...row } = line.row;
  return { ...row, read: true, ...(partnerNames === null ? {} : { partnerNames }) };
}

/**
 * `fh-check audit a.xlsx b.xlsx …` or `audit folder/`: every workbook through a fixed pool of
 * worker threads (one per core), one line per file as results arrive in input order, then the
 * overview. One bad file never stops the run. Exit code: the worst of all files.
 */
export async function runBatch(args: CliArgs, io: Io): Promise<number> {
  const { lang } = args;
  const { overview, withNames } = args.batch;
  if (args.report) {
    throw new UsageError('--report schreibt den Prüfbericht einer Arbeitsmappe; für mehrere Dateien gibt es --overview.', '--report writes the report of one workbook; for several files use --overview.');
  }
  if (args.compare !== null) {
    throw new UsageError('--compare vergleicht eine Arbeitsmappe mit einem früheren Stand; beim Prüfen mehrerer Dateien gibt es keinen Vergleich.', '--compare compares one workbook with an earlier state; there is no comparison when checking several files.');
  }
  if (args.batch.chart !== null && (overview === null || overviewFormat(overview) === 'csv')) {
    throw new UsageError('--chart wählt die Kennzahl im Diagramm einer Übersicht als .xlsx oder .html; eine .csv-Übersicht hat kein Diagramm.', '--chart picks the indicator charted in an .xlsx or .html overview; a .csv overview has no chart.');
  }
  if (args.inputs.length === 0) {
    throw new UsageError('--overview braucht Arbeitsmappen oder einen Ordner, z. B. fh-check audit bezirke/ --overview uebersicht.xlsx.', '--overview needs workbooks or a folder, e.g. fh-check audit districts/ --overview overview.xlsx.');
  }
  const files = await expandInputs(args.inputs);
  if (files.length === 0) throw new UsageError(`In ${args.inputs.join(', ')} liegt keine .xlsx-Datei.`, `${args.inputs.join(', ')} holds no .xlsx file.`);
  // Refused before a minute of work, and checked again when written.
  if (overview !== null) await checkOwnTarget(overview, files, args.force, overviewKind(overviewFormat(overview)));
  const workerData: AuditFileOptions = { lang, withNames, limits: args.maxUnzippedMb === null ? undefined : limitsOfMb(args.maxUnzippedMb) };
  const progress = new BatchProgress(io.progress ?? null, lang);
  const lines: FileOutcome[] = [];
  let printing: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  const print = (text: string) => {
    printing = printing.then(() => progress.around(() => io.out(text))).catch((e: unknown) => {
      writeError ??= e;
    });
  };
  try {
    await runPool<string, FileOutcome>(
      files,
      {
        script: workerScript(),
        size: Math.min(args.batch.jobs ?? os.availableParallelism(), files.length),
        workerData,
        // A workbook that needs more heap ends its worker and is reported; the run goes on.
        resourceLimits: { maxOldGenerationSizeMb: Math.max(1024, 4 * (args.maxUnzippedMb ?? 256)) },
        timeoutMs: FILE_TIMEOUT_MS,
      },
      (result, index, file) => {
        const line = result.ok ? result.value : failedOutcome(result, file, lang);
        lines.push(line);
        if (!args.json) print(fileLine(line, lang));
        progress.update(index + 1, files.length);
      },
    );
  } finally {
    await printing;
    progress.done();
  }
  if (writeError !== null) throw writeError;
  if (overview !== null) {
    await writeOverview(lines, { target: overview, inputs: files, force: args.force, lang, withNames, chart: args.batch.chart ?? DEFAULT_CHART, date: reportDate(new Date(), lang) });
  }
  await io.out(args.json ? JSON.stringify(lines.map(jsonOf), null, 2) : summaryLine(lines, overview, lang));
  if (lines.some((l) => l.kind === 'unread')) return EXIT_INPUT;
  return lines.some((l) => l.kind === 'row' && l.row.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}
