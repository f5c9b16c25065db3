"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INK = exports.FONT = exports.SVG_NS = void 0;
exports.svg = svg;
exports.svgString = svgString;
exports.clip = clip;
const escapeHtml_1 = require("./escapeHtml");
exports.SVG_NS = 'http://www.w3.org/2000/svg';
exports.FONT = 'Segoe UI, Arial, Helvetica, sans-serif';
exports.INK = '#1b1b1b';
function svg(tag, attrs = {}, ...children) {
    return { tag, attrs, children: children.filter((c) => c !== null && c !== false) };
}
function attrValue(v) {
    return typeof v === 'number' ? String(Math.round(v * 10) / 10) : v;
}
function svgString(node) {
    if (typeof node === 'string')
        return (0, escapeHtml_1.escapeHtml)(node);
    const attrs = Object.entries(node.attrs ?? {})
        .filter((e) => e[1] !== undefined)
        .map(([k, v]) => ` ${k}="${(0, escapeHtml_1.escapeHtml)(attrValue(v))}"`)
        .join('');
    const root = node.tag === 'svg' ? ` xmlns="${exports.SVG_NS}"` : '';
    const children = node.children ?? [];
    return children.length === 0 ? `<${node.tag}${root}${attrs}/>` : `<${node.tag}${root}${attrs}>${children.map(svgString).join('')}</${node.tag}>`;
}
function clip(text, max) {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
