"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SheetPart = void 0;
exports.columnOf = columnOf;
exports.rangeOf = rangeOf;
const gridBuilder_1 = require("./gridBuilder");
const sax_1 = require("./sax");
function columnOf(ref) {
    let column = 0;
    for (let i = 0; i < ref.length; i++) {
        const ch = ref.charCodeAt(i);
        if (ch >= 65 && ch <= 90)
            column = column * 26 + ch - 64;
        else if (ch >= 97 && ch <= 122)
            column = column * 26 + ch - 96;
        else
            break;
    }
    return column - 1;
}
function rangeOf(ref) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
    if (!m)
        return null;
    const a = { row: Number(m[2]) - 1, column: columnOf(m[1]) };
    const b = m[3] ? { row: Number(m[4]) - 1, column: columnOf(m[3]) } : a;
    const range = { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
    if (range.top < 0 || range.left < 0 || range.bottom > gridBuilder_1.MAX_ROW || range.right > gridBuilder_1.MAX_COLUMN)
        return null;
    return range;
}
const MS_PER_DAY = 86400000;
const UNIX_EPOCH_SERIAL = 25569;
function isoToSerial(text) {
    const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`;
    const ms = Date.parse(zoned);
    return Number.isFinite(ms) ? UNIX_EPOCH_SERIAL + ms / MS_PER_DAY : null;
}
const truthy = (v) => v === '1' || v === 'true';
class SheetPart extends sax_1.SaxPart {
    constructor(struckStyles) {
        super();
        this.struckStyles = struckStyles;
        this.builder = new gridBuilder_1.GridBuilder();
        this.tableRelIds = [];
        this.hiddenRows = [];
        this.hiddenColumns = [];
        this.merges = [];
        this.struckCells = [];
        this.filter = null;
        this.filterActive = false;
        this.rowIndex = -1;
        this.column = -1;
        this.type = 'n';
        this.struck = false;
        this.hasValue = false;
        this.inInline = false;
        this.inPhonetic = false;
    }
    open(name, tag) {
        const a = tag.attributes;
        switch (name) {
            case 'row': {
                const n = a.r ? parseInt(a.r, 10) - 1 : NaN;
                this.rowIndex = Number.isNaN(n) ? this.rowIndex + 1 : n;
                this.column = -1;
                if (truthy(a.hidden))
                    this.hiddenRows.push(this.rowIndex);
                break;
            }
            case 'c': {
                const c = a.r ? columnOf(a.r) : -1;
                this.column = c < 0 ? this.column + 1 : c;
                this.type = a.t ?? 'n';
                this.struck = a.s !== undefined && this.struckStyles.has(Number(a.s));
                this.text = '';
                this.hasValue = false;
                break;
            }
            case 'v':
                this.text = '';
                this.hasValue = true;
                this.collect(true);
                break;
            case 'is':
                this.text = '';
                this.hasValue = true;
                this.inInline = true;
                break;
            case 't':
                if (this.inInline && !this.inPhonetic)
                    this.collect(true);
                break;
            case 'rPh':
                this.inPhonetic = true;
                break;
            case 'col': {
                const min = Number(a.min) - 1;
                const max = Math.min(gridBuilder_1.MAX_COLUMN, Number(a.max) - 1);
                if (truthy(a.hidden) && min >= 0 && max >= min)
                    this.hiddenColumns.push({ top: 0, bottom: gridBuilder_1.MAX_ROW, left: min, right: max });
                break;
            }
            case 'mergeCell': {
                const range = a.ref ? rangeOf(a.ref) : null;
                if (range)
                    this.merges.push(range);
                break;
            }
            case 'autoFilter':
                this.filter = a.ref ? rangeOf(a.ref) : null;
                break;
            case 'filterColumn':
                this.filterActive = true;
                break;
            case 'tablePart': {
                const id = (0, sax_1.relIdOf)(a);
                if (id)
                    this.tableRelIds.push(id);
                break;
            }
        }
    }
    close(name) {
        switch (name) {
            case 'v':
            case 't':
                this.collect(false);
                break;
            case 'is':
                this.inInline = false;
                break;
            case 'rPh':
                this.inPhonetic = false;
                break;
            case 'c':
                if (this.hasValue)
                    this.cell();
                break;
        }
    }
    cell() {
        const { builder, rowIndex, column, text } = this;
        if (this.struck)
            this.struckCells.push([rowIndex, column]);
        switch (this.type) {
            case 's': {
                const index = parseInt(text, 10);
                if (index >= 0)
                    builder.setShared(rowIndex, column, index);
                break;
            }
            case 'str':
            case 'inlineStr':
                builder.set(rowIndex, column, (0, sax_1.decodeEscapes)(text) || null);
                break;
            case 'b':
                if (text !== '')
                    builder.set(rowIndex, column, text === '1' || text === 'true');
                break;
            case 'e':
                if (text !== '')
                    builder.set(rowIndex, column, { error: text });
                break;
            case 'd':
                builder.set(rowIndex, column, isoToSerial(text));
                break;
            default: {
                if (text === '')
                    break;
                const n = Number(text);
                builder.set(rowIndex, column, Number.isFinite(n) ? n : null);
            }
        }
    }
    layout(hidden, struckStrings, tableFilters = []) {
        const filter = this.filter;
        const active = [...(filter !== null && this.filterActive ? [filter] : []), ...tableFilters];
        const inFilter = (row) => active.some((f) => row > f.top && row <= f.bottom);
        const struckCells = [...this.struckCells];
        if (struckStrings.size > 0) {
            this.builder.forEachShared((row, column, index) => {
                if (struckStrings.has(index))
                    struckCells.push([row, column]);
            });
        }
        return {
            hidden,
            hiddenRows: this.hiddenRows.filter((r) => !inFilter(r)),
            filteredRows: this.hiddenRows.filter(inFilter),
            hiddenColumns: this.hiddenColumns,
            struckCells,
            merges: this.merges,
            filter: active[0],
        };
    }
}
exports.SheetPart = SheetPart;
