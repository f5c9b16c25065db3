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
exports.EXAMPLE_WORKBOOK = void 0;
exports.main = main;
const fs_1 = require("fs");
const path = __importStar(require("path"));
const buildReport_1 = require("../report/buildReport");
const json_1 = require("../report/json");
const html_1 = require("../report/render/html");
const text_1 = require("../report/render/text");
const auditSnapshot_1 = require("../workbook/auditSnapshot");
const errors_1 = require("../workbook/xlsx/errors");
const readXlsx_1 = require("../workbook/xlsx/readXlsx");
const zip_1 = require("../workbook/xlsx/zip");
const args_1 = require("./args");
const inputs_1 = require("./batch/inputs");
const run_1 = require("./batch/run");
const classifyCommand_1 = require("./classifyCommand");
const compare_1 = require("./compare");
const exitCodes_1 = require("./exitCodes");
const progress_1 = require("./progress");
const reportFile_1 = require("./reportFile");
const terminal_1 = require("./terminal");
const usageError_1 = require("./usageError");
const ROOT = path.resolve(__dirname, '../..');
exports.EXAMPLE_WORKBOOK = path.join(ROOT, 'examples/netzwerk-beispiel.xlsx');
async function main(argv, io) {
    try {
        const args = (0, args_1.parseArgs)(argv);
        switch (args.command) {
            case 'help':
                await io.out(args_1.USAGE);
                return exitCodes_1.EXIT_OK;
            case 'version':
                await io.out(version());
                return exitCodes_1.EXIT_OK;
            case 'classify':
                return await runClassify(args, io);
            case 'audit':
                return await runAudit(args, io);
        }
    }
    catch (e) {
        if (e instanceof errors_1.WorkbookReadError) {
            io.err((0, terminal_1.forTerminal)(`${e.messageDe}\n${e.messageEn}`));
            return exitCodes_1.EXIT_INPUT;
        }
        if (e instanceof usageError_1.UsageError) {
            io.err((0, terminal_1.forTerminal)(`${e.de}\n${e.en}`));
            return exitCodes_1.EXIT_INPUT;
        }
        const code = e?.code;
        if (code === 'ENOSPC') {
            io.err('Der Datenträger ist voll; die Ausgabe ist unvollständig.\nThe disk is full; the output is incomplete.');
            return exitCodes_1.EXIT_INPUT;
        }
        const detail = (0, terminal_1.forTerminal)(e instanceof Error ? e.message : String(e));
        io.err(`Unerwarteter Fehler: ${detail}. Bitte melden Sie ihn mit der Datei (ohne Sozialdaten).\nUnexpected error: ${detail}. Please report it.`);
        return exitCodes_1.EXIT_INPUT;
    }
}
async function runClassify(args, io) {
    if (args.inputs.length === 0) {
        throw new usageError_1.UsageError('classify braucht mindestens eine Bezeichnung, z. B. fh-check classify "pro familia".', 'classify needs at least one label, e.g. fh-check classify "pro familia".');
    }
    const rows = (0, classifyCommand_1.classifyLabels)(args.inputs);
    await io.out(args.json ? JSON.stringify(rows, null, 2) : (0, terminal_1.forTerminal)((0, classifyCommand_1.renderClassifyText)(rows, args.lang)));
    return exitCodes_1.EXIT_OK;
}
async function runAudit(args, io) {
    if (await (0, inputs_1.isBatchRun)(args.inputs, args.batch.overview))
        return (0, run_1.runBatch)(args, io);
    if (args.batch.withNames || args.batch.chart !== null || args.batch.jobs !== null) {
        throw new usageError_1.UsageError('--with-names, --chart und --jobs gelten beim Prüfen mehrerer Dateien (mit --overview).', '--with-names, --chart and --jobs apply when checking several files (with --overview).');
    }
    const file = args.inputs[0] ?? exports.EXAMPLE_WORKBOOK;
    const display = args.inputs[0] ?? path.relative(process.cwd(), exports.EXAMPLE_WORKBOOK);
    const progress = new progress_1.Progress(io.progress ?? null, args.lang);
    let snapshot;
    try {
        snapshot = await (0, readXlsx_1.readXlsxFile)(file, { limits: args.maxUnzippedMb === null ? undefined : (0, zip_1.limitsOfMb)(args.maxUnzippedMb), progress: (share) => progress.update(share) });
    }
    finally {
        progress.done();
    }
    const { result } = (0, auditSnapshot_1.auditSnapshot)(snapshot, display);
    if (result.networkSheet === null) {
        const names = snapshot.sheets.map((s) => `„${s.name}“`).join(', ');
        io.err((0, terminal_1.forTerminal)(`In ${display} wurde keine Netzwerkliste gefunden (Blätter: ${names}). Die Liste braucht eine Kopfzeile mit einer Spalte wie „Einrichtung“ oder „Name“ und „Art“; die Vorlage im Add-in zeigt ein Beispiel.\n` +
            `No network list found in ${display} (sheets: ${names}). The list needs a header with a column such as "Einrichtung" or "Name" and "Art"; the add-in's template shows an example.`));
        return exitCodes_1.EXIT_INPUT;
    }
    const history = await (0, compare_1.historyForAudit)(args.compare, snapshot, result, new Date(), { limits: args.maxUnzippedMb === null ? undefined : (0, zip_1.limitsOfMb)(args.maxUnzippedMb) });
    const doc = (0, buildReport_1.buildReport)(result, { lang: args.lang, date: new Date(), comparison: history.comparison });
    if (args.report)
        await (0, reportFile_1.writeReportFile)(args.report, (0, html_1.renderHtml)(doc), file, args.force);
    await io.out(args.json ? JSON.stringify((0, compare_1.withHistory)((0, json_1.auditJson)(result, args.lang), history), null, 2) : (0, terminal_1.forTerminal)((0, text_1.renderText)(doc)));
    if (args.report && !args.json)
        await io.out((0, terminal_1.forTerminal)(args.lang === 'de' ? `\nPrüfbericht geschrieben: ${args.report}` : `\nReport written: ${args.report}`));
    return result.findings.some((f) => f.severity === 'error') ? exitCodes_1.EXIT_FINDINGS : exitCodes_1.EXIT_OK;
}
function version() {
    const pkg = JSON.parse((0, fs_1.readFileSync)(path.join(ROOT, 'package.json'), 'utf8'));
    return pkg.version;
}
