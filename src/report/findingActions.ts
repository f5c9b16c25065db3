import { FindingCode } from '../core/findings/codes';
import { Lang, Text } from '../core/lang';

const a = (de: string, en: string): Text => ({ de, en });

/**
 * What the Netzwerkkoordination does about each finding: the worklist's third column. One entry per
 * code; the compiler refuses a code without its action.
 */
const ACTIONS: Readonly<Record<FindingCode, Text>> = {
  'error-cell': a('Zelle korrigieren (Formel oder Verweis prüfen).', 'Fix the cell (check its formula or reference).'),
  'unclear-mark': a('ja oder nein eintragen.', 'Enter yes or no.'),
  'unreadable-amount': a('Betrag als Zahl eintragen.', 'Enter the amount as a number.'),
  'override-sheet-missing': a('Netzwerkblatt im Aufgabenbereich neu wählen.', 'Choose the network sheet again in the task pane.'),
  'layout-unreadable': a('Ausgeschiedene Partner mit Status „ausgeschieden“ kennzeichnen oder mit fh-check prüfen.', 'Mark former partners with the status "ausgeschieden", or check with fh-check.'),
  'sheet-clipped': a('Blatt verkleinern oder die Datei mit fh-check prüfen.', 'Make the sheet smaller or check the file with fh-check.'),
  'status-unclear': a('Status als „aktiv“ oder „ausgeschieden“ eintragen.', 'Enter the status as "aktiv" or "ausgeschieden".'),
  'settings-sheet-missing': a('Blattnamen unter „Netzwerkblätter“ in den Einstellungen berichtigen.', 'Correct the sheet names under "Netzwerkblätter" in the settings.'),
  'network-year-chosen': a('Prüfen, ob das richtige Jahr gelesen wurde; sonst „Berichtsjahr“ setzen.', 'Check the right year was read; else set "Berichtsjahr".'),
  'network-year-missing': a('Netzwerkblatt für das Berichtsjahr anlegen oder das Berichtsjahr ändern.', 'Add a network sheet for the reporting year or change the year.'),
  'network-sheets-combined': a('Prüfen, ob alle genannten Blätter zum Netzwerk gehören.', 'Check every sheet named belongs to the network.'),
  'network-sheet-left-out': a('Gehört das Blatt dazu: in den Einstellungen unter „Netzwerkblätter“ nennen.', 'If the sheet belongs: name it under "Netzwerkblätter" in the settings.'),
  'header-two-rows': a('Nichts zu tun; bei falscher Zuordnung Spalten im Aufgabenbereich wählen.', 'Nothing to do; if a column is wrong, map the columns in the task pane.'),
  'sozialraum-matrix': a('Nichts zu tun; die Kreuze gelten als Sozialräume der Partner.', 'Nothing to do; the marks are read as the partners’ Sozialräume.'),
  'note-rows-skipped': a('Ist eine dieser Zeilen doch ein Partner: den Namen ohne Vorsatz eintragen.', 'If one of these rows is a partner after all: enter the name without the prefix.'),
  'former-partners': a('Prüfen, ob die Genannten wirklich ausgeschieden sind; Lücken neu besetzen.', 'Check those named have really left; fill the gaps they leave.'),
  'filtered-rows-counted': a('Nichts zu tun; gefilterte Zeilen zählen mit.', 'Nothing to do; filtered rows count.'),
  'partners-merged': a('Prüfen, ob die doppelten Zeilen wirklich derselbe Partner sind.', 'Check the repeated rows really are one partner.'),
  'type-from-contact': a('Art der Einrichtung in die Spalte „Art“ eintragen.', 'Enter the kind of organisation in the type column.'),
  'types-taught': a('Nichts zu tun; die Zuordnung ist in der Mappe gespeichert.', 'Nothing to do; the assignment is saved in the workbook.'),
  'activity-entries-unused': a('Datum als Tag oder Monat eintragen (12.03.2025, März 2025) und die Art aus der Auswahlliste wählen.', 'Enter the date as a day or month (12.03.2025, März 2025) and pick the kind from the list.'),
  'budget-in-thousands': a('Prüfen, ob die Beträge wirklich in Tausend Euro stehen.', 'Check the amounts really are in thousands of euros.'),
  'budget-section-chosen': a('Prüfen, ob die Ausgaben das Budget für Frühe Hilfen sind.', 'Check the spending is the Frühe Hilfen budget.'),
  'budget-column-chosen': a('Prüfen, ob die richtige Spalte gelesen wurde; sonst „Berichtsjahr“ setzen.', 'Check the right column was read; else set "Berichtsjahr".'),
  'budget-rows-chosen': a('Prüfen, ob das richtige Jahr gelesen wurde; sonst „Berichtsjahr“ setzen.', 'Check the right year was read; else set "Berichtsjahr".'),
  'budget-year-missing': a('Budget für das Berichtsjahr eintragen oder das Berichtsjahr ändern.', 'Enter the budget for the reporting year or change the year.'),
  'budget-sheet-chosen': a('Prüfen, ob das richtige Budgetblatt gelesen wurde; sonst „Berichtsjahr“ setzen.', 'Check the right budget sheet was read; else set "Berichtsjahr".'),
  'criteria-tick-form': a('Nichts zu tun; je Kriterium zählt das Kreuz.', 'Nothing to do; each criterion’s tick counts.'),
  'criterion-status-unclear': a('Genau ein Kreuz setzen.', 'Tick exactly one column.'),
  'network-sheet-not-found': a('Blatt und Spalten im Aufgabenbereich wählen oder die Vorlage nutzen.', 'Choose sheet and columns in the task pane, or use the template.'),
  'network-empty': a('Partner in die Liste eintragen.', 'Enter the partners in the list.'),
  'setting-unreadable': a('Den Wert allein eintragen, ohne Zusatz (812 statt „ca. 800“ oder „812 (2024)“).', 'Enter the value alone, without additions (812 instead of "ca. 800" or "812 (2024)").'),
  'settings-unknown-type': a('Schreibweise in den Einstellungen berichtigen (Auswahlliste der Vorlage).', 'Correct the spelling in the settings (see the template’s pick list).'),
  'missing-kernbereich': a('Partner aus diesem Kernbereich gewinnen.', 'Win partners from this core area.'),
  'missing-actor-type': a('Partner dieser Art gewinnen; fehlt er im Bezirk: „Im Bezirk nicht vorhanden“ eintragen.', 'Win a partner of this type; if the district has none: enter "Im Bezirk nicht vorhanden".'),
  'actor-type-absent': a('Klären, wie Familien den Partner außerhalb erreichen.', 'Clarify how families reach the partner outside the district.'),
  'sozialraum-missing-kernbereich': a('Partner vor Ort gewinnen oder bezirksweite Angebote im Sozialraum bekannt machen.', 'Win a local partner, or make district-wide services known in the Sozialraum.'),
  'unclassified-actor': a('Art im Aufgabenbereich zuordnen oder in die Spalte „Art“ schreiben.', 'Assign the type in the task pane or write it in the type column.'),
  'kernbereich-differs': a('Kernbereich prüfen; maßgeblich ist die NZFH-Zuordnung.', 'Check the core area; the NZFH grouping counts.'),
  'no-coordination': a('Koordinierungsstelle in die Liste oder ins Blatt „Netzwerkarbeit“ eintragen.', 'Enter the coordination office in the list or in the Netzwerkarbeit sheet.'),
  'steering-unknown': a('Gibt es eine Steuerungsgruppe: Spalte „Steuerungsgruppe“ ergänzen.', 'If there is a steering group: add a "Steuerungsgruppe" column.'),
  'steering-incomplete': a('Fehlenden Bereich in die Steuerungsgruppe einladen.', 'Invite the missing sector into the steering group.'),
  'no-forum': a('Netzwerkkonferenzen mit Datum ins Blatt „Netzwerkarbeit“ eintragen.', 'Record network conferences with their dates in the Netzwerkarbeit sheet.'),
  'forum-low': a('Partner zur nächsten Netzwerkkonferenz einladen.', 'Invite the partners to the next network conference.'),
  'no-agreements': a('Kooperationsvereinbarungen anstreben.', 'Seek cooperation agreements.'),
  'agreements-missing': a('Vereinbarungen mit den Genannten anstreben.', 'Seek agreements with those named.'),
  'health-youth-not-bound': a('Vereinbarung mit einem eigenständigen Gesundheitspartner schließen.', 'Sign an agreement with an independent health partner.'),
  'criteria-sheet-not-found': a('Kriterienblatt der Vorlage einfügen und ausfüllen.', 'Insert and fill in the template’s criteria sheet.'),
  'criteria-not-listed': a('Fehlende Kriterien ergänzen.', 'Add the missing criteria.'),
  'criterion-duplicate': a('Doppelte Zeile löschen.', 'Delete the repeated row.'),
  'criterion-met-contradicted': a('Selbsteinschätzung prüfen.', 'Review the self-assessment.'),
  'criterion-met-without-evidence': a('Nachweis eintragen oder datierten Eintrag ins Blatt „Netzwerkarbeit“.', 'Enter evidence, or a dated entry in the Netzwerkarbeit sheet.'),
  'criterion-list-hint': a('Datierten Eintrag ins Blatt „Netzwerkarbeit“ schreiben.', 'Write a dated entry in the Netzwerkarbeit sheet.'),
  'budget-not-found': a('Budgetblatt der Vorlage einfügen und ausfüllen.', 'Insert and fill in the template’s budget sheet.'),
  'need-unknown': a('„Geburten“ in den Einstellungen eintragen.', 'Enter "Geburten" in the settings.'),
  'budget-within-need-range': a('Nichts zu tun; Annahmen des Modells prüfen.', 'Nothing to do; check the model’s assumptions.'),
  'need-births-estimated': a('Geburtenzahl von der Statistikstelle eintragen.', 'Enter the birth figure from the statistics office.'),
  'need-simple-model': a('Wenn gewünscht, „Bedarfsmodell“ in den Einstellungen leeren.', 'If wanted, empty "Bedarfsmodell" in the settings.'),
  'need-settings-unused': a('Einträge löschen oder „Bedarfsmodell: einfach“ wählen.', 'Delete the entries or choose "Bedarfsmodell: einfach".'),
  'budget-below-need': a('Mittelbedarf im Jugendhilfeausschuss ansprechen.', 'Raise the funding need in the youth welfare committee.'),
  'budget-covers-need': a('Nichts zu tun.', 'Nothing to do.'),
  'budget-sozialraum-below-need': a('Mittelverteilung über die Sozialräume prüfen.', 'Review how funds are spread over the Sozialräume.'),
  'need-defaults-used': a('Eigene Werte in den Einstellungen eintragen, wo bekannt.', 'Enter your own values in the settings where known.'),
  'budget-source-mix': a('Nichts zu tun; zum Vergleich.', 'Nothing to do; for comparison.'),
};

export function findingAction(code: FindingCode, lang: Lang): string {
  return ACTIONS[code][lang];
}
