"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LABEL_NON_TYPES = exports.WORD_NON_TYPES = void 0;
exports.WORD_NON_TYPES = ['Tier*', '*sportverein*', 'Schülerlots*', 'Weihnachtskrippe*', 'Krippenspiel*'];
exports.LABEL_NON_TYPES = [
    'Förderverein*', '*förderverein*', 'Förderkreis*', '*förderkreis*', '*ausschuss*', 'JHA', 'KJHA', 'Fraktion*', '*fraktion',
    'Bank', '*bank', 'Sparkasse*', '*sparkasse', 'Bäckerei*', '*bäckerei', 'Metzgerei*', 'Druckerei*', '*druckerei', 'Autohaus*',
    '*autohaus', 'Hotel*', 'Restaurant*', 'Buchhandlung*', 'Kiosk*', 'Parkhaus*', 'Friseur*',
];
