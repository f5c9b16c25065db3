"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findingText = findingText;
const findingTextDe_1 = require("./findingTextDe");
const findingTextEn_1 = require("./findingTextEn");
const TEXTS = { de: findingTextDe_1.GERMAN, en: findingTextEn_1.ENGLISH };
function findingText(f, lang) {
    const text = TEXTS[lang][f.code];
    return text(f.values);
}
