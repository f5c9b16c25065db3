"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitSozialraeume = splitSozialraeume;
const LIST = /\s*(?:[/,;+&\n\r]|\bund\b|\band\b)\s*/i;
function splitSozialraeume(text) {
    const parts = text.split(LIST).map((p) => p.trim()).filter((p) => p !== '');
    return parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
}
