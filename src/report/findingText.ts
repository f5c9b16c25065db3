import { EvidenceGap, FindingCode, FindingValues, FormerReason } from '../core/findings/codes';
import { Finding } from '../core/findings/finding';
import { Lang } from '../core/lang';
import { Kernbereich } from '../core/taxonomy/kernbereich';
import { formatEuro, formatList, formatNumber, formatPercent } from './format';
import { actorTypeLabel, criterionTitle, kernbereichAfterFrom, kernbereichAfterTo, kernbereichLabel } from './names';

/** One sentence per finding code; the compiler refuses a code without its text. */
type Texts = { readonly [C in FindingCode]: (values: FindingValues[C]) => string };

const de = {
  euro: (n: number) => formatEuro(n, 'de'),
  pct: (n: number, digits = 0) => formatPercent(n, 'de', digits),
  list: (items: readonly string[]) => formatList(items, 'de'),
  from: (ks: readonly Kernbereich[]) => formatList(ks.map((k) => kernbereichAfterFrom(k, 'de')), 'de'),
  sectors: (ks: readonly Kernbereich[]) => formatList(ks.map((k) => kernbereichLabel(k, 'de')), 'de'),
};

const en = {
  euro: (n: number) => formatEuro(n, 'en'),
  pct: (n: number, digits = 0) => formatPercent(n, 'en', digits),
  list: (items: readonly string[]) => formatList(items, 'en'),
  from: (ks: readonly Kernbereich[]) => formatList(ks.map((k) => kernbereichAfterFrom(k, 'en')), 'en'),
  sectors: (ks: readonly Kernbereich[]) => formatList(ks.map((k) => kernbereichLabel(k, 'en')), 'en'),
};

/** What the list shows instead of a criterion marked as met; a clause without the criterion's own number. */
function gapText(gap: EvidenceGap, lang: Lang): string {
  const w = lang === 'de' ? de : en;
  switch (gap.kind) {
    case 'no-coordination':
      return lang === 'de' ? 'Die Liste nennt keine Koordinierungsstelle.' : 'the list names no coordination office.';
    case 'no-youth-office':
      return lang === 'de' ? 'Das Jugendamt steht nicht in der Liste.' : 'the Jugendamt is not in the list.';
    case 'steering-incomplete':
      return lang === 'de' ? `In der Steuerungsgruppe ist niemand aus ${w.from(gap.missing)}.` : `no one from ${w.from(gap.missing)} sits in the steering group.`;
    case 'no-forum':
      return lang === 'de' ? 'Kein Partner ist als Teilnehmer der Netzwerkkonferenz markiert.' : 'no partner is marked as taking part in the network conference.';
    case 'no-agreements':
      return lang === 'de' ? 'Kein Partner hat eine Kooperationsvereinbarung.' : 'no partner has a cooperation agreement.';
    case 'health-youth-not-bound':
      return lang === 'de' ? `Ohne Vereinbarung: ${w.sectors(gap.unbound)}.` : `no agreement in ${w.sectors(gap.unbound)}.`;
  }
}

const REASONS: Readonly<Record<Lang, Readonly<Record<FormerReason, string>>>> = {
  de: { status: 'ausgeschieden laut Status', ended: 'Enddatum vorbei', struck: 'durchgestrichen', archive: 'unter „Archiv“ bzw. „ehemalige Partner“', hidden: 'Zeile ausgeblendet' },
  en: { status: 'left by status', ended: 'end date passed', struck: 'struck through', archive: 'under "Archiv" or "former partners"', hidden: 'row hidden' },
};

function formerReasons(reasons: Readonly<Partial<Record<FormerReason, number>>>, lang: Lang): string {
  return formatList((Object.entries(reasons) as [FormerReason, number][]).map(([r, n]) => `${n} ${REASONS[lang][r]}`), lang);
}

