"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statusVerdict = statusVerdict;
exports.noteSaysLeft = noteSaysLeft;
exports.hasEnded = hasEnded;
exports.isArchiveHeading = isArchiveHeading;
const text_1 = require("../text");
const years_1 = require("./years");
const FORMER_STATUS = /^(ausgeschieden|inaktiv|nicht (mehr )?aktiv|ruht|ruhend|pausiert|beendet|ehemalig|ehemals|frueher|gekuendigt|ausgetreten|aufgeloest|geschlossen|eingestellt|abgemeldet|former|inactive|ended|left|closed)\b/;
const ACTIVE_STATUS = /^(aktiv|active|ja|laufend|besteht|bestehend|neu|mitglied|x|✓|✔)\b/;
function statusVerdict(value, todayMs) {
    if (value === null || typeof value === 'object' || typeof value === 'boolean')
        return 'active';
    const text = (0, text_1.fold)(String(value));
    if (text === '')
        return 'active';
    if (FORMER_STATUS.test(text))
        return 'former';
    const until = /^(bis|until|ende|end)\s+(.+)$/.exec(text);
    if (until) {
        const ends = (0, years_1.dateOfCell)(until[2]);
        if (ends !== null)
            return ends < todayMs ? 'former' : 'active';
    }
    return ACTIVE_STATUS.test(text) ? 'active' : 'unclear';
}
function noteSaysLeft(value) {
    if (typeof value !== 'string')
        return false;
    return NOTE_LEFT.test((0, text_1.fold)(value).replace(NOTE_LEAD, ''));
}
const NOTE_LEFT = /^(ausgeschieden|ausgetreten|inaktiv|nicht (mehr )?(aktiv|dabei)|ruht|ruhend|pausiert|beendet|gekuendigt|aufgeloest|geschlossen|abgemeldet|former|inactive|ended|left|closed)\b/;
const NOTE_LEAD = /^(?:(?:seit|ab|zum|per|am|since|from)\s+)?(?:[\d./-]+\s+)?(?:(?:die|der|das)\s+)?(?:kooperation|mitarbeit|mitgliedschaft|zusammenarbeit|teilnahme|praxis|einrichtung|angebot|stelle|projekt|partnerschaft|cooperation|membership|practice)?\s*/;
function hasEnded(value, todayMs) {
    const ends = (0, years_1.dateOfCell)(value);
    return ends !== null && ends < todayMs;
}
const ARCHIVE_HEADING = /^(archiv|archive|ehemalige( netzwerk)?(partner|akteure|mitglieder)?|ausgeschiedene( netzwerk)?(partner|akteure|mitglieder)?|fruehere( netzwerk)?(partner|akteure|mitglieder)?|nicht mehr aktiv|inaktive( netzwerk)?(partner|akteure|mitglieder)?|former partners?)\b/;
function isArchiveHeading(text) {
    return ARCHIVE_HEADING.test((0, text_1.fold)(text));
}
