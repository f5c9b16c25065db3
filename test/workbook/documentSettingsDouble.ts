import { ReaderOverrides } from '../../src/core/reader/model';
import { TaughtAssignment } from '../../src/core/taxonomy/taught';
import { overridesToSettings, taughtToSettings } from '../../src/workbook/port';

/**
 * Office.context.document.settings as the shared runtime offers it, holding a saved column mapping
 * and taught types (null removes the Office global). The functions read them there, as in Excel.
 */
export function installDocumentSettings(overrides: ReaderOverrides | null, taught: readonly TaughtAssignment[] = []): void {
  const global = globalThis as unknown as { Office?: unknown };
  if (overrides === null) {
    delete global.Office;
    return;
  }
  const store = new Map(Object.entries({ ...overridesToSettings(overrides), ...taughtToSettings(taught) }).filter(([, v]) => v !== ''));
  global.Office = { context: { document: { settings: { get: (key: string) => store.get(key) ?? null } } } };
}
