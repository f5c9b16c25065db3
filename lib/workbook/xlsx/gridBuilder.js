"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GridBuilder = exports.MAX_COLUMN = exports.MAX_ROW = void 0;
exports.MAX_ROW = 1048575;
exports.MAX_COLUMN = 16383;
const EMPTY = Object.freeze([]);
class GridBuilder {
    constructor() {
        this.rows = [];
        this.row = [];
        this.rowIndex = -1;
        this.pending = new Int32Array(3 * 1024);
        this.pendingLength = 0;
    }
    set(rowIndex, column, value) {
        if (value === null)
            return;
        this.at(rowIndex, column);
        put(this.row, column, value);
    }
    setShared(rowIndex, column, index) {
        this.at(rowIndex, column);
        put(this.row, column, null);
        if (this.pendingLength + 3 > this.pending.length) {
            const grown = new Int32Array(this.pending.length * 2);
            grown.set(this.pending);
            this.pending = grown;
        }
        this.pending[this.pendingLength++] = rowIndex;
        this.pending[this.pendingLength++] = column;
        this.pending[this.pendingLength++] = index;
    }
    forEachShared(each) {
        for (let i = 0; i < this.pendingLength; i += 3)
            each(this.pending[i], this.pending[i + 1], this.pending[i + 2]);
    }
    finish(name, sharedStrings, tables, layout) {
        this.commit();
        const rows = this.rows;
        const pending = this.pending.subarray(0, this.pendingLength);
        for (let i = 0; i < pending.length; i += 3) {
            const s = sharedStrings[pending[i + 2]];
            rows[pending[i]][pending[i + 1]] = s ? s : null;
        }
        for (let i = 0; i < pending.length; i += 3) {
            const row = rows[pending[i]];
            while (row.length > 0 && row[row.length - 1] === null)
                row.pop();
            if (row.length === 0)
                rows[pending[i]] = EMPTY;
        }
        this.pending = new Int32Array(0);
        this.pendingLength = 0;
        while (rows.length > 0 && rows[rows.length - 1].length === 0)
            rows.pop();
        let top = rows.findIndex((r) => r.length > 0);
        let bottom = rows.length - 1;
        let left = exports.MAX_COLUMN + 1;
        for (let r = Math.max(0, top); r <= bottom; r++) {
            const row = rows[r];
            for (let c = 0; c < row.length && c < left; c++) {
                if (row[c] !== null) {
                    left = c;
                    break;
                }
            }
        }
        for (const t of tables) {
            top = top < 0 ? t.top : Math.min(top, t.top);
            bottom = Math.max(bottom, t.bottom);
            left = Math.min(left, t.left);
        }
        if (top < 0 || left > exports.MAX_COLUMN)
            return { name, values: [], originRow: 0, originColumn: 0, tables: [], layout };
        let values = rows.slice(top, bottom + 1);
        while (values.length < bottom - top + 1)
            values.push(EMPTY);
        if (left > 0)
            values = values.map((row) => (row === undefined || row.length <= left ? EMPTY : row.slice(left)));
        else
            values = values.map((row) => row ?? EMPTY);
        const infos = tables
            .filter((t) => t.headerRow)
            .map((t) => ({
            name: t.name,
            headerRow: t.top - top,
            firstColumn: t.left - left,
            columnCount: t.right - t.left + 1,
            rowCount: Math.max(0, t.bottom - t.top - (t.totalsRow ? 1 : 0)),
        }));
        return { name, values, originRow: top, originColumn: left, tables: infos, layout };
    }
    at(rowIndex, column) {
        if (rowIndex < 0 || rowIndex > exports.MAX_ROW || column < 0 || column > exports.MAX_COLUMN) {
            throw new RangeError(`cell at row ${rowIndex + 1}, column ${column + 1} lies outside Excel's grid`);
        }
        if (rowIndex === this.rowIndex)
            return;
        this.commit();
        this.rowIndex = rowIndex;
        const existing = this.rows[rowIndex];
        this.row = existing !== undefined && existing !== EMPTY ? existing : [];
    }
    commit() {
        if (this.rowIndex < 0 || this.row.length === 0)
            return;
        const rows = this.rows;
        if (rows.length < this.rowIndex) {
            const from = rows.length;
            rows.length = this.rowIndex;
            rows.fill(EMPTY, from);
        }
        rows[this.rowIndex] = this.row;
    }
}
exports.GridBuilder = GridBuilder;
function put(row, column, value) {
    if (column < row.length) {
        row[column] = value;
        return;
    }
    while (row.length < column)
        row.push(null);
    row.push(value);
}
