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
exports.REPORT_MARKER = '<meta name="generator" content="fruehe-hilfen-check">';
function cell(c, lang) {
    return (0, escapeHtml_1.escapeHtml)((0, cells_1.cellText)(c, lang));
}
function isNumeric(c) {
    return c !== null && typeof c === 'object';
}
function table(t, lang) {
    const head = t.columns.map((c) => `<th${c.numeric ? ' class="num"' : ''} scope="col">${(0, escapeHtml_1.escapeHtml)(c.label)}</th>`).join('');
    const body = t.rows
        .map((row) => `<tr${row.emphasis ? ' class="emphasis"' : ''}>${row.cells.map((c) => `<td${isNumeric(c) ? ' class="num"' : ''}>${cell(c, lang)}</td>`).join('')}</tr>`)
        .join('');
    return `<table>${t.caption ? `<caption>${(0, escapeHtml_1.escapeHtml)(t.caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
function where(f) {
    if (!f.sheet)
        return '';
    return f.cell ? (0, address_1.placeOf)(f.sheet, f.cell) : (0, address_1.sheetRef)(f.sheet);
}
function block(b, lang) {
    switch (b.kind) {
        case 'paragraph':
            return `<p>${(0, escapeHtml_1.escapeHtml)(b.text)}</p>`;
        case 'facts':
            return `<dl class="facts">${b.items.map((i) => `<dt>${(0, escapeHtml_1.escapeHtml)(i.label)}</dt><dd>${cell(i.value, lang)}${i.detail ? ` <span class="meta">${(0, escapeHtml_1.escapeHtml)(i.detail)}</span>` : ''}</dd>`).join('')}</dl>`;
        case 'tiles':
            return `<ul class="tiles">${b.items
                .map((i) => `<li class="tile tile--${i.tone}"><b>${i.icon ? `<span class="icon" aria-hidden="true">${(0, escapeHtml_1.escapeHtml)(i.icon)}</span> ` : ''}${cell(i.value, lang)}</b>${(0, escapeHtml_1.escapeHtml)(i.label)}${i.reason ? `<small>${(0, escapeHtml_1.escapeHtml)(i.reason)}</small>` : ''}</li>`)
                .join('')}</ul>`;
        case 'map':
            return table((0, mapTable_1.mapTable)(b, lang), lang);
        case 'table':
            return table(b, lang);
        case 'list': {
            const tag = b.ordered ? 'ol' : 'ul';
            return `<${tag}>${b.items.map((i) => `<li>${(0, escapeHtml_1.escapeHtml)(i)}</li>`).join('')}</${tag}>`;
        }
        case 'chart':
            return `${b.table.rows.length > 0 ? (0, barChartSvg_1.barChartSvg)(b.title, b.table, b.series, lang) : ''}${table(b.table, lang)}`;
        case 'findings': {
            const severities = labels_1.SEVERITY_LABELS[lang];
            const actions = b.items.some((f) => f.action);
            const rows = b.items
                .map((f) => `<tr><td class="${f.severity}">${(0, escapeHtml_1.escapeHtml)(severities[f.severity])}</td><td>${(0, escapeHtml_1.escapeHtml)(where(f))}</td><td>${(0, escapeHtml_1.escapeHtml)(f.text)}</td>${actions ? `<td>${(0, escapeHtml_1.escapeHtml)(f.action ?? '')}</td>` : ''}</tr>`)
                .join('');
            return `<table><thead><tr><th></th><th>${lang === 'de' ? 'Stelle' : 'Place'}</th><th>${lang === 'de' ? 'Befund' : 'Finding'}</th>${actions ? `<th>${lang === 'de' ? 'Was tun' : 'What to do'}</th>` : ''}</tr></thead><tbody>${rows}</tbody></table>`;
        }
    }
}
function renderHtml(doc) {
    const { lang } = doc;
    const s = [];
    s.push(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${exports.REPORT_MARKER}<title>${(0, escapeHtml_1.escapeHtml)(doc.title)}</title><style>${CSS}</style></head><body>`);
    s.push(`<h1>${(0, escapeHtml_1.escapeHtml)(doc.title)}</h1><p class="meta">${doc.meta.map((m) => `${(0, escapeHtml_1.escapeHtml)(m.label)}: ${(0, escapeHtml_1.escapeHtml)(m.value)}`).join(' · ')}</p><p>${(0, escapeHtml_1.escapeHtml)(doc.intro)}</p>`);
    for (const section of doc.sections) {
        s.push(`<section id="${section.id}"><h2>${(0, escapeHtml_1.escapeHtml)(section.title)}</h2>`);
        for (const b of section.blocks)
            s.push(block(b, lang));
        s.push('</section>');
    }
    s.push(`<footer>${(0, escapeHtml_1.escapeHtml)(doc.footer)}</footer></body></html>`);
    return s.join('\n');
}
