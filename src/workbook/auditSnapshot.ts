import { auditModel } from '../core/audit/audit';
import { AuditResult } from '../core/audit/result';
import { ReaderOverrides, WorkbookModel } from '../core/reader/model';
import { readWorkbookModel } from '../core/reader/readWorkbook';
import { overridesFromSettings, ownedSheets, taughtFromSettings, WorkbookSnapshot } from './port';

export interface SnapshotAudit {
  readonly model: WorkbookModel;
  readonly result: AuditResult;
  /** The planner's saved sheet and column choice that was applied. */
  readonly overrides: ReaderOverrides;
}

/**
 * Audits a workbook as read through a port: its sheets plus the add-in's settings stored in it
 * (the saved column mapping and Berichtsjahr, the types the planner taught, the add-in's own sheets). The one entry every surface uses (CLI,
 * pane, preview), so the same file gives the same audit everywhere.
 */
export function auditSnapshot(snapshot: WorkbookSnapshot, file: string | null = snapshot.name ?? null): SnapshotAudit {
  const overrides = overridesFromSettings(snapshot.settings);
  const model = readWorkbookModel(snapshot.sheets, { overrides, ownSheets: ownedSheets(snapshot.settings), taught: taughtFromSettings(snapshot.settings) });
  return { model, result: auditModel(model, { file }), overrides };
}
