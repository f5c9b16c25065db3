/** One error message in both languages; Excel shows "German | English" in the error indicator menu. */
export interface Message {
  readonly de: string;
  readonly en: string;
}

/** Every message the FH functions can return, in one place. */
export const MESSAGES = {
  noPartners: {
    de: 'Keine Netzwerkpartner im Bereich erkannt: Bereich mit Kopfzeile (z. B. Einrichtung, Art) wählen oder Spalten im Aufgabenbereich zuordnen.',
    en: 'No network partners recognised in the range: include the header row (e.g. Einrichtung, Art) or map the columns in the task pane.',
  },
  unknownTypes: (entries: readonly string[]): Message => ({
    de: `Unbekannte Akteurstypen in der Pflichtliste: ${entries.join(', ')}.`,
    en: `Unknown actor types in the required list: ${entries.join(', ')}.`,
  }),
  sozialraumNotText: {
    de: 'Sozialraum muss ein Text oder eine Nummer sein.',
    en: 'Sozialraum must be a text or a number.',
  },
  requiredNotText: {
    de: 'Pflichtliste: Akteurstypen als Text (Bereich oder Liste wie "kinderarzt; hebamme").',
    en: 'Required list: actor types as text (a range or a list such as "kinderarzt; hebamme").',
  },
  unknownForm: (value: string): Message => ({
    de: `Unbekannte Ausgabe "${value}": "Bezeichnung" (Standard), "id" oder "en".`,
    en: `Unknown output "${value}": "label" (default), "id" or "en".`,
  }),
  missingNumber: (de: string, en: string): Message => ({
    de: `${de} fehlt.`,
    en: `${en} is missing.`,
  }),
  notANumber: (de: string, en: string, value: string): Message => ({
    de: `${de}: "${value}" ist keine Zahl.`,
    en: `${en}: "${value}" is not a number.`,
  }),
  negative: (de: string, en: string): Message => ({
    de: `${de} darf nicht negativ sein.`,
    en: `${en} must not be negative.`,
  }),
  notAShare: (value: string): Message => ({
    de: `Anteil belasteter Familien: "${value}" ist kein Anteil (0–1 oder 0–100 %).`,
    en: `Burden share: "${value}" is not a share (0–1 or 0–100 %).`,
  }),
  unknownEstimate: (value: string): Message => ({
    de: `Unbekannte Schätzung "${value}": "mittel" (Standard), "niedrig" oder "hoch"; englisch "middle", "low", "high".`,
    en: `Unknown estimate "${value}": "mittel" (default), "niedrig" or "hoch"; in English "middle", "low", "high".`,
  }),
  unknownScope: (value: string): Message => ({
    de: `Unbekannter Umfang "${value}": "Bezirk" (Standard, alle Maßnahmen) oder "vor Ort" (nur die Maßnahmen im Sozialraum); englisch "district", "local".`,
    en: `Unknown scope "${value}": "district" (default, all measures) or "local" (only the measures in the Sozialraum); in German "Bezirk", "vor Ort".`,
  }),
  noBirths: {
    de: 'Geburten: Für den ganzen Bezirk braucht das Bedarfsmodell mehr als 0 Geburten.',
    en: 'Births: for the whole district the need model needs more than 0 births.',
  },
  simpleModelChosen: {
    de: 'Die Einstellungen wählen das einfache Bedarfsmodell: dafür FH.BEDARF verwenden (oder die Zeile Bedarfsmodell leeren).',
    en: 'The settings choose the simple need model: use FH.NEED for it (or empty the Bedarfsmodell row).',
  },
  unknownCriterion: (value: string): Message => ({
    de: `Kein NZFH-Kriterium "${value}": gültig sind 3.1–3.6, 4.1–4.8, 5.1–5.13 und 6.1–6.4 (5.10–5.13 als Text).`,
    en: `No NZFH criterion "${value}": valid ids are 3.1–3.6, 4.1–4.8, 5.1–5.13 and 6.1–6.4 (5.10–5.13 as text).`,
  }),
  unknownField: (value: string): Message => ({
    de: `Unbekanntes Feld "${value}": "Titel" (Standard), "Ebene" oder "Text"; englisch "title", "level", "summary".`,
    en: `Unknown field "${value}": "Titel" (default), "Ebene" or "Text"; in English "title", "level", "summary".`,
  }),
} as const;

/** Argument names in messages. */
export const ARGUMENT_NAMES = {
  children: { de: 'Anzahl Kinder 0–3', en: 'Children aged 0–3' },
  births: { de: 'Geburten', en: 'Births' },
  costPerFamily: { de: 'Kosten je Familie', en: 'Cost per family' },
  budget: { de: 'Budget', en: 'Budget' },
  need: { de: 'Bedarf', en: 'Need' },
} as const;
