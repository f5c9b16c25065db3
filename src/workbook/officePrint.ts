/*
 * A sheet's print layout, queued in the write's batch. Kept apart from office.ts because its page
 * layout is ExcelApi 1.9, above the manifest's 1.8: like officeLayout.ts it is used only where
 * Office.context.requirements.isSetSupported('ExcelApi', '1.9') says the host has it.
 */
import { SheetToWrite } from './port';

/**
 * Wrapping text is ExcelApi 1.1. The page layout (A4, portrait, one page wide, repeated rows) is
 * Worksheet.pageLayout, ExcelApi 1.9: Excel 2019 prints the sheet with its own defaults (the HTML
 * report, "Prüfbericht drucken / als PDF", is the printable document everywhere).
 */
export function printLayout(ws: Excel.Worksheet, print: NonNullable<SheetToWrite['print']>): void {
  for (const range of print.wrap) ws.getRange(range).format.wrapText = true;
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) return;
  const layout = ws.pageLayout;
  layout.orientation = 'Portrait';
  layout.paperSize = 'A4';
  // 0 pages tall: as many as the sheet needs (Excel's "1 page wide by automatic tall").
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintTitleRows(print.titleRows);
}
