import { mapTable } from '../mapTable';
import { placeOf, sheetRef } from '../../core/address';
import { Lang } from '../../core/lang';
import { SEVERITY_LABELS } from '../labels';
import { Block, ReportDoc, ReportFinding, TableBlock } from '../model';
import { cellText } from './cells';

const INDENT = '  ';

function where(f: ReportFinding): string {
  if (!f.sheet) return '';
  return f.cell ? placeOf(f.sheet, f.cell) : sheetRef(f.sheet);
}

/** A table in aligned columns: text left, figures right. */
function table(t: TableBlock, lang: Lang): string[] {
  const header = t.columns.map((c) => c.short ?? c.label);
  const rows = t.rows.map((r) => r.cells.map((c) => cellText(c, lang)));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    INDENT + cells.map((c, i) => (t.columns[i]?.numeric ? c.padStart(widths[i]) : i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].map((l) => l.trimEnd());
}

function block(b: Block, lang: Lang): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [INDENT + b.text];
    case 'facts': {
      const width = Math.max(...b.items.map((i) => i.label.length));
      return b.items.map((i) => `${INDENT}${`${i.label}:`.padEnd(width + 2)}${cellText(i.value, lang)}${i.detail ? `  ${i.detail}` : ''}`);
    }
    case 'tiles':
      return b.items.map((i) => `${INDENT}${i.icon ? `${i.icon} ` : ''}${i.label}: ${cellText(i.value, lang)}${i.reason ? ` (${i.reason})` : ''}`);
    case 'map':
      return table(mapTable(b, lang), lang);
    case 'table':
      return b.detail ? [] : table(b, lang);
    case 'list':
      return b.items.map((item, i) => `${INDENT}${b.ordered ? `${i + 1}.` : '–'} ${item}`);
    case 'chart':
    case 'trend':
      return table(b.table, lang);
    case 'findings': {
      const labels = SEVERITY_LABELS[lang];
      const width = Math.max(...Object.values(labels).map((l) => l.length));
      return b.items.map((f) => {
        const place = where(f);
        return `${INDENT}${labels[f.severity].toUpperCase().padEnd(width)}  ${place ? `${place}  ` : ''}${f.text}${f.criterion ? ` [${f.criterion}]` : ''}`;
      });
    }
  }
}

/** The Prüfbericht as plain text for a terminal (what `fh-check audit` prints): details are left to the full report. */
export function renderText(doc: ReportDoc): string {
  const out: string[] = [doc.title, ...doc.meta.map((m) => `${m.label}: ${m.value}`)];
  for (const section of doc.sections) {
    if (section.detail) continue;
    out.push('', section.title);
    for (const b of section.blocks) out.push(...block(b, doc.lang));
  }
  return out.join('\n');
}
