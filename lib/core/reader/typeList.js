"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitTypeList = splitTypeList;
function splitTypeList(text) {
    const entries = [];
    for (const part of text.split(/[;|\n\r]+/)) {
        let pending = '';
        for (const piece of part.split(',')) {
            pending = pending === '' ? piece : `${pending},${piece}`;
            if (!/-\s*$/.test(piece)) {
                entries.push(pending);
                pending = '';
            }
        }
        if (pending !== '')
            entries.push(pending);
    }
    return entries.map((s) => s.trim()).filter((s) => s !== '' && !/^\(.*\)$/.test(s));
}
