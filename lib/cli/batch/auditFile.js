"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.auditFile = auditFile;
const auditSnapshot_1 = require("../../workbook/auditSnapshot");
const errors_1 = require("../../workbook/xlsx/errors");
const readXlsx_1 = require("../../workbook/xlsx/readXlsx");
const row_1 = require("./row");
function reasonOf(e, file, lang) {
    if (e instanceof errors_1.WorkbookReadError)
        return lang === 'de' ? e.messageDe : e.messageEn;
    const detail = e instanceof Error ? e.message : String(e);
    return lang === 'de'
        ? `Beim Prüfen von „${file}“ trat ein unerwarteter Fehler auf (${detail}); bitte melden Sie ihn mit der Datei (ohne Sozialdaten).`
        : `An unexpected error occurred while checking "${file}" (${detail}); please report it with the file (without social data).`;
}
async function auditFile(file, options) {
    try {
        const snapshot = await (0, readXlsx_1.readXlsxFile)(file, { limits: options.limits });
        const { result } = (0, auditSnapshot_1.auditSnapshot)(snapshot, file);
        if (result.networkSheet === null) {
            const sheets = snapshot.sheets.map((s) => s.name).join(', ');
            const reason = options.lang === 'de'
                ? `In „${file}“ wurde keine Netzwerkliste gefunden (Blätter: ${sheets}); die Liste braucht eine Kopfzeile mit einer Spalte wie „Einrichtung“ oder „Name“ und „Art“.`
                : `No network list found in "${file}" (sheets: ${sheets}); the list needs a header with a column such as "Einrichtung" or "Name" and "Art".`;
            return { kind: 'unread', unread: { file, reason } };
        }
        return { kind: 'row', row: (0, row_1.rowOf)(result, file, options.withNames) };
    }
    catch (e) {
        return { kind: 'unread', unread: { file, reason: reasonOf(e, file, options.lang) } };
    }
}
