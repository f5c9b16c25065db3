import { promises as fs } from 'fs';
import * as path from 'path';
import { auditWorkbook } from '../core/audit/audit';
import { readXlsxFile, WorkbookReadError } from '../workbook/xlsxFile';
import { CliArgs, parseArgs, UsageError, USAGE } from './args';
import { classifyLabels, renderClassifyText } from './classifyCommand';
import { buildReport } from '../report/buildReport';
import { auditJson } from '../report/json';
import { renderHtml } from '../report/render/html';
import { renderText } from '../report/render/text';

/** The bundled example, audited when no file is given. */
export const EXAMPLE_WORKBOOK = path.resolve(__dirname, '../../examples/netzwerk-beispiel.xlsx');

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INPUT = 2;

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs the command line; returns the exit code and never throws (a sentence on stderr instead of a stack trace). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.de}\n${e.en}`);
      return EXIT_INPUT;
    }
    throw e;
  }
  try {
    switch (args.command) {
      case 'help':
        io.out(USAGE);
        return EXIT_OK;
      case 'version':
        io.out(await version());
        return EXIT_OK;
      case 'classify':
        return runClassify(args, io);
      case 'audit':
        return await runAudit(args, io);
    }
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      io.err(`${e.messageDe}\n${e.messageEn}`);
      return EXIT_INPUT;
    }
    if (e instanceof UsageError) {
      io.err(`${e.de}\n${e.en}`);
      return EXIT_INPUT;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.err(`Unerwarteter Fehler: ${detail}. Bitte melden Sie ihn mit der Datei (ohne Sozialdaten).\nUnexpected error: ${detail}. Please report it.`);
    return EXIT_INPUT;
  }
}

function runClassify(args: CliArgs, io: Io): number {
  if (args.inputs.length === 0) {
    throw new UsageError('classify braucht mindestens eine Bezeichnung, z. B. fh-check classify "pro familia".', 'classify needs at least one label, e.g. fh-check classify "pro familia".');
  }
  const rows = classifyLabels(args.inputs);
  io.out(args.json ? JSON.stringify(rows, null, 2) : renderClassifyText(rows, args.lang));
  return EXIT_OK;
}

async function runAudit(args: CliArgs, io: Io): Promise<number> {
  if (args.inputs.length > 1) {
    throw new UsageError('audit prüft eine Datei auf einmal.', 'audit checks one file at a time.');
  }
  const file = args.inputs[0] ?? EXAMPLE_WORKBOOK;
  const sheets = await readXlsxFile(file);
  const display = args.inputs[0] ?? path.relative(process.cwd(), EXAMPLE_WORKBOOK);
  const result = auditWorkbook(sheets, { file: display });
  if (result.networkSheet === null) {
    const names = sheets.map((s) => `„${s.name}“`).join(', ');
    io.err(
      `In ${display} wurde keine Netzwerkliste gefunden (Blätter: ${names}). Die Liste braucht eine Kopfzeile mit einer Spalte wie „Einrichtung“ oder „Name“ und „Art“; die Vorlage im Add-in zeigt ein Beispiel.\n` +
        `No network list found in ${display} (sheets: ${names}). The list needs a header with a column such as "Einrichtung" or "Name" and "Art"; the add-in's template shows an example.`,
    );
    return EXIT_INPUT;
  }
  const doc = buildReport(result, { lang: args.lang, date: new Date() });
  if (args.report) {
    try {
      await fs.writeFile(args.report, renderHtml(doc), 'utf8');
    } catch {
      throw new UsageError(
        `Der Prüfbericht konnte nicht nach ${args.report} geschrieben werden. Prüfen Sie Ordner und Schreibrechte.`,
        `The report could not be written to ${args.report}. Check the folder and write permission.`,
      );
    }
  }
  io.out(args.json ? JSON.stringify(auditJson(result, args.lang), null, 2) : renderText(doc));
  if (args.report && !args.json) io.out(args.lang === 'de' ? `\nPrüfbericht geschrieben: ${args.report}` : `\nReport written: ${args.report}`);
  return result.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await fs.readFile(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