const GERMAN: Texts = {
  'error-cell': (v) => `Fehlerwert ${v.error} in der Zelle; sie wird als leer gelesen.`,
  'unclear-mark': (v) => `„${v.value}“ ist weder ja noch nein; die Zelle wird nicht gewertet.`,
  'unreadable-amount': (v) => `Betrag „${v.value}“ ist keine Zahl; die Zeile wird nicht gezählt.`,
  'override-sheet-missing': (v) => `Das gespeicherte Netzwerkblatt „${v.sheet}“ gibt es nicht mehr; das Blatt wurde neu gesucht.`,
  'status-unclear': (v) => `Status „${v.value}“ ist nicht eindeutig (aktiv oder ausgeschieden?); der Partner zählt als aktiv.`,
  'settings-sheet-missing': (v) => `Das in den Einstellungen genannte Netzwerkblatt „${v.sheet}“ gibt es nicht oder es enthält keine Partnerliste.`,
  'network-year-chosen': (v) =>
    `Geprüft wird das Netzwerk ${v.year} (${de.list(v.sheets.map((x) => `„${x}“`))}), ${v.basis === 'settings' ? 'das Berichtsjahr aus den Einstellungen' : 'das neueste Jahr'}; nicht gelesen: ${de.list(v.leftOut.map((x) => `„${x}“`))}. Ein anderes Jahr: „Berichtsjahr“ in den Einstellungen.`,
  'network-year-missing': (v) => `Für das Berichtsjahr ${v.year} gibt es kein Netzwerkblatt (vorhanden: ${v.available.join(', ')}); geprüft wird das neueste.`,
  'network-sheets-combined': (v) =>
    `Die Netzwerkliste steht auf ${v.sheets.length} Blättern (${de.list(v.sheets.map((x) => `„${x}“`))}); alle wurden als ein Netzwerk gelesen.` +
    (v.kernbereichFromName.length > 0 ? ` Den Kernbereich gibt der Blattname (${de.list(v.kernbereichFromName.map((x) => `„${x}“`))}), wo keine Spalte ihn nennt.` : '') +
    (v.sozialraumFromName.length > 0 ? ` Den Sozialraum gibt der Blattname (${de.list(v.sozialraumFromName.map((x) => `„${x}“`))}).` : ''),
  'network-sheet-left-out': (v) => `Das Blatt „${v.sheet}“ sieht ebenfalls wie eine Partnerliste aus, wurde aber nicht gelesen. Gehört es dazu, nennen Sie es in den Einstellungen unter „Netzwerkblätter“.`,
  'header-two-rows': (v) => `Die Spaltenüberschriften in „${v.sheet}“ stehen in zwei Zeilen (Gruppe darüber); sie wurden zusammen gelesen.`,
  'sozialraum-matrix': (v) => `„${v.sheet}“ ordnet die Partner in Spalten je Sozialraum zu (${de.list(v.sozialraeume)}): ein Kreuz gilt als „arbeitet in diesem Sozialraum“.`,
  'former-partners': (v) => `${v.count} ${v.count === 1 ? 'Partner zählt' : 'Partner zählen'} nicht mehr mit (${formerReasons(v.reasons, 'de')}), darunter ${de.list(v.examples)}. Sie stehen unter „ehemalige Partner“.`,
  'filtered-rows-counted': (v) => `${v.count} ${v.count === 1 ? 'Zeile ist' : 'Zeilen sind'} nur durch einen Filter ausgeblendet und ${v.count === 1 ? 'zählt' : 'zählen'} mit.`,
  'partners-merged': (v) => `${v.count} ${v.count === 1 ? 'Partner steht' : 'Partner stehen'} mehrfach in der Liste (etwa je Sozialraum einmal), darunter ${de.list(v.examples)}; jeder zählt einmal für das Netzwerk und in jedem seiner Sozialräume.`,
  'type-from-contact': (v) => `Bei ${v.count} ${v.count === 1 ? 'Partner' : 'Partnern'} ergibt sich die Art aus der Ansprechperson (z. B. „Kinderärztin“), darunter ${de.list(v.examples)}.`,
  'budget-column-chosen': (v) =>
    `Budget aus der Spalte „${v.header}“ (${v.basis === 'settings' ? 'Berichtsjahr' : 'neuestes Jahr'} ${v.year}); nicht gezählt: ${de.list(v.others.map((x) => `„${x}“`))}. Ein anderes Jahr: „Berichtsjahr“ in den Einstellungen.`,
  'budget-year-missing': (v) => `Das Budgetblatt hat keine Spalte für das Berichtsjahr ${v.year} (vorhanden: ${v.available.join(', ')}); das Budget bleibt unbekannt statt eines anderen Jahres.`,
  'criteria-tick-form': (v) => `„${v.sheet}“ ist ein Ankreuzbogen (eine Spalte je Status); je Kriterium gilt die angekreuzte Spalte.`,
  'criterion-status-unclear': (v) => `Kriterium ${v.criterion}: ${v.ticks === 0 ? 'nichts' : `${v.ticks} Spalten`} angekreuzt; der Status bleibt offen (nicht „erfüllt“).`,
  'sheet-clipped': (v) =>
    `Das Blatt „${v.sheet}“ ist zu groß, um es ganz zu lesen: geprüft wurden nur die ersten ${formatNumber(v.keptRows, 'de')} von ${formatNumber(v.totalRows, 'de')} Zeilen. Weiter unten stehende Partner fehlen in diesem Ergebnis; prüfen Sie die Datei mit fh-check oder verkleinern Sie das Blatt.`,
  'network-sheet-not-found': () =>
    'Keine Netzwerkliste gefunden: kein Blatt hat eine Kopfzeile mit Spalten wie „Einrichtung“, „Art“ oder „Sozialraum“. Wählen Sie Blatt und Spalten im Aufgabenbereich aus oder nutzen Sie die Vorlage.',
  'network-empty': (v) => `Das Blatt „${v.sheet}“ enthält keine Netzwerkpartner unter der Kopfzeile.`,
  'settings-unknown-type': (v) => `Unbekannter Akteurstyp in den Einstellungen: „${v.value}“; er wird ignoriert.`,
  'missing-kernbereich': (v) => `Kein Partner aus ${kernbereichAfterFrom(v.kernbereich, 'de')}: Dieser Kernbereich ist im Netzwerk nicht vertreten.`,
  'missing-actor-type': (v) =>
    `${v.requirement === 'required' ? 'Pflicht-Akteur fehlt' : 'Empfohlener Akteur fehlt'}: ${actorTypeLabel(v.actorType, 'de')} (${kernbereichLabel(v.kernbereich, 'de')}).` +
    (v.former.length > 0 ? ` Früher in der Liste: ${de.list(v.former)}.` : '') +
    (v.referenceRate ? ` Bundesweit haben ${de.pct(v.referenceRate.share, 1)} der Netzwerke diesen Partner (NZFH-Kommunalbefragung ${v.referenceRate.year}).` : ''),
  'sozialraum-missing-kernbereich': (v) =>
    `Sozialraum ${v.sozialraum}: vor Ort kein Partner aus ${de.from(v.missing)}${v.districtWide.length > 0 ? ` (bezirksweit tätig: ${de.sectors(v.districtWide)})` : ''}.`,
  'unclassified-actor': (v) => `„${v.name}“ ist keinem Akteurstyp zuzuordnen. Tragen Sie die Art der Einrichtung ein.`,
  'kernbereich-differs': (v) =>
    `„${v.name}“ steht als ${kernbereichLabel(v.stated, 'de')} in der Liste; nach NZFH-Einteilung gehört ${actorTypeLabel(v.actorType, 'de')} ${kernbereichAfterTo(v.nzfh, 'de')}.`,
  'no-coordination': () => 'Keine Koordinierungsstelle in der Partnerliste (Kriterium 3.1: eine ausgestattete Koordinierung führt das Netzwerk).',
  'steering-unknown': () => 'Die Liste hat keine Spalte „Steuerungsgruppe“; Kriterium 3.2 lässt sich aus den Daten nicht prüfen.',
  'steering-incomplete': (v) => `In der Steuerungsgruppe ist niemand aus ${de.from(v.missing)} (Kriterium 3.2: Jugendhilfe, Beratung und Gesundheit gehören hinein).`,
  'no-forum': () => 'Kein Partner ist als Teilnehmer der Netzwerkkonferenz markiert (Kriterium 3.3: regelmäßiges Forum aller Partner).',
  'forum-low': (v) => `Nur ${de.pct(v.share)} der Partner nehmen an der Netzwerkkonferenz teil (Kriterium 3.3).`,
  'no-agreements': () => 'Kein Partner hat eine Kooperationsvereinbarung (Kriterium 3.4: verbindliche Absprachen zur Zusammenarbeit im Einzelfall).',
  'agreements-missing': (v) => `${v.count} von ${v.total} Partnern ohne Kooperationsvereinbarung, darunter ${de.list(v.examples)} (Kriterium 3.4).`,
  'health-youth-not-bound': (v) => `Jugendhilfe und Gesundheitswesen sind nicht durch Vereinbarungen verbunden: ohne Vereinbarung ${de.sectors(v.unbound)} (Kriterium 5.2).`,
  'criteria-sheet-not-found': () => 'Kein Kriterienblatt gefunden (eine Zeile je NZFH-Kriterium mit Status). Die Vorlage enthält eines.',
  'criteria-not-listed': (v) => `${v.missing.length} NZFH-Kriterien fehlen im Blatt „${v.sheet}“: ${v.missing.join(', ')}.`,
  'criterion-duplicate': (v) => `Kriterium ${v.criterion} steht mehrfach im Blatt; gewertet wird die erste Zeile.`,
  'criterion-met-contradicted': (v) => `Kriterium ${v.criterion} (${criterionTitle(v.criterion, 'de')}) ist als erfüllt markiert, die Netzwerkliste zeigt es aber nicht: ${gapText(v.gap, 'de')}`,
  'criterion-met-without-evidence': (v) => `Kriterium ${v.criterion} (${criterionTitle(v.criterion, 'de')}) ist als erfüllt markiert, aber ohne Nachweis.`,
  'budget-not-found': () => 'Kein Budgetblatt gefunden (Spalten wie „Betrag“ und „Sozialraum“ oder „Maßnahme“); Budget und Bedarf werden nicht verglichen.',
  'need-unknown': () => 'Bedarf nicht berechenbar: Es fehlt die Zahl der Kinder von 0–3 Jahren (Einstellungen: „Kinder 0–3“ oder Einwohnerzahl und Anteil 0–3).',
  'budget-below-need': (v) => `Das Budget (${de.euro(v.total)}) deckt ${de.pct(v.coverage)} des geschätzten Bedarfs (${de.euro(v.need)}); es fehlen ${de.euro(v.gap)} im Jahr.`,
  'budget-covers-need': (v) => `Das Budget (${de.euro(v.total)}) deckt den geschätzten Bedarf (${de.euro(v.need)}).`,
  'budget-sozialraum-below-need': (v) => `Sozialraum ${v.sozialraum}: Budget ${de.euro(v.budget)} deckt ${de.pct(v.coverage)} des Bedarfs (${de.euro(v.need)}).`,
  'need-defaults-used': (v) => {
    const used = [v.burdenShare === null ? null : `Anteil belasteter Familien ${de.pct(v.burdenShare)}`, v.costPerFamily === null ? null : `Kosten je Familie ${de.euro(v.costPerFamily)}`];
    return `Bedarf mit Standardannahmen berechnet (${de.list(used.filter((u): u is string => u !== null))}); im Blatt Einstellungen anpassbar.`;
  },
  'budget-source-mix': (v) =>
    `Finanzierung: ${de.pct(v.bundesstiftung)} Bundesstiftung, ${de.pct(v.kommunal)} kommunal, ${de.pct(v.land)} Land (bundesweiter Durchschnitt 2020: 47 % / 41 % / 8 %).`,
};

