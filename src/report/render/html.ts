import { mapTable } from '../mapTable';
import { placeOf, sheetRef } from '../../core/address';
import { Lang } from '../../core/lang';
import { SEVERITY_LABELS } from '../labels';
import { Block, Cell, ReportDoc, ReportFinding, TableBlock } from '../model';
import { barChartSvg } from './barChartSvg';
import { cellText } from './cells';
import { escapeHtml as h } from './escapeHtml';

const CSS = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: #1b1b1b; font-size: 10.5pt; line-height: 1.4; max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1px solid #999; padding-bottom: 2pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; } th, td { border: 1px solid #bbb; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #eee; } td, th { overflow-wrap: anywhere; } tr { break-inside: avoid; } td.num, th.num { text-align: right; white-space: nowrap; }
tr.emphasis td { font-weight: 600; }
.meta { color: #444; } .tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6pt; padding: 0; list-style: none; }
.tile { border: 1px solid #bbb; padding: 6pt; } .tile b { display: block; font-size: 16pt; }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: 2pt 12pt; } dl.facts dd { margin: 0; text-align: right; }
.error { color: #a4262c; font-weight: 600; } .warning { color: #8a5300; font-weight: 600; } .info { color: #444; }
.chart { width: 100%; max-width: 170mm; height: auto; } footer { margin-top: 16pt; font-size: 8.5pt; color: #555; }
`;

/** Marks an HTML file as a Prüfbericht of ours: the only kind of existing file `fh-check --report` may replace. */
export const REPORT_MARKER = '<meta name="generator" content="fruehe-hilfen-check">';

function cell(c: Cell, lang: Lang): string {
  return h(cellText(c, lang));
}

function isNumeric(c: Cell): boolean {
  return c !== null && typeof c === 'object';
}

function table(t: TableBlock, lang: Lang): string {
  const head = t.columns.map((c) => `<th${c.numeric ? ' class="num"' : ''} scope="col">${h(c.label)}</th>`).join('');
  const body = t.rows
    .map((row) => `<tr${row.emphasis ? ' class="emphasis"' : ''}>${row.cells.map((c) => `<td${isNumeric(c) ? ' class="num"' : ''}>${cell(c, lang)}</td>`).join('')}</tr>`)
    .join('');
  return `<table>${t.caption ? `<caption>${h(t.caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function where(f: ReportFinding): string {
  if (!f.sheet) return '';
  return f.cell ? placeOf(f.sheet, f.cell) : sheetRef(f.sheet);
}

function block(b: Block, lang: Lang): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${h(b.text)}</p>`;
    case 'facts':
      return `<dl class="facts">${b.items.map((i) => `<dt>${h(i.label)}</dt><dd>${cell(i.value, lang)}${i.detail ? ` <span class="meta">${h(i.detail)}</span>` : ''}</dd>`).join('')}</dl>`;
    case 'tiles':
      return `<ul class="tiles">${b.items
        .map((i) => `<li class="tile tile--${i.tone}"><b>${i.icon ? `<span class="icon" aria-hidden="true">${h(i.icon)}</span> ` : ''}${cell(i.value, lang)}</b>${h(i.label)}${i.reason ? `<small>${h(i.reason)}</small>` : ''}</li>`)
        .join('')}</ul>`;
    case 'map':
      return table(mapTable(b, lang), lang);
    case 'table':
      return table(b, lang);
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${h(i)}</li>`).join('')}</${tag}>`;
    }
    case 'chart':
      return `${b.table.rows.length > 0 ? barChartSvg(b.title, b.table, b.series, lang) : ''}${table(b.table, lang)}`;
    case 'findings': {
      const severities = SEVERITY_LABELS[lang];
      const actions = b.items.some((f) => f.action);
      const rows = b.items
        .map((f) => `<tr><td class="${f.severity}">${h(severities[f.severity])}</td><td>${h(where(f))}</td><td>${h(f.text)}</td>${actions ? `<td>${h(f.action ?? '')}</td>` : ''}</tr>`)
        .join('');
      return `<table><thead><tr><th></th><th>${lang === 'de' ? 'Stelle' : 'Place'}</th><th>${lang === 'de' ? 'Befund' : 'Finding'}</th>${actions ? `<th>${lang === 'de' ? 'Was tun' : 'What to do'}</th>` : ''}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

/** The Prüfbericht as one self-contained HTML file: inline CSS and SVG, no script, no external asset, A4 print layout. */
export function renderHtml(doc: ReportDoc): string {
  const { lang } = doc;
  const s: string[] = [];
  s.push(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${REPORT_MARKER}<title>${h(doc.title)}</title><style>${CSS}</style></head><body>`);
  s.push(`<h1>${h(doc.title)}</h1><p class="meta">${doc.meta.map((m) => `${h(m.label)}: ${h(m.value)}`).join(' · ')}</p><p>${h(doc.intro)}</p>`);
  for (const section of doc.sections) {
    s.push(`<section id="${section.id}"><h2>${h(section.title)}</h2>`);
    for (const b of section.blocks) s.push(block(b, lang));
    s.push('</section>');
  }
  s.push(`<footer>${h(doc.footer)}</footer></body></html>`);
  return s.join('\n');
}
