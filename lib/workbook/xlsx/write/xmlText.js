"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cellText = cellText;
exports.plainText = plainText;
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const hex4 = (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
function cellText(text) {
    return xmlEscape(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(NOT_XML, hex4).replace(LONE_SURROGATE, '\ufffd'));
}
function plainText(text) {
    return xmlEscape(text.replace(NOT_XML, '').replace(LONE_SURROGATE, '\ufffd'));
}
function xmlEscape(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
