"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isReadingChoice = isReadingChoice;
exports.readingSection = readingSection;
const address_1 = require("../core/address");
const model_1 = require("../core/reader/model");
const findingText_1 = require("./findingText");
const findingWords_1 = require("./findingWords");
const format_1 = require("./format");
function isReadingChoice(code) {
    return model_1.READER_CHOICE_CODES.has(code);
}
function readingSection(result, t, lang, file = null) {
    const blocks = [];
    if (file)
        blocks.push({ kind: 'facts', items: [{ label: t.file, value: file.split(/[\\/]/).pop() ?? file }] });
    const choices = result.findings.filter((f) => isReadingChoice(f.code));
    if (result.networkSheets.length > 0)
        blocks.push({ kind: 'facts', items: [{ label: t.networkSheets, value: (0, format_1.formatList)(result.networkSheets.map((s) => `„${s}“`), lang) }] });
    if (choices.length === 0 && result.former.length === 0)
        blocks.push({ kind: 'paragraph', text: t.readingNone, tone: 'good' });
    else
        blocks.push({ kind: 'paragraph', text: t.readingIntro });
    if (choices.length > 0) {
        blocks.push({ kind: 'findings', items: choices.map((f) => ({ code: f.code, severity: f.severity, criterion: f.criterion, sheet: f.sheet, cell: f.cell, text: (0, findingText_1.findingText)(f, lang) })) });
    }
    if (result.former.length > 0) {
        blocks.push({
            kind: 'table',
            caption: t.formerPartners,
            columns: [{ label: t.partnerName }, { label: t.reason }, { label: t.place }],
            rows: result.former.map((f) => ({ cells: [f.name, f.detail ? `${(0, findingWords_1.formerReasonText)(f.reason, lang)} („${f.detail}“)` : (0, findingWords_1.formerReasonText)(f.reason, lang), (0, address_1.placeOf)(f.sheet, f.cell)] })),
        });
    }
    return { id: 'reading', title: t.reading, blocks };
}
