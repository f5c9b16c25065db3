import { isCellError } from '../core/grid';
import { EMPTY_SETTINGS, readSettings } from '../core/reader/settingsSheet';
import { SettingsModel } from '../core/reader/model';
import { toGrid } from './args';
import { propagate } from './excelError';

/**
 * A range of the Einstellungen sheet (key | value | note rows), read by the audit's own settings
 * reader, so a parameter set there counts in a formula exactly as in the audit. Omitted or blank:
 * no settings (every default). An error cell anywhere in the range is passed on: any cell there
 * may be a parameter, and a parameter that cannot be read must not fall back to a default unseen.
 */
export function settingsOf(arg: unknown): SettingsModel | CustomFunctions.Error {
  const values = toGrid(arg);
  for (const row of values) {
    for (const v of row) if (isCellError(v)) return propagate(v);
  }
  // The range's place in the sheet is unknown here and matters only for findings, which a formula has none of.
  return values.length === 0 ? EMPTY_SETTINGS : readSettings({ name: '', values, originRow: 0, originColumn: 0 });
}
