import { StoredSettings } from '../port';
import { AttributesPart } from './sax';

/**
 * The add-in's document settings as Office keeps them in an .xlsx: one part per add-in,
 * xl/webextensions/webextensionN.xml, with <we:reference id="…"> naming the add-in and
 * <we:property name="…" value="JSON"/> holding each setting (values JSON-encoded, so a string
 * setting is stored as a quoted JSON string).
 */
export interface WebExtensionSettings {
  /** The add-in id Office recorded (the manifest's <Id> for a sideloaded add-in, a store id otherwise). */
  readonly addinId: string;
  readonly settings: StoredSettings;
}

export function readWebExtension(bytes: Uint8Array): WebExtensionSettings {
  const part = new AttributesPart(new Set(['reference', 'property'])).parse(bytes);
  let addinId = '';
  const settings: Record<string, string> = {};
  for (const { name, attributes } of part.elements) {
    if (name === 'reference' && addinId === '') addinId = attributes.id ?? '';
    if (name === 'property' && attributes.name) {
      const value = settingValue(attributes.value ?? '');
      if (value !== null) settings[attributes.name] = value;
    }
  }
  return { addinId, settings };
}

/** A stored value as the string the add-in wrote: JSON strings unwrapped, other JSON kept as text. */
function settingValue(json: string): string | null {
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  } catch {
    return null;
  }
}

const bare = (id: string) => id.replace(/[{}]/g, '').toLowerCase();

/**
 * The settings of our add-in among all add-ins that stored any in the file: the part whose
 * reference is our manifest id, else (a store-installed or re-sideloaded copy records another id)
 * the one that holds our keys.
 */
export function ourSettings(parts: readonly WebExtensionSettings[], addinId: string, ourKeys: readonly string[]): StoredSettings {
  const mine = parts.find((p) => bare(p.addinId) === bare(addinId)) ?? parts.find((p) => ourKeys.some((k) => k in p.settings));
  if (!mine) return {};
  const settings: Record<string, string> = {};
  for (const key of ourKeys) if (key in mine.settings) settings[key] = mine.settings[key];
  return settings;
}
