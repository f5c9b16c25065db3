import { a1, columnLetters } from '../../../core/address';
import { CellValue, isCellError } from '../../../core/grid';
import { fitCell } from '../../port';
import { cellText } from './xmlText';

/** A worksheet as fh-check writes it to a new file: values, formats by column, filter, frozen panes. */
export interface XlsxSheet {
  readonly name: string;
  /** Rows from row 1 down; null is an empty cell. Text is always written as text, never as a formula. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Number format of each column from A (Excel's invariant codes, e.g. '0%'); null or missing: General. */
  readonly columnFormats?: readonly (string | null)[];
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
  /** Rows (0-based) written bold, e.g. the header. */
  readonly headingRows?: readonly number[];
  readonly freezeRows?: number;
  readonly freezeColumns?: number;
  /** An AutoFilter over every written row and column (the first row is its header). */
  readonly autoFilter?: boolean;
}

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Shared strings in first-use order, each stored once. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }

  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${cellText(s)}</t></si>`).join('');
    return `<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

/** Cell styles: index 0 is Excel's default; one more per (number format, bold) pair in use. */
export class Styles {
  private readonly formats: string[] = [];
  private readonly xfs: { numFmtId: number; bold: boolean }[] = [{ numFmtId: 0, bold: false }];

  id(format: string | null, bold: boolean): number {
    let numFmtId = 0;
    if (format !== null) {
      let f = this.formats.indexOf(format);
      if (f < 0) f = this.formats.push(format) - 1;
      numFmtId = 164 + f; // custom formats start at 164; below are Excel's built-in ones
    }
    const found = this.xfs.findIndex((x) => x.numFmtId === numFmtId && x.bold === bold);
    return found >= 0 ? found : this.xfs.push({ numFmtId, bold }) - 1;
  }

  xml(): string {
    const numFmts = this.formats.length === 0 ? '' : `<numFmts count="${this.formats.length}">${this.formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${cellText(f)}"/>`).join('')}</numFmts>`;
    const font = (bold: boolean) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
    const xfs = this.xfs
      .map((x) => `<xf numFmtId="${x.numFmtId}" fontId="${x.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${x.numFmtId ? ' applyNumberFormat="1"' : ''}${x.bold ? ' applyFont="1"' : ''}/>`)
      .join('');
    return (
      `<styleSheet xmlns="${NS_MAIN}">${numFmts}<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
    );
  }
}

/** The sheet's used range, "A1" for an empty sheet. */
export function usedRange(sheet: XlsxSheet): string {
  const columns = Math.max(1, ...sheet.rows.map((r) => r.length));
  return `A1:${a1(Math.max(0, sheet.rows.length - 1), columns - 1)}`;
}

function cellXml(ref: string, value: CellValue, style: number, strings: SharedStrings): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null) return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (isCellError(value)) return `<c r="${ref}"${s} t="e"><v>${cellText(value.error)}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.id(fitCell(value) as string)}</v></c>`;
}

function paneXml(rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return '';
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<pane${split} topLeftCell="${a1(rows, columns)}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${a1(rows, columns)}" sqref="${a1(rows, columns)}"/>`;
}

/** The worksheet part; `drawingRelId` links the sheet's drawing (its chart) when it has one. */
export function sheetXml(sheet: XlsxSheet, selected: boolean, strings: SharedStrings, styles: Styles, drawingRelId: string | null): string {
  const headings = new Set(sheet.headingRows ?? []);
  const formats = sheet.columnFormats ?? [];
  const widths = sheet.columnWidths ?? [];
  const parts: string[] = [`<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="${usedRange(sheet)}"/>`];
  parts.push(`<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneXml(sheet.freezeRows ?? 0, sheet.freezeColumns ?? 0)}</sheetView></sheetViews>`);
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (widths.length > 0) parts.push(`<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);
  parts.push('<sheetData>');
  sheet.rows.forEach((row, r) => {
    const bold = headings.has(r);
    const cells = row.map((v, c) => cellXml(`${columnLetters(c)}${r + 1}`, v, styles.id(bold ? null : (formats[c] ?? null), bold), strings)).join('');
    parts.push(`<row r="${r + 1}">${cells}</row>`);
  });
  parts.push('</sheetData>');
  if (sheet.autoFilter) parts.push(`<autoFilter ref="${usedRange(sheet)}"/>`);
  if (drawingRelId) parts.push(`<drawing r:id="${drawingRelId}"/>`);
  parts.push('</worksheet>');
  return parts.join('');
}
