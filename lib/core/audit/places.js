"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.actorPlace = actorPlace;
function actorPlace(network, actor, ...fields) {
    const part = network.parts.find((p) => p.sheet === actor.sheet);
    const columns = part?.columns ?? network.columns;
    const field = fields.find((f) => columns[f] !== undefined);
    return { sheet: actor.sheet, row: actor.row, column: field === undefined ? null : columns[field] };
}
