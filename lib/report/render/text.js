"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderText = renderText;
const mapTable_1 = require("../mapTable");
const address_1 = require("../../core/address");
const labels_1 = require("../labels");
const cells_1 = require("./cells");
const INDENT = '  ';
function where(f) {
    if (!f.sheet)
        return '';
    return f.cell ? (0, address_1.placeOf)(f.sheet, f.cell) : (0, address_1.sheetRef)(f.sheet);
}
function table(t, lang) {
    const header = t.columns.map((c) => c.short ?? c.label);
    const rows = t.rows.map((r) => r.cells.map((c) => (0, cells_1.cellText)(c, lang)));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => INDENT + cells.map((c, i) => (t.columns[i]?.numeric ? c.padStart(widths[i]) : i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return [line(header), ...rows.map(line)].map((l) => l.trimEnd());
}
function block(b, lang) {
    switch (b.kind) {
        case 'paragraph':
            return [INDENT + b.text];
        case 'facts': {
            const width = Math.max(...b.items.map((i) => i.label.length));
            return b.items.map((i) => `${INDENT}${`${i.label}:`.padEnd(width + 2)}${(0, cells_1.cellText)(i.value, lang)}${i.detail ? `  ${i.detail}` : ''}`);
        }
        case 'tiles':
            return b.items.map((i) => `${INDENT}${i.icon ? `${i.icon} ` : ''}${i.label}: ${(0, cells_1.cellText)(i.value, lang)}${i.reason ? ` (${i.reason})` : ''}`);
        case 'map':
            return table((0, mapTable_1.mapTable)(b, lang), lang);
        case 'table':
            return b.detail ? [] : table(b, lang);
        case 'list':
            return b.items.map((item, i) => `${INDENT}${b.ordered ? `${i + 1}.` : '–'} ${item}`);
        case 'chart':
        case 'trend':
            return table(b.table, lang);
        case 'findings': {
            const labels = labels_1.SEVERITY_LABELS[lang];
            const width = Math.max(...Object.values(labels).map((l) => l.length));
            return b.items.map((f) => {
                const place = where(f);
                return `${INDENT}${labels[f.severity].toUpperCase().padEnd(width)}  ${place ? `${place}  ` : ''}${f.text}${f.criterion ? ` [${f.criterion}]` : ''}`;
            });
        }
    }
}
function renderText(doc) {
    const out = [doc.title, ...doc.meta.map((m) => `${m.label}: ${m.value}`)];
    for (const section of doc.sections) {
        if (section.detail)
            continue;
        out.push('', section.title);
        for (const b of section.blocks)
            out.push(...block(b, doc.lang));
    }
    return out.join('\n');
}
