"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readXlsxFile = readXlsxFile;
exports.readXlsxBuffer = readXlsxBuffer;
const fs_1 = require("fs");
const port_1 = require("../port");
const errors_1 = require("./errors");
const sharedStrings_1 = require("./sharedStrings");
const sax_1 = require("./sax");
const sheetPart_1 = require("./sheetPart");
const styles_1 = require("./styles");
const webExtensions_1 = require("./webExtensions");
const zip_1 = require("./zip");
const ORDER = { rels: 0, workbook: 1, styles: 2, sharedStrings: 3, table: 4, webExtension: 5, sheet: 6 };
function partKind(path) {
    const p = path.toLowerCase();
    if (p.endsWith('.rels'))
        return p.startsWith('xl/') ? 'rels' : null;
    if (p === 'xl/workbook.xml')
        return 'workbook';
    if (p === 'xl/styles.xml')
        return 'styles';
    if (p === 'xl/sharedstrings.xml')
        return 'sharedStrings';
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(p))
        return 'sheet';
    if (/^xl\/tables\/[^/]+\.xml$/.test(p))
        return 'table';
    if (/^xl\/webextensions\/webextension\d*\.xml$/.test(p))
        return 'webExtension';
    return null;
}
function fileCap(limits) {
    return 2 * limits.maxTotalBytes;
}
async function readXlsxFile(filePath, options = {}) {
    const limits = options.limits ?? zip_1.DEFAULT_LIMITS;
    let buf;
    try {
        const stat = await fs_1.promises.stat(filePath);
        if (stat.isDirectory())
            throw Object.assign(new Error('directory'), { code: 'EISDIR' });
        if (stat.size > fileCap(limits))
            throw errors_1.errors.tooLarge(filePath, Math.round(limits.maxTotalBytes / zip_1.MiB));
        buf = await fs_1.promises.readFile(filePath);
    }
    catch (e) {
        if (e instanceof errors_1.WorkbookReadError)
            throw e;
        throw (0, errors_1.fileSystemError)(filePath, e);
    }
    return readXlsxBuffer(buf, filePath, options);
}
function readXlsxBuffer(data, label = 'Arbeitsmappe', options = {}) {
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
    (0, errors_1.checkSignature)(buf, label);
    const limits = options.limits ?? zip_1.DEFAULT_LIMITS;
    try {
        return readParts(buf, label, limits, options.progress);
    }
    catch (e) {
        if (e instanceof errors_1.WorkbookReadError)
            throw e;
        if (e instanceof zip_1.InflateLimitError)
            throw errors_1.errors.tooLarge(label, Math.round(e.limitBytes / zip_1.MiB));
        throw errors_1.errors.unreadable(label, e);
    }
}
function readParts(zip, label, limits, progress) {
    const budget = new zip_1.InflateBudget(limits);
    const wanted = (0, zip_1.readCentralDirectory)(zip)
        .map((entry) => ({ entry, kind: partKind(entry.name) }))
        .filter((e) => e.kind !== null)
        .sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
    const totalBytes = wanted.reduce((sum, w) => sum + w.entry.size, 0) || 1;
    let doneBytes = 0;
    const rels = new Map();
    let workbook = null;
    let struckStyles = new Set();
    let shared = null;
    const tables = new Map();
    const tableFilters = new Map();
    const webExtensions = [];
    const sheets = new Map();
    for (const { entry, kind } of wanted) {
        const bytes = (0, zip_1.inflateEntry)(zip, entry, budget);
        const key = entry.name.toLowerCase();
        const before = doneBytes;
        const onPiece = progress ? (done) => progress(Math.min(1, (before + (done * entry.size) / Math.max(1, bytes.length)) / totalBytes)) : undefined;
        switch (kind) {
            case 'rels': {
                const map = new Map();
                for (const { attributes: a } of new sax_1.AttributesPart(new Set(['Relationship'])).parse(bytes).elements) {
                    if (a.Id && a.Target)
                        map.set(a.Id, { target: a.Target, type: a.Type ?? '', external: a.TargetMode === 'External' });
                }
                rels.set(key, map);
                break;
            }
            case 'workbook':
                workbook = new sax_1.AttributesPart(new Set(['sheet'])).parse(bytes).elements.map(({ attributes: a }) => ({
                    name: a.name ?? '',
                    relId: (0, sax_1.relIdOf)(a) ?? '',
                    hidden: a.state === 'hidden' || a.state === 'veryHidden',
                }));
                break;
            case 'styles':
                struckStyles = new styles_1.StylesPart().parse(bytes).struckStyles();
                break;
            case 'sharedStrings':
                shared = new sharedStrings_1.SharedStringsPart().parse(bytes, onPiece);
                break;
            case 'table': {
                const elements = new sax_1.AttributesPart(new Set(['table', 'filterColumn'])).parse(bytes).elements;
                const a = elements[0]?.name === 'table' ? elements[0].attributes : undefined;
                const range = a?.ref ? (0, sheetPart_1.rangeOf)(a.ref) : null;
                if (a && range) {
                    tables.set(key, { ...range, name: a.name ?? a.displayName ?? '', headerRow: a.headerRowCount !== '0', totalsRow: (a.totalsRowCount ?? '0') !== '0' });
                    if (elements.some((e) => e.name === 'filterColumn'))
                        tableFilters.set(key, range);
                }
                break;
            }
            case 'webExtension':
                webExtensions.push((0, webExtensions_1.readWebExtension)(bytes));
                break;
            case 'sheet':
                sheets.set(key, new sheetPart_1.SheetPart(struckStyles).parse(bytes, onPiece));
                break;
        }
        doneBytes += entry.size;
        progress?.(Math.min(1, doneBytes / totalBytes));
    }
    if (!workbook)
        throw errors_1.errors.notXlsx(label);
    const bookRels = rels.get('xl/_rels/workbook.xml.rels') ?? new Map();
    const strings = shared?.strings ?? [];
    const struckStrings = shared?.struck ?? new Set();
    const grids = [];
    for (const sheet of workbook) {
        const rel = bookRels.get(sheet.relId);
        if (!rel || rel.external || !rel.type.endsWith('/worksheet'))
            continue;
        const path = (0, sax_1.resolveTarget)('xl/workbook.xml', rel.target);
        const part = sheets.get(path);
        if (!part)
            throw new zip_1.ZipFormatError(`sheet "${sheet.name}": part ${path} is missing`);
        const sheetRels = rels.get((0, sax_1.relsPathOf)(path));
        const spans = [];
        const filters = [];
        for (const id of part.tableRelIds) {
            const t = sheetRels?.get(id);
            const target = t ? (0, sax_1.resolveTarget)(path, t.target) : null;
            const table = target === null ? undefined : tables.get(target);
            if (table)
                spans.push(table);
            const filter = target === null ? undefined : tableFilters.get(target);
            if (filter)
                filters.push(filter);
        }
        const layout = part.layout(sheet.hidden, struckStrings, filters);
        grids.push(part.builder.finish(sheet.name, strings, spans, layout));
    }
    if (grids.length === 0)
        throw errors_1.errors.notXlsx(label);
    return { name: label.split(/[\\/]/).pop() ?? label, sheets: grids, settings: (0, webExtensions_1.ourSettings)(webExtensions, port_1.ADDIN_ID, Object.values(port_1.SETTING_KEYS)) };
}
