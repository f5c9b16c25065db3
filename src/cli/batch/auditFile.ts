import { Lang } from '../../core/lang';
import { auditSnapshot } from '../../workbook/auditSnapshot';
import { WorkbookReadError } from '../../workbook/xlsx/errors';
import { readXlsxFile } from '../../workbook/xlsx/readXlsx';
import { InflateLimits } from '../../workbook/xlsx/zip';
import { FileOutcome, rowOf } from './row';

export interface AuditFileOptions {
  readonly lang: Lang;
  readonly limits?: InflateLimits;
  readonly withNames: boolean;
}

/** Why a file gave no audit, in one sentence of the run's language. */
function reasonOf(e: unknown, file: string, lang: Lang): string {
  if (e instanceof WorkbookReadError) return lang === 'de' ? e.messageDe : e.messageEn;
  const detail = e instanceof Error ? e.message : String(e);
  return lang === 'de'
    ? `Beim Prüfen von „${file}“ trat ein unerwarteter Fehler auf (${detail}); bitte melden Sie ihn mit der Datei (ohne Sozialdaten).`
    : `An unexpected error occurred while checking "${file}" (${detail}); please report it with the file (without social data).`;
}

/**
 * Reads and audits one workbook (the same path as a single `fh-check audit`) and reduces the result
 * to its overview row at once, so nothing of the workbook outlives this call. Never throws.
 */
export async function auditFile(file: string, options: AuditFileOptions): Promise<FileOutcome> {
  try {
    const snapshot = await readXlsxFile(file, { limits: options.limits });
    const { result } = auditSnapshot(snapshot, file);
    if (result.networkSheet === null) {
      const sheets = snapshot.sheets.map((s) => s.name).join(', ');
      const reason =
        options.lang === 'de'
          ? `In „${file}“ wurde keine Netzwerkliste gefunden (Blätter: ${sheets}); die Liste braucht eine Kopfzeile mit einer Spalte wie „Einrichtung“ oder „Name“ und „Art“.`
          : `No network list found in "${file}" (sheets: ${sheets}); the list needs a header with a column such as "Einrichtung" or "Name" and "Art".`;
      return { kind: 'unread', unread: { file, reason } };
    }
    return { kind: 'row', row: rowOf(result, file, options.withNames) };
  } catch (e) {
    return { kind: 'unread', unread: { file, reason: reasonOf(e, file, options.lang) } };
  }
}
