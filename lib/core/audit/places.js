"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.actorPlace = actorPlace;
exports.hasColumn = hasColumn;
exports.columnPlace = columnPlace;
function actorPlace(network, actor, ...fields) {
    const part = network.parts.find((p) => p.sheet === actor.sheet);
    const columns = part?.columns ?? network.columns;
    const field = fields.find((f) => columns[f] !== undefined);
    return { sheet: actor.sheet, row: actor.row, column: field === undefined ? null : columns[field] };
}
function hasColumn(network, field) {
    return network.parts.some((p) => p.columns[field] !== undefined);
}
function columnPlace(network, field) {
    const part = network.parts.find((p) => p.columns[field] !== undefined) ?? network.parts[0];
    return { sheet: part?.sheet ?? network.sheet, row: part?.headerRow ?? network.headerRow, column: part?.columns[field] ?? null };
}
