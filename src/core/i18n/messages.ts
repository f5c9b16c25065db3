import { Lang } from '../audit/result';

type Params = Readonly<Record<string, string | number>>;
type Template = (p: Params) => string;

/**
 * Finding texts in German and English, one entry per finding id. Params arrive already formatted
 * for the language (amounts, shares, lists), so templates only place them.
 */
const MESSAGES: Readonly<Record<string, { readonly de: Template; readonly en: Template }>> = {
  'network-sheet-not-found': {
    de: () => 'Keine Netzwerkliste gefunden: kein Blatt hat eine Kopfzeile mit Spalten wie „Einrichtung“, „Art“ oder „Sozialraum“. Wählen Sie Blatt und Spalten im Aufgabenbereich aus oder nutzen Sie die Vorlage.',
    en: () => 'No network list found: no sheet has a header with columns such as "Einrichtung", "Art" or "Sozialraum". Pick the sheet and columns in the task pane or start from the template.',
  },
  'network-empty': {
    de: (p) => `Das Blatt „${p.sheet}“ enthält keine Netzwerkpartner unter der Kopfzeile.`,
    en: (p) => `Sheet "${p.sheet}" lists no network partners below its header.`,
  },
  'missing-kernbereich': {
    de: (p) => `Kein Partner aus dem Kernbereich ${p.kernbereich}: das Netzwerk ist in diesem Bereich nicht vertreten.`,
    en: (p) => `No partner from the ${p.kernbereich} core area: the network has no one from this sector.`,
  },
  'missing-actor-type': {
    de: (p) => `${p.required === 1 ? 'Pflicht-Akteur fehlt' : 'Empfohlener Akteur fehlt'}: ${p.label} (${p.kernbereich}).${p.rate ? ` Bundesweit haben ${p.rate} der Netzwerke diesen Partner (NZFH-Kommunalbefragung ${p.year}).` : ''}`,
    en: (p) => `${p.required === 1 ? 'Required actor missing' : 'Recommended actor missing'}: ${p.label} (${p.kernbereich}).${p.rate ? ` Nationally ${p.rate} of networks include this partner (NZFH municipal survey ${p.year}).` : ''}`,
  },
  'sozialraum-missing-kernbereich': {
    de: (p) => `Sozialraum ${p.sozialraum}: vor Ort kein Partner aus ${p.kernbereiche}${p.districtWide ? ` (bezirksweit tätig: ${p.districtWide})` : ''}.`,
    en: (p) => `Sozialraum ${p.sozialraum}: no local partner from ${p.kernbereiche}${p.districtWide ? ` (district-wide: ${p.districtWide})` : ''}.`,
  },
  'unclassified-actor': {
    de: (p) => `„${p.name}“ ist keinem Akteurstyp zuzuordnen. Tragen Sie die Art der Einrichtung ein.`,
    en: (p) => `"${p.name}" matches no actor type. Enter the kind of organisation in the type column.`,
  },
  'kernbereich-differs': {
    de: (p) => `„${p.name}“ steht als ${p.stated} in der Liste; nach NZFH-Einteilung gehört ${p.type} zu ${p.nzfh}.`,
    en: (p) => `"${p.name}" is listed as ${p.stated}; the NZFH grouping puts ${p.type} in ${p.nzfh}.`,
  },
  'no-coordination': {
    de: () => 'Keine Koordinierungsstelle in der Partnerliste (Kriterium 3.1: eine ausgestattete Koordinierung führt das Netzwerk).',
    en: () => 'No coordination office in the partner list (criterion 3.1: a resourced coordination office leads the network).',
  },
  'steering-incomplete': {
    de: (p) => `In der Steuerungsgruppe nicht vertreten: ${p.missing} (Kriterium 3.2: Jugendhilfe, Beratung und Gesundheit gehören hinein).`,
    en: (p) => `Not represented in the steering group: ${p.missing} (criterion 3.2: youth welfare, counselling and health belong in it).`,
  },
  'steering-unknown': {
    de: () => 'Die Liste hat keine Spalte „Steuerungsgruppe“; Kriterium 3.2 lässt sich aus den Daten nicht prüfen.',
    en: () => 'The list has no steering-group column; criterion 3.2 cannot be checked from the data.',
  },
  'no-forum': {
    de: () => 'Kein Partner ist als Teilnehmer der Netzwerkkonferenz markiert (Kriterium 3.3: regelmäßiges Forum aller Partner).',
    en: () => 'No partner is marked as taking part in the network conference (criterion 3.3: a regular forum of all partners).',
  },
  'forum-low': {
    de: (p) => `Nur ${p.share} der Partner nehmen an der Netzwerkkonferenz teil (Kriterium 3.3).`,
    en: (p) => `Only ${p.share} of partners take part in the network conference (criterion 3.3).`,
  },
  'no-agreements': {
    de: () => 'Kein Partner hat eine Kooperationsvereinbarung (Kriterium 3.4: verbindliche Absprachen zur Zusammenarbeit im Einzelfall).',
    en: () => 'No partner has a cooperation agreement (criterion 3.4: binding arrangements for working together on cases).',
  },
  'agreements-missing': {
    de: (p) => `${p.count} von ${p.total} Partnern ohne Kooperationsvereinbarung, darunter ${p.examples} (Kriterium 3.4).`,
    en: (p) => `${p.count} of ${p.total} partners have no cooperation agreement, among them ${p.examples} (criterion 3.4).`,
  },
  'health-youth-not-bound': {
    de: (p) => `Jugendhilfe und Gesundheitswesen sind nicht durch Vereinbarungen verbunden: ${p.detail} (Kriterium 5.2).`,
    en: (p) => `Youth welfare and health are not bound by agreements: ${p.detail} (criterion 5.2).`,
  },
  'criterion-met-without-evidence': {
    de: (p) => `Kriterium ${p.id} (${p.title}) ist als erfüllt markiert, aber ohne Nachweis.`,
    en: (p) => `Criterion ${p.id} (${p.title}) is marked as met but gives no evidence.`,
  },
  'criterion-met-contradicted': {
    de: (p) => `Kriterium ${p.id} (${p.title}) ist als erfüllt markiert, die Netzwerkliste zeigt es aber nicht: ${p.reason}`,
    en: (p) => `Criterion ${p.id} (${p.title}) is marked as met, but the network list does not show it: ${p.reason}`,
  },
  'criteria-not-listed': {
    de: (p) => `${p.count} NZFH-Kriterien fehlen im Blatt „${p.sheet}“: ${p.ids}.`,
    en: (p) => `${p.count} NZFH criteria are missing from sheet "${p.sheet}": ${p.ids}.`,
  },
  'criterion-duplicate': {
    de: (p) => `Kriterium ${p.id} steht mehrfach im Blatt; gewertet wird die erste Zeile.`,
    en: (p) => `Criterion ${p.id} appears more than once; the first row counts.`,
  },
  'criteria-sheet-not-found': {
    de: () => 'Kein Kriterienblatt gefunden (eine Zeile je NZFH-Kriterium mit Status). Die Vorlage enthält eines.',
    en: () => 'No criteria sheet found (one row per NZFH criterion with a status). The template has one.',
  },
  'budget-below-need': {
    de: (p) => `Das Budget (${p.total}) deckt ${p.coverage} des geschätzten Bedarfs (${p.need}); es fehlen ${p.gap} im Jahr.`,
    en: (p) => `The budget (${p.total}) covers ${p.coverage} of estimated need (${p.need}); the yearly shortfall is ${p.gap}.`,
  },
  'budget-covers-need': {
    de: (p) => `Das Budget (${p.total}) deckt den geschätzten Bedarf (${p.need}).`,
    en: (p) => `The budget (${p.total}) covers the estimated need (${p.need}).`,
  },
  'budget-sozialraum-below-need': {
    de: (p) => `Sozialraum ${p.sozialraum}: Budget ${p.budget} deckt ${p.coverage} des Bedarfs (${p.need}).`,
    en: (p) => `Sozialraum ${p.sozialraum}: budget ${p.budget} covers ${p.coverage} of need (${p.need}).`,
  },
  'need-defaults-used': {
    de: (p) => `Bedarf mit Standardannahmen berechnet (${p.params}); im Blatt Einstellungen anpassbar.`,
    en: (p) => `Need computed with default assumptions (${p.params}); adjust them in the settings sheet.`,
  },
  'need-unknown': {
    de: () => 'Bedarf nicht berechenbar: Es fehlt die Zahl der Kinder von 0–3 Jahren (Einstellungen: „Kinder 0–3“ oder Einwohnerzahl und Anteil 0–3).',
    en: () => 'Need cannot be computed: the number of children aged 0–3 is missing (settings: "Kinder 0–3", or population and share aged 0–3).',
  },
  'budget-not-found': {
    de: () => 'Kein Budgetblatt gefunden (Spalten wie „Betrag“ und „Sozialraum“ oder „Maßnahme“); Budget und Bedarf werden nicht verglichen.',
    en: () => 'No budget sheet found (columns such as "Betrag" and "Sozialraum" or "Maßnahme"); budget and need are not compared.',
  },
  'budget-source-mix': {
    de: (p) => `Finanzierung: ${p.bund} Bundesstiftung, ${p.kommunal} kommunal, ${p.land} Land (bundesweiter Durchschnitt 2020: 47 % / 41 % / 8 %).`,
    en: (p) => `Funding: ${p.bund} federal foundation, ${p.kommunal} municipal, ${p.land} state (national average 2020: 47 % / 41 % / 8 %).`,
  },
  'settings-unknown-type': {
    de: (p) => `Unbekannter Akteurstyp in den Einstellungen: „${p.value}“; er wird ignoriert.`,
    en: (p) => `Unknown actor type in the settings: "${p.value}"; it is ignored.`,
  },
  'error-cell': {
    de: (p) => `Fehlerwert ${p.error} in der Zelle; sie wird als leer gelesen.`,
    en: (p) => `Error value ${p.error} in this cell; it is read as empty.`,
  },
  'unclear-mark': {
    de: (p) => `„${p.value}“ ist weder ja noch nein; die Zelle wird nicht gewertet.`,
    en: (p) => `"${p.value}" is neither yes nor no; the cell is not counted.`,
  },
  'unreadable-amount': {
    de: (p) => `Betrag „${p.value}“ ist keine Zahl; die Zeile wird nicht gezählt.`,
    en: (p) => `Amount "${p.value}" is not a number; the line is not counted.`,
  },
  'override-sheet-missing': {
    de: (p) => `Das gespeicherte Netzwerkblatt „${p.sheet}“ gibt es nicht mehr; das Blatt wurde neu gesucht.`,
    en: (p) => `The saved network sheet "${p.sheet}" no longer exists; the sheet was detected again.`,
  },
};

export function message(id: string, lang: Lang, params: Params = {}): string {
  const entry = MESSAGES[id];
  if (!entry) throw new Error(`No message text for finding "${id}"`);
  return entry[lang](params);
}

export function hasMessage(id: string): boolean {
  return id in MESSAGES;
}
