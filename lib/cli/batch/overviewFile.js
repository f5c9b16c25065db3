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
exports.overviewFormat = overviewFormat;
exports.isOverviewXlsx = isOverviewXlsx;
exports.overviewKind = overviewKind;
exports.writeOverview = writeOverview;
const fs_1 = require("fs");
const path = __importStar(require("path"));
const zipWriter_1 = require("../../workbook/xlsx/write/zipWriter");
const reportFile_1 = require("../reportFile");
const usageError_1 = require("../usageError");
const chartData_1 = require("./chartData");
const columns_1 = require("./columns");
const overviewCsv_1 = require("./overviewCsv");
const overviewHtml_1 = require("./overviewHtml");
const overviewXlsx_1 = require("./overviewXlsx");
function overviewFormat(target) {
    const ext = path.extname(target).toLowerCase();
    if (ext === '.xlsx')
        return 'xlsx';
    if (ext === '.csv')
        return 'csv';
    if (ext === '.html' || ext === '.htm')
        return 'html';
    throw new usageError_1.UsageError('--overview schreibt .xlsx, .csv oder .html, z. B. --overview uebersicht.xlsx.', '--overview writes .xlsx, .csv or .html, e.g. --overview overview.xlsx.');
}
async function tailOf(p, bytes) {
    try {
        const handle = await fs_1.promises.open(p, 'r');
        try {
            const { size } = await handle.stat();
            const length = Math.min(size, bytes);
            const buf = Buffer.alloc(length);
            await handle.read(buf, 0, length, size - length);
            return buf;
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return null;
    }
}
async function isOverviewXlsx(p) {
    const tail = await tailOf(p, 22 + 256);
    return tail !== null && (0, zipWriter_1.zipComment)(tail) === overviewXlsx_1.OVERVIEW_ZIP_COMMENT;
}
async function isOverviewCsv(p) {
    const head = (await (0, reportFile_1.headOf)(p, 16384))?.toString('utf8').replace(/^\ufeff/, '');
    if (head === undefined)
        return false;
    const first = head.split('\r\n')[0];
    return ['de', 'en'].some((lang) => [false, true].some((names) => (0, overviewCsv_1.csvHeader)((0, columns_1.overviewColumns)(lang, names), lang) === first));
}
function overviewKind(format) {
    return {
        option: '--overview',
        example: { de: `uebersicht.${format}`, en: `overview.${format}` },
        notOurs: { de: 'keine Übersicht von fh-check', en: 'not an fh-check overview' },
        earlier: (shown) => ({
            de: `${shown} ist eine frühere Übersicht. Mit --force wird sie ersetzt, oder wählen Sie einen anderen Namen.`,
            en: `${shown} is an earlier overview. Add --force to replace it, or choose another name.`,
        }),
        isOurs: format === 'xlsx' ? isOverviewXlsx : format === 'csv' ? isOverviewCsv : async (p) => (await (0, reportFile_1.headOf)(p))?.toString('utf8').includes(overviewHtml_1.OVERVIEW_HTML_MARKER) ?? false,
    };
}
async function writeOverview(lines, request) {
    const format = overviewFormat(request.target);
    const columns = (0, columns_1.overviewColumns)(request.lang, request.withNames);
    const data = format === 'csv'
        ? (0, overviewCsv_1.overviewCsv)(lines, columns, request.lang)
        : format === 'html'
            ? (0, overviewHtml_1.overviewHtml)(lines, columns, (0, chartData_1.chartData)(lines, columns, request.chart), request.lang, request.date)
            : (0, overviewXlsx_1.overviewXlsx)(lines, columns, (0, chartData_1.chartData)(lines, columns, request.chart), request.lang);
    await (0, reportFile_1.writeOwnFile)(request.target, data, request.inputs, request.force, overviewKind(format));
}
