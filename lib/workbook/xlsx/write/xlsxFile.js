"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.xlsxFile = xlsxFile;
const chartXml_1 = require("./chartXml");
const sheetXml_1 = require("./sheetXml");
const xmlText_1 = require("./xmlText");
const zipWriter_1 = require("./zipWriter");
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
const rels = (items) => `<Relationships xmlns="${NS_PKG_REL}">${items.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`;
const quotedSheet = (name) => `'${name.replace(/'/g, "''")}'`;
function xlsxFile(sheets, comment = '') {
    const strings = new sheetXml_1.SharedStrings();
    const styles = new sheetXml_1.Styles();
    const parts = [];
    const overrides = [];
    const workbookRels = [];
    const filters = [];
    let charts = 0;
    sheets.forEach((sheet, i) => {
        const n = i + 1;
        let drawingRel = null;
        if (sheet.chart) {
            charts++;
            drawingRel = 'rId1';
            parts.push({ name: `xl/worksheets/_rels/sheet${n}.xml.rels`, data: DECL + rels([{ id: 'rId1', type: `${REL}/drawing`, target: `../drawings/drawing${charts}.xml` }]) });
            parts.push({ name: `xl/drawings/drawing${charts}.xml`, data: DECL + (0, chartXml_1.drawingXml)(sheet.chart, `Diagramm ${charts}`) });
            parts.push({ name: `xl/drawings/_rels/drawing${charts}.xml.rels`, data: DECL + rels([{ id: 'rId1', type: `${REL}/chart`, target: `../charts/chart${charts}.xml` }]) });
            parts.push({ name: `xl/charts/chart${charts}.xml`, data: DECL + (0, chartXml_1.chartXml)(sheet.chart, sheet.name) });
            overrides.push(`<Override PartName="/xl/drawings/drawing${charts}.xml" ContentType="${CT}.drawing+xml"/>`);
            overrides.push(`<Override PartName="/xl/charts/chart${charts}.xml" ContentType="${CT}.drawingml.chart+xml"/>`);
        }
        parts.push({ name: `xl/worksheets/sheet${n}.xml`, data: DECL + (0, sheetXml_1.sheetXml)(sheet, i === 0, strings, styles, drawingRel) });
        overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`);
        workbookRels.push({ id: `rId${n}`, type: `${REL}/worksheet`, target: `worksheets/sheet${n}.xml` });
        if (sheet.autoFilter) {
            const absolute = (0, sheetXml_1.usedRange)(sheet).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
            filters.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${(0, xmlText_1.plainText)(`${quotedSheet(sheet.name)}!${absolute}`)}</definedName>`);
        }
    });
    const sheetList = sheets.map((s, i) => `<sheet name="${(0, xmlText_1.plainText)(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
    const workbook = `<workbook xmlns="${sheetXml_1.NS_MAIN}" xmlns:r="${sheetXml_1.NS_REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetList}</sheets>` +
        `${filters.length > 0 ? `<definedNames>${filters.join('')}</definedNames>` : ''}</workbook>`;
    workbookRels.push({ id: `rId${sheets.length + 1}`, type: `${REL}/styles`, target: 'styles.xml' });
    workbookRels.push({ id: `rId${sheets.length + 2}`, type: `${REL}/sharedStrings`, target: 'sharedStrings.xml' });
    const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
        `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>${overrides.join('')}</Types>`;
    const app = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>fh-check</Application></Properties>`;
    const head = [
        { name: '[Content_Types].xml', data: DECL + types },
        { name: '_rels/.rels', data: DECL + rels([{ id: 'rId1', type: `${REL}/officeDocument`, target: 'xl/workbook.xml' }, { id: 'rId2', type: `${REL}/extended-properties`, target: 'docProps/app.xml' }]) },
        { name: 'docProps/app.xml', data: DECL + app },
        { name: 'xl/workbook.xml', data: DECL + workbook },
        { name: 'xl/_rels/workbook.xml.rels', data: DECL + rels(workbookRels) },
    ];
    const tail = [
        { name: 'xl/styles.xml', data: DECL + styles.xml() },
        { name: 'xl/sharedStrings.xml', data: DECL + strings.xml() },
    ];
    return (0, zipWriter_1.zipParts)([...head, ...parts, ...tail], comment);
}
