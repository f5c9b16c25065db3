/*
 * The add-in's settings stored in the workbook, as Office keeps them: per document and add-in, in
 * the file's web-extension part (which the .xlsx port reads too). In Excel they are read and
 * written here only, through Office.context.document.settings (the Common API's in-memory copy of
 * that part, shared by the pane, the ribbon commands and the FH.* functions of the shared runtime),
 * so every surface sees one value without a round trip.
 */
import { SETTING_KEYS, StoredSettings } from './port';

function settingsObject(): Office.Settings | null {
  if (typeof Office === 'undefined') return null;
  return Office.context?.document?.settings ?? null;
}

/** The add-in's keys as stored now ({} outside Excel, e.g. in the browser preview or a test). */
export function readDocumentSettings(): StoredSettings {
  const store = settingsObject();
  if (!store) return {};
  const settings: Record<string, string> = {};
  for (const key of Object.values(SETTING_KEYS)) {
    const value: unknown = store.get(key);
    if (typeof value === 'string') settings[key] = value;
  }
  return settings;
}

/** Sets the given keys (an empty string removes one) and saves them into the document. */
export async function writeDocumentSettings(settings: StoredSettings): Promise<void> {
  const store = settingsObject();
  if (!store) throw new Error('Office document settings are not available.');
  for (const [key, value] of Object.entries(settings)) {
    if (value === '') store.remove(key);
    else store.set(key, value);
  }
  await new Promise<void>((resolve, reject) => {
    store.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error?.message ?? 'saveAsync failed'))));
  });
}
