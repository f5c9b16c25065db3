"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isCellError = isCellError;
function isCellError(value) {
    return typeof value === 'object' && value !== null && typeof value.error === 'string';
}
