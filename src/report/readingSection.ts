import { AuditResult } from '../core/audit/result';
import { placeOf } from '../core/address';
import { FindingCode } from '../core/findings/codes';
import { Lang } from '../core/lang';
import { READER_CHOICE_CODES } from '../core/reader/model';
import { findingText } from './findingText';
import { formerReasonText } from './findingWords';
import { formatList } from './format';
import { ReportLabels } from './labels';
import { Block, Section } from './model';

/** Findings that record a choice the reader made (sheet, year, column, rows left out). */
export function isReadingChoice(code: FindingCode): boolean {
  return READER_CHOICE_CODES.has(code);
}

/**
 * "How the workbook was read": the sheets read, every choice the reader made with its place, and
 * the partners who no longer count, so a planner can check before the figures go to a council.
 */
export function readingSection(result: AuditResult, t: ReportLabels, lang: Lang, file: string | null = null): Section {
  const blocks: Block[] = [];
  // The file belongs here, among how the workbook was read, not in a councillor's header; its name only, never a path.
  if (file) blocks.push({ kind: 'facts', items: [{ label: t.file, value: file.split(/[\\/]/).pop() ?? file }] });
  const choices = result.findings.filter((f) => isReadingChoice(f.code));
  if (result.networkSheets.length > 0) blocks.push({ kind: 'facts', items: [{ label: t.networkSheets, value: formatList(result.networkSheets.map((s) => `„${s}“`), lang) }] });
  if (choices.length === 0 && result.former.length === 0) blocks.push({ kind: 'paragraph', text: t.readingNone, tone: 'good' });
  else blocks.push({ kind: 'paragraph', text: t.readingIntro });
  if (choices.length > 0) {
    blocks.push({ kind: 'findings', items: choices.map((f) => ({ code: f.code, severity: f.severity, criterion: f.criterion, sheet: f.sheet, cell: f.cell, text: findingText(f, lang) })) });
  }
  if (result.former.length > 0) {
    blocks.push({
      kind: 'table',
      caption: t.formerPartners,
      columns: [{ label: t.partnerName }, { label: t.reason }, { label: t.place }],
      rows: result.former.map((f) => ({ cells: [f.name, f.detail ? `${formerReasonText(f.reason, lang)} („${f.detail}“)` : formerReasonText(f.reason, lang), placeOf(f.sheet, f.cell)] })),
    });
  }
  return { id: 'reading', title: t.reading, blocks };
}
