"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawingXml = drawingXml;
exports.chartXml = chartXml;
const address_1 = require("../../../core/address");
const sheetXml_1 = require("./sheetXml");
const xmlText_1 = require("./xmlText");
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const CAT_AX = 500000001;
const VAL_AX = 500000002;
const quoted = (sheet) => `'${sheet.replace(/'/g, "''")}'`;
const ref = (sheet, column, first, last) => `${quoted(sheet)}!$${(0, address_1.columnLetters)(column)}$${first + 1}:$${(0, address_1.columnLetters)(column)}$${last + 1}`;
function drawingXml(chart, name) {
    const { column, row, columns, rows } = chart.anchor;
    const at = (c, r) => `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (`<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"><xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(column, row)}</xdr:from><xdr:to>${at(column + columns, row + rows)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${(0, xmlText_1.plainText)(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${sheetXml_1.NS_REL}" r:id="rId1"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>');
}
function chartXml(chart, sheet) {
    const count = chart.lastRow - chart.firstRow + 1;
    const strPts = chart.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${(0, xmlText_1.plainText)(c)}</c:v></c:pt>`).join('');
    const numPts = chart.values.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
    const format = (0, xmlText_1.plainText)(chart.valueFormat);
    const text = (t) => `<c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:t>${(0, xmlText_1.plainText)(t)}</a:t></a:r></a:p></c:rich></c:tx>`;
    return (`<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${sheetXml_1.NS_REL}"><c:roundedCorners val="0"/><c:chart>` +
        `<c:title>${text(chart.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
        `<c:barChart><c:barDir val="${chart.horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
        `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${(0, xmlText_1.plainText)(chart.seriesName)}</c:v></c:tx>` +
        '<c:spPr><a:solidFill><a:srgbClr val="0F6CBD"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>' +
        `<c:cat><c:strRef><c:f>${(0, xmlText_1.plainText)(ref(sheet, chart.categoryColumn, chart.firstRow, chart.lastRow))}</c:f><c:strCache><c:ptCount val="${count}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${(0, xmlText_1.plainText)(ref(sheet, chart.valueColumn, chart.firstRow, chart.lastRow))}</c:f><c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${count}"/>${numPts}</c:numCache></c:numRef></c:val>` +
        `</c:ser><c:gapWidth val="50"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
        `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${chart.horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${chart.horizontal ? 'l' : 'b'}"/>` +
        `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/>` +
        '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
        `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/>${chart.valueMax === undefined ? '' : `<c:max val="${chart.valueMax}"/>`}<c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="${chart.horizontal ? 'b' : 'l'}"/><c:majorGridlines/>` +
        `<c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/>` +
        `<c:crosses val="${chart.horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>` +
        '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>');
}