const ENGLISH: Texts = {
  'error-cell': (v) => `Error value ${v.error} in this cell; it is read as empty.`,
  'unclear-mark': (v) => `"${v.value}" is neither yes nor no; the cell is not counted.`,
  'unreadable-amount': (v) => `Amount "${v.value}" is not a number; the line is not counted.`,
  'override-sheet-missing': (v) => `The saved network sheet "${v.sheet}" no longer exists; the sheet was detected again.`,
  'status-unclear': (v) => `Status "${v.value}" is unclear (active or left?); the partner counts as active.`,
  'settings-sheet-missing': (v) => `The network sheet "${v.sheet}" named in the settings does not exist or holds no partner list.`,
  'network-year-chosen': (v) =>
    `Auditing the ${v.year} network (${en.list(v.sheets.map((x) => `"${x}"`))}), ${v.basis === 'settings' ? 'the reporting year from the settings' : 'the newest year'}; not read: ${en.list(v.leftOut.map((x) => `"${x}"`))}. Another year: "Berichtsjahr" in the settings.`,
  'network-year-missing': (v) => `There is no network sheet for the reporting year ${v.year} (available: ${v.available.join(', ')}); the newest is audited.`,
  'network-sheets-combined': (v) =>
    `The network list spans ${v.sheets.length} sheets (${en.list(v.sheets.map((x) => `"${x}"`))}); all were read as one network.` +
    (v.kernbereichFromName.length > 0 ? ` The sheet name gives the core area (${en.list(v.kernbereichFromName.map((x) => `"${x}"`))}) where no column does.` : '') +
    (v.sozialraumFromName.length > 0 ? ` The sheet name gives the Sozialraum (${en.list(v.sozialraumFromName.map((x) => `"${x}"`))}).` : ''),
  'network-sheet-left-out': (v) => `Sheet "${v.sheet}" also looks like a partner list but was not read. If it belongs to the network, name it under "Netzwerkblätter" in the settings.`,
  'header-two-rows': (v) => `The column headings in "${v.sheet}" span two rows (a group above); they were read together.`,
  'sozialraum-matrix': (v) => `"${v.sheet}" assigns partners in one column per Sozialraum (${en.list(v.sozialraeume)}): a mark means "works in this Sozialraum".`,
  'former-partners': (v) => `${v.count} ${v.count === 1 ? 'partner no longer counts' : 'partners no longer count'} (${formerReasons(v.reasons, 'en')}), among them ${en.list(v.examples)}. They are listed under "former partners".`,
  'filtered-rows-counted': (v) => `${v.count} ${v.count === 1 ? 'row is' : 'rows are'} hidden only by a filter and still ${v.count === 1 ? 'counts' : 'count'}.`,
  'partners-merged': (v) => `${v.count} ${v.count === 1 ? 'partner appears' : 'partners appear'} more than once (e.g. once per Sozialraum), among them ${en.list(v.examples)}; each counts once for the network and in each of its Sozialräume.`,
  'type-from-contact': (v) => `For ${v.count} ${v.count === 1 ? 'partner' : 'partners'} the kind comes from the contact person (e.g. "Kinderärztin"), among them ${en.list(v.examples)}.`,
  'budget-column-chosen': (v) =>
    `Budget from column "${v.header}" (${v.basis === 'settings' ? 'reporting year' : 'newest year'} ${v.year}); not counted: ${en.list(v.others.map((x) => `"${x}"`))}. Another year: "Berichtsjahr" in the settings.`,
  'budget-year-missing': (v) => `The budget sheet has no column for the reporting year ${v.year} (available: ${v.available.join(', ')}); the budget stays unknown rather than another year's.`,
  'criteria-tick-form': (v) => `"${v.sheet}" is a tick form (one column per status); each criterion takes the column ticked.`,
  'criterion-status-unclear': (v) => `Criterion ${v.criterion}: ${v.ticks === 0 ? 'nothing' : `${v.ticks} columns`} ticked; its status stays open (not "met").`,
  'sheet-clipped': (v) =>
    `Sheet "${v.sheet}" is too large to read whole: only its first ${formatNumber(v.keptRows, 'en')} of ${formatNumber(v.totalRows, 'en')} rows were checked. Partners further down are missing from this result; check the file with fh-check or make the sheet smaller.`,
  'network-sheet-not-found': () =>
    'No network list found: no sheet has a header with columns such as "Einrichtung", "Art" or "Sozialraum". Pick the sheet and columns in the task pane or start from the template.',
  'network-empty': (v) => `Sheet "${v.sheet}" lists no network partners below its header.`,
  'settings-unknown-type': (v) => `Unknown actor type in the settings: "${v.value}"; it is ignored.`,
  'missing-kernbereich': (v) => `No partner from ${kernbereichAfterFrom(v.kernbereich, 'en')}: this core area is not represented in the network.`,
  'missing-actor-type': (v) =>
    `${v.requirement === 'required' ? 'Required actor missing' : 'Recommended actor missing'}: ${actorTypeLabel(v.actorType, 'en')} (${kernbereichLabel(v.kernbereich, 'en')}).` +
    (v.former.length > 0 ? ` Formerly in the list: ${en.list(v.former)}.` : '') +
    (v.referenceRate ? ` Nationally ${en.pct(v.referenceRate.share, 1)} of networks include this partner (NZFH municipal survey ${v.referenceRate.year}).` : ''),
  'sozialraum-missing-kernbereich': (v) =>
    `Sozialraum ${v.sozialraum}: no local partner from ${en.from(v.missing)}${v.districtWide.length > 0 ? ` (district-wide: ${en.sectors(v.districtWide)})` : ''}.`,
  'unclassified-actor': (v) => `"${v.name}" matches no actor type. Enter the kind of organisation in the type column.`,
  'kernbereich-differs': (v) => `"${v.name}" is listed as ${kernbereichLabel(v.stated, 'en')}; the NZFH grouping puts ${actorTypeLabel(v.actorType, 'en')} in ${kernbereichLabel(v.nzfh, 'en')}.`,
  'no-coordination': () => 'No coordination office in the partner list (criterion 3.1: a resourced coordination office leads the network).',
  'steering-unknown': () => 'The list has no steering-group column; criterion 3.2 cannot be checked from the data.',
  'steering-incomplete': (v) => `No one from ${en.from(v.missing)} sits in the steering group (criterion 3.2: youth welfare, counselling and health belong in it).`,
  'no-forum': () => 'No partner is marked as taking part in the network conference (criterion 3.3: a regular forum of all partners).',
  'forum-low': (v) => `Only ${en.pct(v.share)} of partners take part in the network conference (criterion 3.3).`,
  'no-agreements': () => 'No partner has a cooperation agreement (criterion 3.4: binding arrangements for working together on cases).',
  'agreements-missing': (v) => `${v.count} of ${v.total} partners have no cooperation agreement, among them ${en.list(v.examples)} (criterion 3.4).`,
  'health-youth-not-bound': (v) => `Youth welfare and health are not bound by agreements: no agreement in ${en.sectors(v.unbound)} (criterion 5.2).`,
  'criteria-sheet-not-found': () => 'No criteria sheet found (one row per NZFH criterion with a status). The template has one.',
  'criteria-not-listed': (v) => `${v.missing.length} NZFH criteria are missing from sheet "${v.sheet}": ${v.missing.join(', ')}.`,
  'criterion-duplicate': (v) => `Criterion ${v.criterion} appears more than once; the first row counts.`,
  'criterion-met-contradicted': (v) => `Criterion ${v.criterion} (${criterionTitle(v.criterion, 'en')}) is marked as met, but the network list does not show it: ${gapText(v.gap, 'en')}`,
  'criterion-met-without-evidence': (v) => `Criterion ${v.criterion} (${criterionTitle(v.criterion, 'en')}) is marked as met but gives no evidence.`,
  'budget-not-found': () => 'No budget sheet found (columns such as "Betrag" and "Sozialraum" or "Maßnahme"); budget and need are not compared.',
  'need-unknown': () => 'Need cannot be computed: the number of children aged 0–3 is missing (settings: "Kinder 0–3", or population and share aged 0–3).',
  'budget-below-need': (v) => `The budget (${en.euro(v.total)}) covers ${en.pct(v.coverage)} of estimated need (${en.euro(v.need)}); the yearly shortfall is ${en.euro(v.gap)}.`,
  'budget-covers-need': (v) => `The budget (${en.euro(v.total)}) covers the estimated need (${en.euro(v.need)}).`,
  'budget-sozialraum-below-need': (v) => `Sozialraum ${v.sozialraum}: budget ${en.euro(v.budget)} covers ${en.pct(v.coverage)} of need (${en.euro(v.need)}).`,
  'need-defaults-used': (v) => {
    const used = [v.burdenShare === null ? null : `burden share ${en.pct(v.burdenShare)}`, v.costPerFamily === null ? null : `cost per family ${en.euro(v.costPerFamily)}`];
    return `Need computed with default assumptions (${en.list(used.filter((u): u is string => u !== null))}); adjust them in the settings sheet.`;
  },
  'budget-source-mix': (v) =>
    `Funding: ${en.pct(v.bundesstiftung)} federal foundation, ${en.pct(v.kommunal)} municipal, ${en.pct(v.land)} state (national average 2020: 47 % / 41 % / 8 %).`,
};

const TEXTS: Readonly<Record<Lang, Texts>> = { de: GERMAN, en: ENGLISH };

/** The sentence for a finding in one language. */
export function findingText(f: Finding, lang: Lang): string {
  // The table is exhaustive by type; indexing it with a union code needs this one widening.
  const text = TEXTS[lang][f.code] as (values: Finding['values']) => string;
  return text(f.values);
}
