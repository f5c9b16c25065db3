"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Styles = exports.SharedStrings = exports.NS_REL = exports.NS_MAIN = void 0;
exports.usedRange = usedRange;
exports.sheetXml = sheetXml;
const address_1 = require("../../../core/address");
const grid_1 = require("../../../core/grid");
const port_1 = require("../../port");
const xmlText_1 = require("./xmlText");
exports.NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
exports.NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
class SharedStrings {
    constructor() {
        this.index = new Map();
        this.list = [];
        this.uses = 0;
    }
    id(text) {
        this.uses++;
        let i = this.index.get(text);
        if (i === undefined) {
            i = this.list.length;
            this.index.set(text, i);
            this.list.push(text);
        }
        return i;
    }
    xml() {
        const items = this.list.map((s) => `<si><t xml:space="preserve">${(0, xmlText_1.cellText)(s)}</t></si>`).join('');
        return `<sst xmlns="${exports.NS_MAIN}" count="${this.uses}" uniqueCount="${this.list.length}">${items}</sst>`;
    }
}
exports.SharedStrings = SharedStrings;
class Styles {
    constructor() {
        this.formats = [];
        this.xfs = [{ numFmtId: 0, bold: false }];
    }
    id(format, bold) {
        let numFmtId = 0;
        if (format !== null) {
            let f = this.formats.indexOf(format);
            if (f < 0)
                f = this.formats.push(format) - 1;
            numFmtId = 164 + f;
        }
        const found = this.xfs.findIndex((x) => x.numFmtId === numFmtId && x.bold === bold);
        return found >= 0 ? found : this.xfs.push({ numFmtId, bold }) - 1;
    }
    xml() {
        const numFmts = this.formats.length === 0 ? '' : `<numFmts count="${this.formats.length}">${this.formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${(0, xmlText_1.cellText)(f)}"/>`).join('')}</numFmts>`;
        const font = (bold) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
        const xfs = this.xfs
            .map((x) => `<xf numFmtId="${x.numFmtId}" fontId="${x.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${x.numFmtId ? ' applyNumberFormat="1"' : ''}${x.bold ? ' applyFont="1"' : ''}/>`)
            .join('');
        return (`<styleSheet xmlns="${exports.NS_MAIN}">${numFmts}<fonts count="2">${font(false)}${font(true)}</fonts>` +
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
            `<cellXfs count="${this.xfs.length}">${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`);
    }
}
exports.Styles = Styles;
function usedRange(sheet) {
    const columns = Math.max(1, ...sheet.rows.map((r) => r.length));
    return `A1:${(0, address_1.a1)(Math.max(0, sheet.rows.length - 1), columns - 1)}`;
}
function cellXml(ref, value, style, strings) {
    const s = style ? ` s="${style}"` : '';
    if (value === null)
        return style ? `<c r="${ref}"${s}/>` : '';
    if (typeof value === 'number')
        return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
    if (typeof value === 'boolean')
        return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    if ((0, grid_1.isCellError)(value))
        return `<c r="${ref}"${s} t="e"><v>${(0, xmlText_1.cellText)(value.error)}</v></c>`;
    return `<c r="${ref}"${s} t="s"><v>${strings.id((0, port_1.fitCell)(value))}</v></c>`;
}
function paneXml(rows, columns) {
    if (rows === 0 && columns === 0)
        return '';
    const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
    return `<pane${split} topLeftCell="${(0, address_1.a1)(rows, columns)}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${(0, address_1.a1)(rows, columns)}" sqref="${(0, address_1.a1)(rows, columns)}"/>`;
}
function sheetXml(sheet, selected, strings, styles, drawingRelId) {
    const headings = new Set(sheet.headingRows ?? []);
    const formats = sheet.columnFormats ?? [];
    const widths = sheet.columnWidths ?? [];
    const parts = [`<worksheet xmlns="${exports.NS_MAIN}" xmlns:r="${exports.NS_REL}"><dimension ref="${usedRange(sheet)}"/>`];
    parts.push(`<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneXml(sheet.freezeRows ?? 0, sheet.freezeColumns ?? 0)}</sheetView></sheetViews>`);
    parts.push('<sheetFormatPr defaultRowHeight="15"/>');
    if (widths.length > 0)
        parts.push(`<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);
    parts.push('<sheetData>');
    sheet.rows.forEach((row, r) => {
        const bold = headings.has(r);
        const cells = row.map((v, c) => cellXml(`${(0, address_1.columnLetters)(c)}${r + 1}`, v, styles.id(bold ? null : (formats[c] ?? null), bold), strings)).join('');
        parts.push(`<row r="${r + 1}">${cells}</row>`);
    });
    parts.push('</sheetData>');
    if (sheet.autoFilter)
        parts.push(`<autoFilter ref="${usedRange(sheet)}"/>`);
    if (drawingRelId)
        parts.push(`<drawing r:id="${drawingRelId}"/>`);
    parts.push('</worksheet>');
    return parts.join('');
}
