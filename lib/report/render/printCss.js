"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cssString = cssString;
exports.reportCss = reportCss;
const PAGE = { de: (n, of) => `"Seite " ${n} " von " ${of}`, en: (n, of) => `"Page " ${n} " of " ${of}` };
function cssString(text) {
    return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
const TONES = `
.tile--good { border-left-color: #0e700e; } .tile--warn { border-left-color: #b35c00; } .tile--bad { border-left-color: #b10e1c; } .tile--neutral { border-left-color: #6b6b6b; }
.tone--good { color: #0e700e; } .tone--bad { color: #b10e1c; } .tone--warn { color: #8a3707; }
.error { color: #a4262c; font-weight: 600; } .warning { color: #8a3707; font-weight: 600; } .info { color: #444; }
`;
function reportCss(lang, title) {
    return `
@page { size: A4 portrait; margin: 13mm 14mm 15mm;
  @bottom-left { content: ${cssString(title)}; font: 7.5pt Arial, Helvetica, sans-serif; color: #555; }
  @bottom-right { content: ${PAGE[lang]('counter(page)', 'counter(pages)')}; font: 7.5pt Arial, Helvetica, sans-serif; color: #555; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: #1b1b1b; font-size: 9.5pt; line-height: 1.35; max-width: 180mm; margin: 0 auto; padding: 8mm 4mm; }
@media print { body { max-width: none; padding: 0; } .screen-only { display: none; } }
h1 { font-size: 16pt; line-height: 1.2; margin: 0 0 2pt; }
h2 { font-size: 12pt; margin: 10pt 0 4pt; border-bottom: 1px solid #999; padding-bottom: 1pt; break-after: avoid; page-break-after: avoid; }
h2 + * { break-before: avoid; }
p { margin: 0 0 4pt; orphans: 2; widows: 2; }
.meta { color: #444; margin: 0 0 3pt; } .intro { margin: 0 0 2pt; color: #333; }
ol, ul { margin: 0 0 4pt; padding-left: 16pt; } li { margin: 0 0 2pt; break-inside: avoid; }
section.new-page { break-before: page; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 5pt; font-size: 8pt; line-height: 1.2; }
thead { display: table-header-group; } tr { break-inside: avoid; }
th, td { border: 1px solid #bbb; padding: 1pt 3pt; text-align: left; vertical-align: top; }
th { background: #eee; font-weight: 600; } td.num, th.num { text-align: right; white-space: nowrap; }
tr.emphasis td { font-weight: 600; }
caption { text-align: left; font-size: 8.5pt; color: #444; padding: 0 0 2pt; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4pt; padding: 0; margin: 4pt 0; list-style: none; }
.tile { border: 1px solid #bbb; border-left-width: 4px; padding: 3pt 5pt; margin: 0; line-height: 1.2; break-inside: avoid; }
.tile b { display: block; font-size: 13pt; } .tile .icon { font-weight: 700; } .tile small { display: block; font-size: 8pt; color: #444; margin-top: 1pt; }
dl.facts { display: grid; grid-template-columns: max-content max-content; gap: 0 14pt; margin: 2pt 0 6pt; } dl.facts dt { margin: 0; } dl.facts dd { margin: 0; text-align: right; }
dl.facts--two { grid-template-columns: max-content max-content max-content max-content; column-gap: 10pt; } dl.facts--two dt:nth-of-type(2n) { padding-left: 14pt; }
abbr { text-decoration: none; }
/* Column widths where a table's shape is known, so that short columns stay on one line. */
#needModel table:first-of-type td:first-child { width: 26%; } #needModel table td:first-child { width: 30%; }
#criteria td:nth-child(2), #criteria td:nth-child(3) { white-space: nowrap; }
table.worklist, #criteria table, #needModel table { font-size: 7.5pt; line-height: 1.15; } .worklist td.error, .worklist td.warning, .worklist td.info { white-space: nowrap; } .worklist td.place { width: 20%; } .worklist td.action { width: 22%; }
figure { margin: 4pt 0 6pt; break-inside: avoid; } figcaption { font-size: 8.5pt; color: #333; margin-top: 2pt; }
figure svg { display: block; width: 100%; height: auto; }
.map svg { max-width: 135mm; } .chart-figure svg { max-width: 140mm; }
details.alt > summary { font-size: 8.5pt; color: #333; cursor: pointer; }
@media print { details.alt { display: none; } }
footer { margin-top: 4pt; font-size: 7.5pt; color: #555; }
${TONES}`;
}
