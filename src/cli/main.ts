import { readFileSync } from 'fs';
import * as path from 'path';
import { buildReport } from '../report/buildReport';
import { auditJson } from '../report/json';
import { renderHtml } from '../report/render/html';
import { renderText } from '../report/render/text';
import { auditSnapshot } from '../workbook/auditSnapshot';
import { WorkbookReadError } from '../workbook/xlsx/errors';
import { readXlsxFile } from '../workbook/xlsx/readXlsx';
import { limitsOfMb } from '../workbook/xlsx/zip';
import { CliArgs, parseArgs, USAGE } from './args';
import { isBatchRun } from './batch/inputs';
import { runBatch } from './batch/run';
import { classifyLabels, renderClassifyText } from './classifyCommand';
import { historyForAudit, withHistory } from './compare';
import { EXIT_FINDINGS, EXIT_INPUT, EXIT_OK } from './exitCodes';
import { Progress } from './progress';
import { writeReportFile } from './reportFile';
import { forTerminal } from './terminal';
import { UsageError } from './usageError';

/** The project folder: two levels above this file, whether it runs from src/ or from lib/. */
const ROOT = path.resolve(__dirname, '../..');
/** The bundled example, audited when no file is given. */
export const EXAMPLE_WORKBOOK = path.join(ROOT, 'examples/netzwerk-beispiel.xlsx');

/** Where the command writes: the process's streams, or a test's collectors. */
export interface Io {
  /** Standard output; resolves when written, rejects on a write error (EPIPE, ENOSPC). */
  readonly out: (text: string) => void | Promise<void>;
  readonly err: (text: string) => void;
  /** Raw writes to standard error when it is a terminal (a progress line); absent otherwise. */
  readonly progress?: (text: string) => void;
}

/** Runs the command line; returns the exit code and never throws (a sentence on stderr instead of a stack trace). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        await io.out(USAGE);
        return EXIT_OK;
      case 'version':
        await io.out(version());
        return EXIT_OK;
      case 'classify':
        return await runClassify(args, io);
      case 'audit':
        return await runAudit(args, io);
    }
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      io.err(forTerminal(`${e.messageDe}\n${e.messageEn}`));
      return EXIT_INPUT;
    }
    if (e instanceof UsageError) {
      io.err(forTerminal(`${e.de}\n${e.en}`));
      return EXIT_INPUT;
    }
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOSPC') {
      io.err('Der Datenträger ist voll; die Ausgabe ist unvollständig.\nThe disk is full; the output is incomplete.');
      return EXIT_INPUT;
    }
    const detail = forTerminal(e instanceof Error ? e.message : String(e));
    io.err(`Unerwarteter Fehler: ${detail}. Bitte melden Sie ihn mit der Datei (ohne Sozialdaten).\nUnexpected error: ${detail}. Please report it.`);
    return EXIT_INPUT;
  }
}

async function runClassify(args: CliArgs, io: Io): Promise<number> {
  if (args.inputs.length === 0) {
    throw new UsageError('classify braucht mindestens eine Bezeichnung, z. B. fh-check classify "pro familia".', 'classify needs at least one label, e.g. fh-check classify "pro familia".');
  }
  const rows = classifyLabels(args.inputs);
  await io.out(args.json ? JSON.stringify(rows, null, 2) : forTerminal(renderClassifyText(rows, args.lang)));
  return EXIT_OK;
}

async function runAudit(args: CliArgs, io: Io): Promise<number> {
  if (await isBatchRun(args.inputs, args.batch.overview)) return runBatch(args, io);
  if (args.batch.withNames || args.batch.chart !== null || args.batch.jobs !== null) {
    throw new UsageError('--with-names, --chart und --jobs gelten beim Prüfen mehrerer Dateien (mit --overview).', '--with-names, --chart and --jobs apply when checking several files (with --overview).');
  }
  const file = args.inputs[0] ?? EXAMPLE_WORKBOOK;
  const display = args.inputs[0] ?? path.relative(process.cwd(), EXAMPLE_WORKBOOK);
  const progress = new Progress(io.progress ?? null, args.lang);
  let snapshot;
  try {
    snapshot = await readXlsxFile(file, { limits: args.maxUnzippedMb === null ? undefined : limitsOfMb(args.maxUnzippedMb), progress: (share) => progress.update(share) });
  } finally {
    progress.done();
  }
  const { result } = auditSnapshot(snapshot, display);
  if (result.networkSheet === null) {
    const names = snapshot.sheets.map((s) => `„${s.name}“`).join(', ');
    io.err(
      forTerminal(
        `In ${display} wurde keine Netzwerkliste gefunden (Blätter: ${names}). Die Liste braucht eine Kopfzeile mit einer Spalte wie „Einrichtung“ oder „Name“ und „Art“; die Vorlage im Add-in zeigt ein Beispiel.\n` +
          `No network list found in ${display} (sheets: ${names}). The list needs a header with a column such as "Einrichtung" or "Name" and "Art"; the add-in's template shows an example.`,
      ),
    );
    return EXIT_INPUT;
  }
  const history = await historyForAudit(args.compare, snapshot, result, new Date(), { limits: args.maxUnzippedMb === null ? undefined : limitsOfMb(args.maxUnzippedMb) });
  const doc = buildReport(result, { lang: args.lang, date: new Date(), comparison: history.comparison });
  if (args.report) await writeReportFile(args.report, renderHtml(doc), file, args.force);
  await io.out(args.json ? JSON.stringify(withHistory(auditJson(result, args.lang), history), null, 2) : forTerminal(renderText(doc)));
  if (args.report && !args.json) await io.out(forTerminal(args.lang === 'de' ? `\nPrüfbericht geschrieben: ${args.report}` : `\nReport written: ${args.report}`));
  return result.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
