import { Lang } from '../../core/lang';
import { formatPercent } from '../../report/format';
import { SEVERITY_LABELS } from '../../report/labels';
import { forTerminal } from '../terminal';
import { districtOf, FileOutcome } from './row';

/**
 * The one line per file on the terminal: district, partners, required coverage and the most severe
 * finding, or why the file could not be read. Control and bidi characters stripped (cells and file
 * names can hold escape sequences).
 */
export function fileLine(line: FileOutcome, lang: Lang): string {
  if (line.kind === 'unread') return forTerminal(`${line.unread.file}: ${lang === 'de' ? 'nicht gelesen' : 'not read'} – ${line.unread.reason}`);
  const r = line.row;
  const who = `${districtOf(r)}${r.reportYear === null ? '' : ` ${r.reportYear}`}`;
  const required = formatPercent(r.indicators.requiredPresent, lang);
  const worst = r.worst === null ? (lang === 'de' ? 'keine Befunde' : 'no findings') : `${lang === 'de' ? 'schwerster Befund' : 'most severe'}: ${SEVERITY_LABELS[lang][r.worst]}`;
  const text =
    lang === 'de'
      ? `${r.file}: ${who} · ${r.indicators.partners} Partner · Pflicht-Akteurstypen ${required} · ${worst}`
      : `${r.file}: ${who} · ${r.indicators.partners} partners · required types ${required} · ${worst}`;
  return forTerminal(text);
}

/** The closing line: how many files, read, with errors, not read; where the overview went. */
export function summaryLine(lines: readonly FileOutcome[], overview: string | null, lang: Lang): string {
  const read = lines.filter((l) => l.kind === 'row').length;
  const withErrors = lines.filter((l) => l.kind === 'row' && l.row.errors > 0).length;
  const unread = lines.length - read;
  const text =
    lang === 'de'
      ? `${lines.length} Dateien: ${read} geprüft (${read - withErrors} ohne Fehler, ${withErrors} mit Fehlern), ${unread} nicht gelesen.${overview ? ` Übersicht geschrieben: ${overview}` : ''}`
      : `${lines.length} files: ${read} audited (${read - withErrors} without errors, ${withErrors} with errors), ${unread} not read.${overview ? ` Overview written: ${overview}` : ''}`;
  return forTerminal(text);
}
