import { Lang } from '../core/lang';

export type Command = 'audit' | 'classify' | 'help' | 'version';

export interface CliArgs {
  readonly command: Command;
  readonly inputs: readonly string[];
  readonly json: boolean;
  readonly report: string | null;
  readonly lang: Lang;
}

/** A usage mistake: exit code 2 with a sentence in both languages. */
export class UsageError extends Error {
  constructor(readonly de: string, readonly en: string) {
    super(en);
  }
}

export function parseArgs(argv: readonly string[]): CliArgs {
  let command: Command | null = null;
  const inputs: string[] = [];
  let json = false;
  let report: string | null = null;
  let lang: Lang = 'de';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') command = 'help';
    else if (arg === '--version' || arg === '-v') command = 'version';
    else if (arg === '--report' || arg.startsWith('--report=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new UsageError('--report braucht einen Dateinamen, z. B. --report bericht.html.', '--report needs a file name, e.g. --report report.html.');
      report = value;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'de' && value !== 'en') throw new UsageError('--lang kennt nur de oder en.', '--lang accepts only de or en.');
      lang = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`Unbekannte Option ${arg}. Hilfe: fh-check --help`, `Unknown option ${arg}. Help: fh-check --help`);
    } else if (command === null) {
      if (arg !== 'audit' && arg !== 'classify' && arg !== 'help') {
        throw new UsageError(`Unbekannter Befehl „${arg}“. Befehle: audit, classify, help.`, `Unknown command "${arg}". Commands: audit, classify, help.`);
      }
      command = arg;
    } else {
      inputs.push(arg);
    }
  }
  return { command: command ?? 'help', inputs, json, report, lang };
}

export const USAGE = `fh-check – prüft eine Netzwerkliste Frühe Hilfen gegen die NZFH-Qualitätskriterien
           audits a Frühe Hilfen network workbook against the NZFH quality criteria

Befehle / commands:
  fh-check audit [datei.xlsx]      Prüft die Arbeitsmappe (ohne Datei: das mitgelieferte Beispiel)
                                   audits the workbook (no file: the bundled example)
      --json                       maschinenlesbares Ergebnis / machine-readable result
      --report bericht.html        Prüfbericht als HTML-Datei / writes the council report as HTML
      --lang en                    Englisch statt Deutsch / English instead of German
  fh-check classify "Bezeichnung" …  Zeigt Akteurstyp und Kernbereich / shows actor type and Kernbereich
      --json

Exit-Codes / exit codes: 0 keine Fehler / no errors · 1 Fehler gefunden / errors found ·
                         2 Eingabe nicht lesbar / input unreadable`;
