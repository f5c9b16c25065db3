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
exports.writeReportFile = writeReportFile;
const fs_1 = require("fs");
const path = __importStar(require("path"));
const html_1 = require("../report/render/html");
const args_1 = require("./args");
async function realOrNull(p) {
    try {
        return await fs_1.promises.realpath(p);
    }
    catch {
        return null;
    }
}
async function isOurReport(p) {
    let handle = null;
    try {
        handle = await fs_1.promises.open(p, fs_1.constants.O_RDONLY);
        const head = Buffer.alloc(4096);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return head.subarray(0, bytesRead).toString('utf8').includes(html_1.REPORT_MARKER);
    }
    catch {
        return false;
    }
    finally {
        await handle?.close();
    }
}
async function writeReportFile(target, html, input, force) {
    const shown = path.basename(target);
    const realInput = input === null ? null : await realOrNull(input);
    const realTarget = await realOrNull(target);
    if (realTarget !== null) {
        if (realInput !== null && realTarget === realInput) {
            throw new args_1.UsageError(`--report ${shown} ist die geprüfte Arbeitsmappe selbst; sie wird nie überschrieben. Geben Sie einen neuen Dateinamen an, z. B. --report pruefbericht.html.`, `--report ${shown} is the audited workbook itself; it is never overwritten. Give a new file name, e.g. --report report.html.`);
        }
        const stat = await fs_1.promises.stat(realTarget);
        if (!stat.isFile() || !(await isOurReport(realTarget))) {
            throw new args_1.UsageError(`${shown} gibt es schon und ist kein Prüfbericht von fh-check; die Datei bleibt unangetastet. Wählen Sie einen anderen Namen.`, `${shown} already exists and is not an fh-check report; it is left untouched. Choose another name.`);
        }
        if (!force) {
            throw new args_1.UsageError(`${shown} ist ein früherer Prüfbericht. Mit --force wird er ersetzt, oder wählen Sie einen anderen Namen.`, `${shown} is an earlier report. Add --force to replace it, or choose another name.`);
        }
    }
    const finalPath = realTarget ?? path.resolve(target);
    const temp = path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${process.pid}.tmp`);
    try {
        await fs_1.promises.writeFile(temp, html, { encoding: 'utf8', flag: 'wx' });
        await fs_1.promises.rename(temp, finalPath);
    }
    catch (e) {
        await fs_1.promises.rm(temp, { force: true });
        throw e;
    }
}
