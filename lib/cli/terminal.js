"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.forTerminal = forTerminal;
exports.colourAllowed = colourAllowed;
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function forTerminal(text) {
    return text.replace(UNSAFE, '');
}
function colourAllowed(stream, env = process.env) {
    return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '') && env.TERM !== 'dumb';
}
