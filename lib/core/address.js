"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.columnLetters = columnLetters;
exports.a1 = a1;
exports.columnIndex = columnIndex;
exports.parseA1 = parseA1;
exports.sheetRef = sheetRef;
exports.placeOf = placeOf;
function columnLetters(column) {
    let n = column + 1;
    let letters = '';
    while (n > 0) {
        const rest = (n - 1) % 26;
        letters = String.fromCharCode(65 + rest) + letters;
        n = Math.floor((n - 1) / 26);
    }
    return letters;
}
function a1(row, column) {
    return `${columnLetters(column)}${row + 1}`;
}
function columnIndex(letters) {
    if (!/^[A-Za-z]{1,3}$/.test(letters))
        return -1;
    let n = 0;
    for (const ch of letters.toUpperCase())
        n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
}
function parseA1(address) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
    if (!m)
        return null;
    const row = Number(m[2]) - 1;
    if (row < 0)
        return null;
    return { row, column: columnIndex(m[1]) };
}
function sheetRef(sheet) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
function placeOf(sheet, cell) {
    return `${sheetRef(sheet)}!${cell}`;
}
