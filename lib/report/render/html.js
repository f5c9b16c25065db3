"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REPORT_MARKER = void 0;
exports.renderHtml = renderHtml;
const mapTable_1 = require("../mapTable");
const address_1 = require("../../core/address");
const labels_1 = require("../labels");
const barChartSvg_1 = require("./barChartSvg");
const cells_1 = require("./cells");
const escapeHtml_1 = require("./escapeHtml");
const hyphenate_1 = require("./hyphenate");
const networkMapSvg_1 = require("./networkMapSvg");
const printCss_1 = require("./printCss");
const trendChartSvg_1 = require("./trendChartSvg");
const BODY = ['map', 'budget', 'needModel', 'indicators', 'actorTypes', 'kernbereiche', 'criteria', 'reading', 'findings'];
const APPENDIX = ['findings'];
const MAP_AS_TABLE = { de: 'Karte als Tabelle', en: 'Map as a table' };
exports.REPORT_MARKER = '<meta name="generator" content="fruehe-hilfen-check">';
function narrow(text, lang) {
    return (0, escapeHtml_1.escapeHtml)((0, hyphenate_1.hyphenate)(text, lang)).replace(/\u200b/g, '<wbr>');
}
function cell(c, lang) {
    return narrow((0, cells_1.cellText)(c, lang), lang);
}
function isNumeric(c) {
    return c !== null && typeof c === 'object';
}
function table(t, lang) {
    const head = t.columns.map((c) => `<th${c.numeric ? ' class="num"' : ''} scope="col">${c.short ? `<abbr title="${(0, escapeHtml_1.escapeHtml)(c.label)}">${narrow(c.short, lang)}</abbr>` : narrow(c.label, lang)}</th>`).join('');
    const body = t.rows
        .map((row) => `<tr${row.emphasis ? ' class="emphasis"' : ''}>${row.cells.map((c) => `<td${isNumeric(c) ? ' class="num"' : ''}>${cell(c, lang)}</td>`).join('')}</tr>`)
        .join('');
    return `<table>${t.caption ? `<caption>${(0, escapeHtml_1.escapeHtml)(t.caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
function where(f) {
    if (!f.sheet)
        return '';
    return f.cell ? (0, address_1.placeOf)(f.sheet, f.cell).replace(/!/, '!\u200b') : (0, address_1.sheetRef)(f.sheet);
}
function block(b, lang) {
    switch (b.kind) {
        case 'paragraph':
            return `<p>${(0, escapeHtml_1.escapeHtml)(b.text)}</p>`;
        case 'facts':
            return `<dl class="facts${b.items.length >= 6 && b.items.every((i) => (0, cells_1.cellText)(i.value, lang).length <= 14) ? ' facts--two' : ''}">${b.items.map((i) => `<dt>${(0, escapeHtml_1.escapeHtml)(i.label)}</dt><dd>${cell(i.value, lang)}${i.detail ? ` <span class="meta">${(0, escapeHtml_1.escapeHtml)(i.detail)}</span>` : ''}</dd>`).join('')}</dl>`;
        case 'tiles':
            return `<ul class="tiles">${b.items
                .map((i) => `<li class="tile tile--${i.tone}"><b>${i.icon ? `<span class="icon" aria-hidden="true">${(0, escapeHtml_1.escapeHtml)(i.icon)}</span> ` : ''}${cell(i.value, lang)}</b>${narrow(i.label, lang)}${i.reason ? `<small>${narrow(i.reason, lang)}</small>` : ''}</li>`)
                .join('')}</ul>`;
        case 'map':
            return `<figure class="map">${(0, networkMapSvg_1.networkMapSvg)(b, lang)}<figcaption>${(0, escapeHtml_1.escapeHtml)(b.caption)}</figcaption></figure><details class="alt"><summary>${MAP_AS_TABLE[lang]}</summary>${table((0, mapTable_1.mapTable)(b, lang), lang)}</details>`;
        case 'table':
            return table(b, lang);
        case 'list': {
            const tag = b.ordered ? 'ol' : 'ul';
            return `<${tag}>${b.items.map((i) => `<li>${(0, escapeHtml_1.escapeHtml)(i)}</li>`).join('')}</${tag}>`;
        }
        case 'chart':
            return `${b.table.rows.length > 0 ? `<figure class="chart-figure">${(0, barChartSvg_1.barChartSvg)(b.title, b.table, b.series, lang)}<figcaption>${(0, escapeHtml_1.escapeHtml)(b.title)}</figcaption></figure>` : ''}${table(b.table, lang)}`;
        case 'trend':
            return `${b.points.length > 0 ? `<figure class="chart-figure trend-figure">${(0, trendChartSvg_1.trendChartSvg)(b, lang)}<figcaption>${(0, escapeHtml_1.escapeHtml)(b.caption)}</figcaption></figure>` : ''}${table(b.table, lang)}`;
        case 'findings':
            return worklist(b.items, lang);
    }
}
function runAt(items, i, key) {
    if (i > 0 && key(items[i - 1]) === key(items[i]))
        return 0;
    let n = 1;
    while (i + n < items.length && key(items[i + n]) === key(items[i]))
        n++;
    return n;
}
const spanned = (n, attrs, html) => (n === 0 ? '' : `<td${attrs}${n > 1 ? ` rowspan="${n}"` : ''}>${html}</td>`);
function worklist(items, lang) {
    const severities = labels_1.SEVERITY_LABELS[lang];
    const actions = items.some((f) => f.action);
    const rows = items.map((f, i) => {
        const severity = spanned(runAt(items, i, (x) => x.severity), ` class="${f.severity}"`, (0, escapeHtml_1.escapeHtml)(severities[f.severity]));
        const action = actions ? spanned(runAt(items, i, (x) => x.action), ' class="action"', narrow(f.action ?? '', lang)) : '';
        return `<tr>${severity}<td class="place">${narrow(where(f), lang)}</td><td>${narrow(f.text, lang)}</td>${action}</tr>`;
    });
    const t = labels_1.REPORT_LABELS[lang];
    const head = `<th scope="col">${(0, escapeHtml_1.escapeHtml)(t.severityColumn)}</th><th scope="col">${(0, escapeHtml_1.escapeHtml)(t.place)}</th><th scope="col">${(0, escapeHtml_1.escapeHtml)(t.finding)}</th>${actions ? `<th scope="col">${(0, escapeHtml_1.escapeHtml)(t.action)}</th>` : ''}`;
    return `<table class="worklist"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function renderHtml(doc) {
    const { lang } = doc;
    const s = [];
    s.push(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${exports.REPORT_MARKER}<title>${(0, escapeHtml_1.escapeHtml)(doc.title)}</title><style>${(0, printCss_1.reportCss)(lang, doc.title)}</style></head><body>`);
    s.push(`<header><h1>${(0, escapeHtml_1.escapeHtml)(doc.title)}</h1><p class="meta">${doc.meta.map((m) => `${(0, escapeHtml_1.escapeHtml)(m.label)}: ${(0, escapeHtml_1.escapeHtml)(m.value)}`).join(' · ')}</p><p class="intro">${(0, escapeHtml_1.escapeHtml)(doc.intro)}</p></header><main>`);
    const firstAfterPageOne = doc.sections.findIndex((x) => BODY.includes(x.id));
    doc.sections.forEach((section, i) => {
        const newPage = i === firstAfterPageOne || APPENDIX.includes(section.id);
        s.push(`<section id="${section.id}"${newPage ? ' class="new-page"' : ''}><h2>${(0, escapeHtml_1.escapeHtml)(section.title)}</h2>`);
        for (const b of section.blocks)
            s.push(block(b, lang));
        s.push('</section>');
    });
    s.push(`</main><footer>${(0, escapeHtml_1.escapeHtml)(doc.footer)}</footer></body></html>`);
    return s.join('\n');
}
