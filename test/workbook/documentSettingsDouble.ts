import { ReaderOverrides } from '../../src/core/reader/model';
import { overridesToSettings } from '../../src/workbook/port';

/**
 * Office.context.document.settings as the shared runtime offers it, holding a saved column mapping
 * (null removes the Office global). The functions read the mapping there, as in Excel.
 */
export function installDocumentSettings(overrides: ReaderOverrides | null): void {
  const global = globalThis as unknown as { Office?: unknown };
  if (overrides === null) {
    delete global.Office;
    return;
  }
  const store = new Map(Object.entries(overridesToSettings(overrides)).filter(([, v]) => v !== ''));
  global.Office = { context: { document: { settings: { get: (key: string) => store.get(key) ?? null } } } };
}
