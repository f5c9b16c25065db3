import { mapTable } from '../mapTable';
import { placeOf, sheetRef } from '../../core/address';
import { Lang } from '../../core/lang';
import { REPORT_LABELS, SEVERITY_LABELS } from '../labels';
import { Block, Cell, ReportDoc, ReportFinding, SectionId, TableBlock } from '../model';
import { barChartSvg } from './barChartSvg';
import { cellText } from './cells';
import { escapeHtml as h } from './escapeHtml';
import { hyphenate } from './hyphenate';
import { networkMapSvg } from './networkMapSvg';
import { reportCss } from './printCss';
import { trendChartSvg } from './trendChartSvg';

/**
 * Sections of the body after page one (the Kurzfassung with its next steps and questions, and
 * whatever else buildReport puts before the map): the first of them starts a new page.
 */
const BODY: readonly SectionId[] = ['map', 'budget', 'needModel', 'indicators', 'actorTypes', 'kernbereiche', 'criteria', 'reading', 'findings'];
/** The worklist is the appendix: always on a page of its own. */
const APPENDIX: readonly SectionId[] = ['findings'];
const MAP_AS_TABLE = { de: 'Karte als Tabelle', en: 'Map as a table' } as const;

/** Marks an HTML file as a Prüfbericht of ours: the only kind of existing file `fh-check --report` may replace. */
export const REPORT_MARKER = '<meta name="generator" content="fruehe-hilfen-check">';

/** Text for a narrow place: escaped, with soft hyphens in long German words and a break point after slashes. */
function narrow(text: string, lang: Lang): string {
  return h(hyphenate(text, lang)).replace(/\u200b/g, '<wbr>');
}

function cell(c: Cell, lang: Lang): string {
  return narrow(cellText(c, lang), lang);
}

function isNumeric(c: Cell): boolean {
  return c !== null && typeof c === 'object';
}

function table(t: TableBlock, lang: Lang): string {
  // A short header (the Kernbereiche's) keeps narrow figure columns narrow; the full label stays its name.
  const head = t.columns.map((c) => `<th${c.numeric ? ' class="num"' : ''} scope="col">${c.short ? `<abbr title="${h(c.label)}">${narrow(c.short, lang)}</abbr>` : narrow(c.label, lang)}</th>`).join('');
  const body = t.rows
    .map((row) => `<tr${row.emphasis ? ' class="emphasis"' : ''}>${row.cells.map((c) => `<td${isNumeric(c) ? ' class="num"' : ''}>${cell(c, lang)}</td>`).join('')}</tr>`)
    .join('');
  return `<table>${t.caption ? `<caption>${h(t.caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The finding's place, with a break point after the sheet name. */
function where(f: ReportFinding): string {
  if (!f.sheet) return '';
  return f.cell ? placeOf(f.sheet, f.cell).replace(/!/, '!\u200b') : sheetRef(f.sheet);
}

function block(b: Block, lang: Lang): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${h(b.text)}</p>`;
    case 'facts':
      // Many short figures (the indicator box) in two columns of pairs.
      return `<dl class="facts${b.items.length >= 6 && b.items.every((i) => cellText(i.value, lang).length <= 14) ? ' facts--two' : ''}">${b.items.map((i) => `<dt>${h(i.label)}</dt><dd>${cell(i.value, lang)}${i.detail ? ` <span class="meta">${h(i.detail)}</span>` : ''}</dd>`).join('')}</dl>`;
    case 'tiles':
      return `<ul class="tiles">${b.items
        .map((i) => `<li class="tile tile--${i.tone}"><b>${i.icon ? `<span class="icon" aria-hidden="true">${h(i.icon)}</span> ` : ''}${cell(i.value, lang)}</b>${narrow(i.label, lang)}${i.reason ? `<small>${narrow(i.reason, lang)}</small>` : ''}</li>`)
        .join('')}</ul>`;
    case 'map':
      return `<figure class="map">${networkMapSvg(b, lang)}<figcaption>${h(b.caption)}</figcaption></figure><details class="alt"><summary>${MAP_AS_TABLE[lang]}</summary>${table(mapTable(b, lang), lang)}</details>`;
    case 'table':
      return table(b, lang);
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${h(i)}</li>`).join('')}</${tag}>`;
    }
    case 'chart':
      return `${b.table.rows.length > 0 ? `<figure class="chart-figure">${barChartSvg(b.title, b.table, b.series, lang)}<figcaption>${h(b.title)}</figcaption></figure>` : ''}${table(b.table, lang)}`;
    case 'trend':
      return `${b.points.length > 0 ? `<figure class="chart-figure trend-figure">${trendChartSvg(b, lang)}<figcaption>${h(b.caption)}</figcaption></figure>` : ''}${table(b.table, lang)}`;
    case 'findings':
      return worklist(b.items, lang);
  }
}

/** How many items from `i` on share `key`, when `i` starts such a run; 0 inside a run. */
function runAt<T>(items: readonly T[], i: number, key: (item: T) => unknown): number {
  if (i > 0 && key(items[i - 1]) === key(items[i])) return 0;
  let n = 1;
  while (i + n < items.length && key(items[i + n]) === key(items[i])) n++;
  return n;
}

const spanned = (n: number, attrs: string, html: string) => (n === 0 ? '' : `<td${attrs}${n > 1 ? ` rowspan="${n}"` : ''}>${html}</td>`);

/** The worklist: a severity, and the same "what to do" for consecutive findings, written once over all their rows. */
function worklist(items: readonly ReportFinding[], lang: Lang): string {
  const severities = SEVERITY_LABELS[lang];
  const actions = items.some((f) => f.action);
  const rows = items.map((f, i) => {
    const severity = spanned(runAt(items, i, (x) => x.severity), ` class="${f.severity}"`, h(severities[f.severity]));
    const action = actions ? spanned(runAt(items, i, (x) => x.action), ' class="action"', narrow(f.action ?? '', lang)) : '';
    return `<tr>${severity}<td class="place">${narrow(where(f), lang)}</td><td>${narrow(f.text, lang)}</td>${action}</tr>`;
  });
  const t = REPORT_LABELS[lang];
  const head = `<th scope="col">${h(t.severityColumn)}</th><th scope="col">${h(t.place)}</th><th scope="col">${h(t.finding)}</th>${actions ? `<th scope="col">${h(t.action)}</th>` : ''}`;
  return `<table class="worklist"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The Prüfbericht as one self-contained HTML file: inline CSS and SVG, no script, no external asset, A4 print layout. */
export function renderHtml(doc: ReportDoc): string {
  const { lang } = doc;
  const s: string[] = [];
  s.push(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${REPORT_MARKER}<title>${h(doc.title)}</title><style>${reportCss(lang, doc.title)}</style></head><body>`);
  s.push(`<header><h1>${h(doc.title)}</h1><p class="meta">${doc.meta.map((m) => `${h(m.label)}: ${h(m.value)}`).join(' · ')}</p><p class="intro">${h(doc.intro)}</p></header><main>`);
  const firstAfterPageOne = doc.sections.findIndex((x) => BODY.includes(x.id));
  doc.sections.forEach((section, i) => {
    const newPage = i === firstAfterPageOne || APPENDIX.includes(section.id);
    s.push(`<section id="${section.id}"${newPage ? ' class="new-page"' : ''}><h2>${h(section.title)}</h2>`);
    for (const b of section.blocks) s.push(block(b, lang));
    s.push('</section>');
  });
  s.push(`</main><footer>${h(doc.footer)}</footer></body></html>`);
  return s.join('\n');
}
