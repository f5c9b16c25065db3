"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.errors = exports.WorkbookReadError = void 0;
exports.checkSignature = checkSignature;
exports.fileSystemError = fileSystemError;
const path = __importStar(require("path"));
class WorkbookReadError extends Error {
    constructor(code, filePath, messageDe, messageEn, cause) {
        super(messageEn);
        this.name = 'WorkbookReadError';
        this.code = code;
        this.path = filePath;
        this.messageDe = messageDe;
        this.messageEn = messageEn;
        if (cause !== undefined)
            this.cause = cause;
    }
}
exports.WorkbookReadError = WorkbookReadError;
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');
function checkSignature(buf, label) {
    if (buf.length === 0)
        throw exports.errors.empty(label);
    if (buf.subarray(0, 8).equals(CFB_SIGNATURE)) {
        throw buf.includes(ENCRYPTION_STREAM) ? exports.errors.encrypted(label) : exports.errors.oldXls(label);
    }
    const head = buf.subarray(0, 4);
    if (!head.equals(ZIP_SIGNATURE) && !head.equals(EMPTY_ZIP_SIGNATURE))
        throw exports.errors.notXlsx(label);
}
function fileSystemError(filePath, e) {
    const code = e?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return exports.errors.notFound(filePath);
    if (code === 'EISDIR')
        return exports.errors.directory(filePath);
    return exports.errors.unreadable(filePath, e);
}
const name = (label) => path.basename(label) || label;
exports.errors = {
    notFound: (p) => new WorkbookReadError('not-found', p, `Die Datei „${p}“ wurde nicht gefunden. Prüfen Sie den Pfad.`, `The file "${p}" was not found. Check the path.`),
    directory: (p) => new WorkbookReadError('not-xlsx', p, `„${p}“ ist ein Ordner, keine Excel-Datei. Geben Sie den Pfad einer .xlsx-Datei an.`, `"${p}" is a folder, not an Excel file. Give the path of an .xlsx file.`),
    empty: (p) => new WorkbookReadError('not-xlsx', p, `Die Datei „${name(p)}“ ist leer. Speichern Sie die Arbeitsmappe in Excel erneut als .xlsx und versuchen Sie es noch einmal.`, `The file "${name(p)}" is empty. Save the workbook again as .xlsx in Excel and try again.`),
    oldXls: (p) => new WorkbookReadError('not-xlsx', p, `Die Datei „${name(p)}“ ist im alten Excel-Format (.xls). Öffnen Sie sie in Excel, speichern Sie sie als .xlsx und versuchen Sie es noch einmal.`, `The file "${name(p)}" is in the old Excel format (.xls). Open it in Excel, save it as .xlsx and try again.`),
    encrypted: (p) => new WorkbookReadError('unreadable', p, `Die Datei „${name(p)}“ ist mit einem Kennwort geschützt. Speichern Sie in Excel eine Kopie ohne Kennwort und prüfen Sie diese.`, `The file "${name(p)}" is password-protected. Save a copy without a password in Excel and check that copy.`),
    notXlsx: (p) => new WorkbookReadError('not-xlsx', p, `Die Datei „${name(p)}“ ist keine Excel-Arbeitsmappe (.xlsx). Speichern Sie sie in Excel als .xlsx und versuchen Sie es noch einmal.`, `The file "${name(p)}" is not an Excel workbook (.xlsx). Save it as .xlsx in Excel and try again.`),
    tooLarge: (p, limitMb) => new WorkbookReadError('too-large', p, `Die Datei „${name(p)}“ würde entpackt mehr als ${limitMb} MB belegen und wird nicht gelesen (Schutz vor Zip-Bomben). Ist sie eine echte Arbeitsmappe, erlaubt --max-unzipped-mb mehr.`, `The file "${name(p)}" would unpack to more than ${limitMb} MB and is not read (zip-bomb protection). If it is a real workbook, --max-unzipped-mb allows more.`),
    unreadable: (p, cause) => new WorkbookReadError('unreadable', p, `Die Datei „${name(p)}“ konnte nicht gelesen werden (beschädigt oder nicht zugreifbar). Öffnen Sie sie in Excel, speichern Sie sie erneut als .xlsx und versuchen Sie es noch einmal.`, `The file "${name(p)}" could not be read (damaged or not accessible). Open it in Excel, save it again as .xlsx and try again.`, cause),
};
