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
exports.runBatch = runBatch;
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const labels_1 = require("../../report/labels");
const zip_1 = require("../../workbook/xlsx/zip");
const exitCodes_1 = require("../exitCodes");
const reportFile_1 = require("../reportFile");
const usageError_1 = require("../usageError");
const chartIndicator_1 = require("./chartIndicator");
const inputs_1 = require("./inputs");
const lines_1 = require("./lines");
const overviewFile_1 = require("./overviewFile");
const pool_1 = require("./pool");
const progress_1 = require("./progress");
const FILE_TIMEOUT_MS = 5 * 60000;
function workerScript() {
    return __filename.endsWith('.ts') ? path.resolve(__dirname, '../../../lib/cli/batch/worker.js') : path.join(__dirname, 'worker.js');
}
function failedOutcome(result, file, lang) {
    const minutes = FILE_TIMEOUT_MS / 60000;
    const reason = result.failure === 'timeout'
        ? lang === 'de'
            ? `Die Prüfung von „${file}“ dauerte länger als ${minutes} Minuten und wurde abgebrochen; prüfen Sie die Datei einzeln mit fh-check audit.`
            : `Checking "${file}" took longer than ${minutes} minutes and was stopped; check the file on its own with fh-check audit.`
        : lang === 'de'
            ? `Die Prüfung von „${file}“ brach ab (${result.detail}); prüfen Sie die Datei einzeln mit fh-check audit.`
            : `Checking "${file}" broke off (${result.detail}); check the file on its own with fh-check audit.`;
    return { kind: 'unread', unread: { file, reason } };
}
function jsonOf(line) {
    if (line.kind === 'unread')
        return { file: line.unread.file, read: false, reason: line.unread.reason };
    const { partnerNames, ...row } = line.row;
    return { ...row, read: true, ...(partnerNames === null ? {} : { partnerNames }) };
}
async function runBatch(args, io) {
    const { lang } = args;
    const { overview, withNames } = args.batch;
    if (args.report) {
        throw new usageError_1.UsageError('--report schreibt den Prüfbericht einer Arbeitsmappe; für mehrere Dateien gibt es --overview.', '--report writes the report of one workbook; for several files use --overview.');
    }
    if (args.compare !== null) {
        throw new usageError_1.UsageError('--compare vergleicht eine Arbeitsmappe mit einem früheren Stand; beim Prüfen mehrerer Dateien gibt es keinen Vergleich.', '--compare compares one workbook with an earlier state; there is no comparison when checking several files.');
    }
    if (args.batch.chart !== null && (overview === null || (0, overviewFile_1.overviewFormat)(overview) === 'csv')) {
        throw new usageError_1.UsageError('--chart wählt die Kennzahl im Diagramm einer Übersicht als .xlsx oder .html; eine .csv-Übersicht hat kein Diagramm.', '--chart picks the indicator charted in an .xlsx or .html overview; a .csv overview has no chart.');
    }
    if (args.inputs.length === 0) {
        throw new usageError_1.UsageError('--overview braucht Arbeitsmappen oder einen Ordner, z. B. fh-check audit bezirke/ --overview uebersicht.xlsx.', '--overview needs workbooks or a folder, e.g. fh-check audit districts/ --overview overview.xlsx.');
    }
    const files = await (0, inputs_1.expandInputs)(args.inputs);
    if (files.length === 0)
        throw new usageError_1.UsageError(`In ${args.inputs.join(', ')} liegt keine .xlsx-Datei.`, `${args.inputs.join(', ')} holds no .xlsx file.`);
    if (overview !== null)
        await (0, reportFile_1.checkOwnTarget)(overview, files, args.force, (0, overviewFile_1.overviewKind)((0, overviewFile_1.overviewFormat)(overview)));
    const workerData = { lang, withNames, limits: args.maxUnzippedMb === null ? undefined : (0, zip_1.limitsOfMb)(args.maxUnzippedMb) };
    const progress = new progress_1.BatchProgress(io.progress ?? null, lang);
    const lines = [];
    let printing = Promise.resolve();
    let writeError = null;
    const print = (text) => {
        printing = printing.then(() => progress.around(() => io.out(text))).catch((e) => {
            writeError ?? (writeError = e);
        });
    };
    try {
        await (0, pool_1.runPool)(files, {
            script: workerScript(),
            size: Math.min(args.batch.jobs ?? os.availableParallelism(), files.length),
            workerData,
            resourceLimits: { maxOldGenerationSizeMb: Math.max(1024, 4 * (args.maxUnzippedMb ?? 256)) },
            timeoutMs: FILE_TIMEOUT_MS,
        }, (result, index, file) => {
            const line = result.ok ? result.value : failedOutcome(result, file, lang);
            lines.push(line);
            if (!args.json)
                print((0, lines_1.fileLine)(line, lang));
            progress.update(index + 1, files.length);
        });
    }
    finally {
        await printing;
        progress.done();
    }
    if (writeError !== null)
        throw writeError;
    if (overview !== null) {
        await (0, overviewFile_1.writeOverview)(lines, { target: overview, inputs: files, force: args.force, lang, withNames, chart: args.batch.chart ?? chartIndicator_1.DEFAULT_CHART, date: (0, labels_1.reportDate)(new Date(), lang) });
    }
    await io.out(args.json ? JSON.stringify(lines.map(jsonOf), null, 2) : (0, lines_1.summaryLine)(lines, overview, lang));
    if (lines.some((l) => l.kind === 'unread'))
        return exitCodes_1.EXIT_INPUT;
    return lines.some((l) => l.kind === 'row' && l.row.errors > 0) ? exitCodes_1.EXIT_FINDINGS : exitCodes_1.EXIT_OK;
}
