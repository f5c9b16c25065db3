import { Lang } from '../core/lang';
import { BatchOptions, isBatchOption, NO_BATCH_OPTIONS, readBatchOption } from './batch/options';
import { UsageError } from './usageError';

export type Command = 'audit' | 'classify' | 'help' | 'version';

export interface CliArgs {
  readonly command: Command;
  readonly inputs: readonly string[];
  readonly json: boolean;
  readonly report: string | null;
  /** Replace an earlier report of ours at the --report path. */
  readonly force: boolean;
  readonly lang: Lang;
  /** Cap on the unpacked size of an .xlsx in MB (a zip bomb is refused beyond it); null = the reader's default. */
  readonly maxUnzippedMb: number | null;
  /** An earlier workbook or `--json` result to compare the audit with (src/cli/compare.ts); null = the workbook's FH-Verlauf. */
  readonly compare: string | null;
  /** Options of an audit over many workbooks (src/cli/batch). */
  readonly batch: BatchOptions;
}

const COMMANDS: readonly Command[] = ['audit', 'classify', 'help', 'version'];

export function parseArgs(argv: readonly string[]): CliArgs {
  let command: Command | null = null;
  const inputs: string[] = [];
  let json = false;
  let force = false;
  let report: string | null = null;
  let lang: Lang = 'de';
  let maxUnzippedMb: number | null = null;
  let compare: string | null = null;
  const batch = { ...NO_BATCH_OPTIONS };
  // "--opt value" and "--opt=value"; a value that looks like an option is a mistake, never a file name.
  const valueOf = (arg: string, i: number, example: { de: string; en: string }): { value: string; next: number } => {
    const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : null;
    const value = inline ?? argv[i + 1];
    const name = arg.split('=')[0];
    if (value === undefined || value === '' || (inline === null && value.startsWith('-'))) {
      throw new UsageError(`${name} braucht einen Wert, z. B. ${name} ${example.de}.`, `${name} needs a value, e.g. ${name} ${example.en}.`);
    }
    return { value, next: inline === null ? i + 1 : i };
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.split('=')[0];
    if (arg === '--json') json = true;
    else if (arg === '--force') force = true;
    else if (arg === '--help' || arg === '-h') command = 'help';
    else if (arg === '--version' || arg === '-v' || arg === '-V') command = 'version';
    else if (name === '--report') {
      const { value, next } = valueOf(arg, i, { de: 'bericht.html', en: 'report.html' });
      report = value;
      i = next;
    } else if (name === '--lang') {
      const { value, next } = valueOf(arg, i, { de: 'en', en: 'en' });
      if (value !== 'de' && value !== 'en') throw new UsageError('--lang kennt nur de oder en.', '--lang accepts only de or en.');
      lang = value;
      i = next;
    } else if (name === '--max-unzipped-mb') {
      const { value, next } = valueOf(arg, i, { de: '2000', en: '2000' });
      const mb = Number(value);
      if (!Number.isFinite(mb) || mb <= 0) throw new UsageError('--max-unzipped-mb braucht eine positive Zahl (Megabyte).', '--max-unzipped-mb needs a positive number (megabytes).');
      maxUnzippedMb = mb;
      i = next;
    } else if (name === '--compare') {
      const { value, next } = valueOf(arg, i, { de: 'vorjahr.xlsx', en: 'last-year.xlsx' });
      compare = value;
      i = next;
    } else if (isBatchOption(name)) {
      i = readBatchOption(argv, i, batch);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`Unbekannte Option ${arg}. Hilfe: fh-check --help`, `Unknown option ${arg}. Help: fh-check --help`);
    } else if (command === null) {
      if (!(COMMANDS as readonly string[]).includes(arg)) {
        throw new UsageError(`Unbekannter Befehl „${arg}“. Befehle: audit, classify, help, version.`, `Unknown command "${arg}". Commands: audit, classify, help, version.`);
      }
      command = arg as Command;
    } else {
      inputs.push(arg);
    }
  }
  return { command: command ?? 'help', inputs, json, report, force, lang, maxUnzippedMb, compare, batch };
}

export const USAGE = `fh-check – prüft eine Netzwerkliste Frühe Hilfen gegen die NZFH-Qualitätskriterien
           audits a Frühe Hilfen network workbook against the NZFH quality criteria

Befehle / commands:
  fh-check audit [datei.xlsx]      Prüft die Arbeitsmappe (ohne Datei: das mitgelieferte Beispiel)
                                   audits the workbook (no file: the bundled example)
      --json                       maschinenlesbares Ergebnis / machine-readable result
      --report bericht.html        Prüfbericht als HTML-Datei / writes the council report as HTML
      --force                      ersetzt einen früheren Prüfbericht / replaces an earlier report
      --lang en                    Englisch statt Deutsch / English instead of German
      --max-unzipped-mb 2000       Obergrenze entpackt (Schutz vor Zip-Bomben) / unpacked size cap
      --compare vorjahr.xlsx       Entwicklung seit einer früheren Mappe oder --json-Ausgabe (ohne: Blatt FH-Verlauf)
                                   changes since an earlier workbook or --json result (default: sheet FH-Verlauf)
  fh-check audit a.xlsx b.xlsx … | ordner/   Prüft viele Arbeitsmappen, eine Zeile je Datei / audits many workbooks
      --overview uebersicht.xlsx   Übersicht je Kommune (.xlsx, .csv, .html) / overview per district
      --chart budgetPerBirth       Kennzahl im Diagramm (Standard requiredPresent) / indicator charted
      --with-names                 Partnernamen in der Übersicht / partner names in the overview
      --jobs 4                     parallele Prüfungen (Standard: Kerne) / parallel audits (default: cores)
  fh-check classify "Bezeichnung" …  Zeigt Akteurstyp und Kernbereich / shows actor type and Kernbereich
      --json
  fh-check --version               Version

Exit-Codes / exit codes: 0 keine Fehler / no errors · 1 Fehler gefunden / errors found ·
                         2 Eingabe nicht lesbar / input unreadable (mehrere Dateien: die schlechteste / several files: the worst)
NO_COLOR und Ausgabe in eine Datei werden beachtet / NO_COLOR and non-terminal output are respected.`;
