"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formerReasonText = void 0;
exports.findingText = findingText;
const findingTextDe_1 = require("./findingTextDe");
const findingTextEn_1 = require("./findingTextEn");
var findingWords_1 = require("./findingWords");
Object.defineProperty(exports, "formerReasonText", { enumerable: true, get: function () { return findingWords_1.formerReasonText; } });
const TEXTS = { de: findingTextDe_1.GERMAN, en: findingTextEn_1.ENGLISH };
function findingText(f, lang) {
    const text = TEXTS[lang][f.code];
    return text(f.values);
}
