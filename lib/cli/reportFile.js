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
exports.headOf = headOf;
exports.checkOwnTarget = checkOwnTarget;
exports.writeOwnFile = writeOwnFile;
exports.writeReportFile = writeReportFile;
const fs_1 = require("fs");
const path = __importStar(require("path"));
const html_1 = require("../report/render/html");
const usageError_1 = require("./usageError");
async function realOrNull(p) {
    try {
        return await fs_1.promises.realpath(p);
    }
    catch {
        return null;
    }
}
async function headOf(p, bytes = 4096) {
    let handle = null;
    try {
        handle = await fs_1.promises.open(p, fs_1.constants.O_RDONLY);
        const head = Buffer.alloc(bytes);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return head.subarray(0, bytesRead);
    }
    catch {
        return null;
    }
    finally {
        await handle?.close();
    }
}
const REPORT = {
    option: '--report',
    example: { de: 'pruefbericht.html', en: 'report.html' },
    notOurs: { de: 'kein Prüfbericht von fh-check', en: 'not an fh-check report' },
    earlier: (shown) => ({
        de: `${shown} ist ein früherer Prüfbericht. Mit --force wird er ersetzt, oder wählen Sie einen anderen Namen.`,
        en: `${shown} is an earlier report. Add --force to replace it, or choose another name.`,
    }),
    isOurs: async (p) => (await headOf(p))?.toString('utf8').includes(html_1.REPORT_MARKER) ?? false,
};
async function checkOwnTarget(target, inputs, force, kind) {
    const shown = path.basename(target);
    const realTarget = await realOrNull(target);
    if (realTarget === null)
        return path.resolve(target);
    const realInputs = await Promise.all(inputs.map(realOrNull));
    if (realInputs.includes(realTarget)) {
        const de = inputs.length === 1 ? 'die geprüfte Arbeitsmappe selbst' : 'eine der geprüften Arbeitsmappen';
        const en = inputs.length === 1 ? 'the audited workbook itself' : 'one of the audited workbooks';
        throw new usageError_1.UsageError(`${kind.option} ${shown} ist ${de}; sie wird nie überschrieben. Geben Sie einen neuen Dateinamen an, z. B. ${kind.option} ${kind.example.de}.`, `${kind.option} ${shown} is ${en}; it is never overwritten. Give a new file name, e.g. ${kind.option} ${kind.example.en}.`);
    }
    const stat = await fs_1.promises.stat(realTarget);
    if (!stat.isFile() || !(await kind.isOurs(realTarget))) {
        throw new usageError_1.UsageError(`${shown} gibt es schon und ist ${kind.notOurs.de}; die Datei bleibt unangetastet. Wählen Sie einen anderen Namen.`, `${shown} already exists and is ${kind.notOurs.en}; it is left untouched. Choose another name.`);
    }
    if (!force) {
        const { de, en } = kind.earlier(shown);
        throw new usageError_1.UsageError(de, en);
    }
    return realTarget;
}
async function writeOwnFile(target, data, inputs, force, kind) {
    const finalPath = await checkOwnTarget(target, inputs, force, kind);
    const temp = path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${process.pid}.tmp`);
    try {
        await fs_1.promises.writeFile(temp, data, { flag: 'wx' });
        await fs_1.promises.rename(temp, finalPath);
    }
    catch (e) {
        await fs_1.promises.rm(temp, { force: true });
        throw e;
    }
}
async function writeReportFile(target, html, input, force) {
    await writeOwnFile(target, html, input === null ? [] : [input], force, REPORT);
}
