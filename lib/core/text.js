"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fold = fold;
const UMLAUTS = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const NON_ASCII = /[\u0080-\uffff]/;
function fold(text) {
    let s = text.toLowerCase();
    if (NON_ASCII.test(s)) {
        s = s.normalize('NFC').replace(/[äöüß]/g, (c) => UMLAUTS[c]);
        if (NON_ASCII.test(s))
            s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2010-\u2015\u2212]/g, '-');
    }
    return s.replace(/\s+/g, ' ').trim();
}
