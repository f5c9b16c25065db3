"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GERMAN = void 0;
const findingWords_1 = require("./findingWords");
const format_1 = require("./format");
const names_1 = require("./names");
exports.GERMAN = {
    'error-cell': (v) => `Fehlerwert ${v.error} in der Zelle; sie wird als leer gelesen.`,
    'unclear-mark': (v) => `„${v.value}“ ist weder ja noch nein; die Zelle wird nicht gewertet.`,
    'unreadable-amount': (v) => `Betrag „${v.value}“ ist keine Zahl; die Zeile wird nicht gezählt.`,
    'override-sheet-missing': (v) => `Das gespeicherte Netzwerkblatt „${v.sheet}“ gibt es nicht mehr; das Blatt wurde neu gesucht.`,
    'status-unclear': (v) => `Status „${v.value}“ ist nicht eindeutig (aktiv oder ausgeschieden?); der Partner zählt als aktiv.`,
    'settings-sheet-missing': (v) => `Das in den Einstellungen genannte Netzwerkblatt „${v.sheet}“ gibt es nicht oder es enthält keine Partnerliste.`,
    'network-year-chosen': (v) => `Geprüft wird das Netzwerk ${v.year} (${findingWords_1.de.list(v.sheets.map((x) => `„${x}“`))}), ${v.basis === 'settings' ? 'das Berichtsjahr aus den Einstellungen' : 'das neueste Jahr'}; nicht gelesen: ${findingWords_1.de.list(v.leftOut.map((x) => `„${x}“`))}. Ein anderes Jahr: „Berichtsjahr“ in den Einstellungen.`,
    'network-year-missing': (v) => `Für das Berichtsjahr ${v.year} gibt es kein Netzwerkblatt (vorhanden: ${v.available.join(', ')}); geprüft wird das neueste.`,
    'network-sheets-combined': (v) => `Die Netzwerkliste steht auf ${v.sheets.length} Blättern (${findingWords_1.de.list(v.sheets.map((x) => `„${x}“`))}); alle wurden als ein Netzwerk gelesen.` +
        (v.kernbereichFromName.length > 0 ? ` Den Kernbereich gibt der Blattname (${findingWords_1.de.list(v.kernbereichFromName.map((x) => `„${x}“`))}), wo keine Spalte ihn nennt.` : '') +
        (v.sozialraumFromName.length > 0 ? ` Den Sozialraum gibt der Blattname (${findingWords_1.de.list(v.sozialraumFromName.map((x) => `„${x}“`))}).` : ''),
    'network-sheet-left-out': (v) => v.versionOf !== null
        ? `Das Blatt „${v.sheet}“ ist eine weitere Fassung der Liste „${v.versionOf}“ (großenteils dieselben Partner) und wurde nicht gelesen, damit kein Partner doppelt oder aus einer alten Fassung zählt. Soll stattdessen dieses Blatt gelten, nennen Sie es in den Einstellungen unter „Netzwerkblätter“.`
        : `Das Blatt „${v.sheet}“ sieht ebenfalls wie eine Partnerliste aus, wurde aber nicht gelesen. Gehört es dazu, nennen Sie es in den Einstellungen unter „Netzwerkblätter“.`,
    'header-two-rows': (v) => `Die Spaltenüberschriften in „${v.sheet}“ stehen in zwei Zeilen (Gruppe darüber); sie wurden zusammen gelesen.`,
    'sozialraum-matrix': (v) => `„${v.sheet}“ ordnet die Partner in Spalten je Sozialraum zu (${findingWords_1.de.list(v.sozialraeume)}): ein Kreuz gilt als „arbeitet in diesem Sozialraum“.`,
    'note-rows-skipped': (v) => `${v.count} ${v.count === 1 ? 'Zeile ist eine Anmerkung' : 'Zeilen sind Anmerkungen'} und ${v.count === 1 ? 'zählt' : 'zählen'} nicht als Partner: ${findingWords_1.de.list(v.examples.map((x) => `„${x}“`))}.`,
    'former-partners': (v) => `${v.count} ${v.count === 1 ? 'Partner zählt' : 'Partner zählen'} nicht mehr mit (${(0, findingWords_1.formerReasons)(v.reasons, 'de')}), darunter ${findingWords_1.de.list(v.examples)}. Sie stehen unter „ehemalige Partner“.`,
    'filtered-rows-counted': (v) => `${v.count} ${v.count === 1 ? 'Zeile ist' : 'Zeilen sind'} nur durch einen Filter ausgeblendet und ${v.count === 1 ? 'zählt' : 'zählen'} mit.`,
    'partners-merged': (v) => `${v.count} ${v.count === 1 ? 'Partner steht' : 'Partner stehen'} mehrfach in der Liste (etwa je Sozialraum einmal), darunter ${findingWords_1.de.list(v.examples)}; jeder zählt einmal für das Netzwerk und in jedem seiner Sozialräume.`,
    'type-from-contact': (v) => `Bei ${v.count} ${v.count === 1 ? 'Partner' : 'Partnern'} ergibt sich die Art aus der Ansprechperson (z. B. „Kinderärztin“), darunter ${findingWords_1.de.list(v.examples)}.`,
    'types-taught': (v) => `Bei ${v.count} ${v.count === 1 ? 'Partner' : 'Partnern'} gilt die Art, die im Aufgabenbereich zugeordnet wurde (in der Arbeitsmappe gespeichert), darunter ${findingWords_1.de.list(v.examples)}.`,
    'activity-entries-unused': (v) => `${v.undated + v.unknownKind} ${v.undated + v.unknownKind === 1 ? 'Eintrag' : 'Einträge'} im Blatt zur Netzwerkarbeit ${v.undated + v.unknownKind === 1 ? 'belegt' : 'belegen'} kein Kriterium (${[v.undated > 0 ? `${v.undated} ohne lesbares Datum` : '', v.unknownKind > 0 ? `${v.unknownKind} ohne erkennbare Art` : ''].filter((x) => x !== '').join(', ')}), darunter ${findingWords_1.de.list(v.examples.map((x) => `„${x}“`))}.`,
    'budget-in-thousands': (v) => `Die Beträge stehen in Tausend Euro (Spalte „${v.header}“) und sind mit 1.000 multipliziert gelesen.`,
    'budget-section-chosen': (v) => `Das Budgetblatt führt Einnahmen und Ausgaben: gezählt sind die Ausgaben (${findingWords_1.de.euro(v.spending)}), die Einnahmen (${findingWords_1.de.euro(v.income)}, ${v.skipped} ${v.skipped === 1 ? 'Zeile' : 'Zeilen'}) nicht noch einmal.${v.spending === v.income ? '' : ' Die beiden Summen weichen voneinander ab.'}`,
    'budget-column-chosen': (v) => `Budget aus der Spalte „${v.header}“ (${v.basis === 'settings' ? 'Berichtsjahr' : 'neuestes Jahr'} ${v.year}); nicht gezählt: ${findingWords_1.de.list(v.others.map((x) => `„${x}“`))}. Ein anderes Jahr: „Berichtsjahr“ in den Einstellungen.`,
    'budget-year-missing': (v) => `${v.scope === 'sheet' ? 'Es gibt kein Budgetblatt' : v.scope === 'rows' ? 'Das Budgetblatt hat keine Zeilen' : 'Das Budgetblatt hat keine Spalte'} für das Berichtsjahr ${v.year} (vorhanden: ${v.available.join(', ')}); das Budget bleibt unbekannt statt eines anderen Jahres.`,
    'budget-rows-chosen': (v) => `Budget aus den Zeilen mit „${v.header}“ ${v.year} (${v.basis === 'settings' ? 'Berichtsjahr' : 'neuestes Jahr'}); nicht gezählt: ${v.skipped} ${v.skipped === 1 ? 'Zeile' : 'Zeilen'} der Jahre ${v.others.join(', ')}. Ein anderes Jahr: „Berichtsjahr“ in den Einstellungen.`,
    'budget-sheet-chosen': (v) => `Budget aus dem Blatt „${v.sheet}“ (${v.basis === 'settings' ? 'Berichtsjahr' : 'neuestes Jahr'} ${v.year}); nicht gelesen: ${findingWords_1.de.list(v.others.map((x) => `„${x}“`))}. Ein anderes Jahr: „Berichtsjahr“ in den Einstellungen.`,
    'criteria-tick-form': (v) => `„${v.sheet}“ ist ein Ankreuzbogen (eine Spalte je Status); je Kriterium gilt die angekreuzte Spalte.`,
    'criterion-status-unclear': (v) => v.value !== null
        ? `Kriterium ${v.criterion}: Status „${v.value}“ ist keiner der Stände erfüllt, teilweise, nicht erfüllt, offen; er bleibt offen (nicht „erfüllt“).`
        : `Kriterium ${v.criterion}: ${v.ticks === 0 ? 'nichts' : `${v.ticks} Spalten`} angekreuzt; der Status bleibt offen (nicht „erfüllt“).`,
    'layout-unreadable': (v) => {
        const seen = v.what.filter((w) => w !== 'struckUnchecked').map((w) => (w === 'hiddenRows' ? 'Zeilen ausgeblendet' : 'Einträge durchgestrichen'));
        const lead = seen.length > 0 ? `In „${v.sheet}“ sind ${seen.join(' und ')}, aber diese Excel-Version kann nicht sagen, welche: Alle Zeilen zählen mit.` : `Diese Excel-Version kann Durchstreichungen in „${v.sheet}“ nicht erkennen: Durchgestrichene Partner zählen mit.`;
        return `${lead} Ehemalige Partner erkennt die Prüfung hier nur an einer Statusspalte oder einem Enddatum; fh-check liest die Datei vollständig.`;
    },
    'sheet-clipped': (v) => `Das Blatt „${v.sheet}“ ist zu groß, um es ganz zu lesen: geprüft wurden nur die ersten ${(0, format_1.formatNumber)(v.keptRows, 'de')} von ${(0, format_1.formatNumber)(v.totalRows, 'de')} Zeilen. Weiter unten stehende Partner fehlen in diesem Ergebnis; prüfen Sie die Datei mit fh-check oder verkleinern Sie das Blatt.`,
    'network-sheet-not-found': () => 'Keine Netzwerkliste gefunden: kein Blatt hat eine Kopfzeile mit Spalten wie „Einrichtung“, „Art“ oder „Sozialraum“. Wählen Sie Blatt und Spalten im Aufgabenbereich aus oder nutzen Sie die Vorlage.',
    'network-empty': (v) => `Das Blatt „${v.sheet}“ enthält keine Netzwerkpartner unter der Kopfzeile.`,
    'settings-unknown-type': (v) => `Unbekannter Akteurstyp in den Einstellungen: „${v.value}“; er wird ignoriert.`,
    'setting-unreadable': (v) => v.expected === 'plausible' && v.range
        ? `Einstellung „${v.label}“: ${v.value} liegt außerhalb des Plausiblen (${findingWords_1.de.num(v.range[0])} bis ${findingWords_1.de.num(v.range[1])}); der Wert bleibt unberücksichtigt.`
        : `Einstellung „${v.label}“: „${v.value}“ ist nicht lesbar als ${findingWords_1.EXPECTED.de[v.expected]}; der Wert bleibt unberücksichtigt.`,
    'missing-kernbereich': (v) => `Kein Partner aus ${(0, names_1.kernbereichAfterFrom)(v.kernbereich, 'de')}: Dieser Kernbereich ist im Netzwerk nicht vertreten.`,
    'missing-actor-type': (v) => `${v.requirement === 'required' ? 'Pflicht-Akteur fehlt' : 'Empfohlener Akteur fehlt'}: ${(0, names_1.actorTypeLabel)(v.actorType, 'de')} (${(0, names_1.kernbereichLabel)(v.kernbereich, 'de')}).` +
        (v.former.length > 0 ? ` Früher in der Liste: ${findingWords_1.de.list(v.former)}.` : '') +
        (v.referenceRate ? ` Bundesweit haben ${findingWords_1.de.pct(v.referenceRate.share, 1)} der Netzwerke einen solchen Partner (gezählt: ${(0, findingWords_1.rateCounts)(v.actorType, 'de')}; NZFH-Kommunalbefragung ${v.referenceRate.year}).` : ''),
    'actor-type-absent': (v) => `${(0, names_1.actorTypeLabel)(v.actorType, 'de')}: laut Einstellungen im Bezirk nicht vorhanden${v.instead ? `; Familien gehen zu: ${v.instead}` : ''}. Deshalb kein Fehler; ob die Familien dort gut ankommen, gehört in die Netzwerkarbeit.`,
    'sozialraum-missing-kernbereich': (v) => v.missing.includes('jugendhilfe')
        ? `Sozialraum ${v.sozialraum}: vor Ort kein Partner aus der Kinder- und Jugendhilfe; Kitas und Familienzentren gehören in den Sozialraum (Kriterium 4.3).`
        : `Sozialraum ${v.sozialraum}: vor Ort kein Partner aus ${findingWords_1.de.from(v.missing)}.${v.districtWide.length > 0 ? ` Bezirksweit tätig sind Partner aus ${findingWords_1.de.from(v.districtWide)}; Kliniken und Gesundheitsamt arbeiten ohnehin bezirksweit.` : ' Kliniken und Gesundheitsamt arbeiten bezirksweit; ob Familien vor Ort Praxen und Beratung erreichen, zeigt die Liste nicht.'}`,
    'unclassified-actor': (v) => `„${v.name}“ ist keinem Akteurstyp zuzuordnen. Tragen Sie die Art der Einrichtung ein.`,
    'kernbereich-differs': (v) => `„${v.name}“ steht als ${(0, names_1.kernbereichLabel)(v.stated, 'de')} in der Liste; nach NZFH-Einteilung gehört ${(0, names_1.actorTypeLabel)(v.actorType, 'de')} ${(0, names_1.kernbereichAfterTo)(v.nzfh, 'de')}.`,
    'no-coordination': () => 'Die Partnerliste nennt keine Koordinierungsstelle (Kriterium 3.1). Das kann stimmen, wenn die Koordination sich nicht selbst als Partner führt; ein Eintrag „Koordination“ im Blatt „Netzwerkarbeit“ mit dem Stellenumfang belegt sie.',
    'steering-unknown': () => 'Die Liste hat keine Spalte „Steuerungsgruppe“; zu Kriterium 3.2 sagt sie nichts. Eine Steuerungsgruppe ist nach dem Kriterienpapier möglich, nicht Pflicht.',
    'steering-incomplete': (v) => `Die Liste deutet darauf hin, dass in der Steuerungsgruppe niemand aus ${findingWords_1.de.from(v.missing)} sitzt (Kriterium 3.2: wo es eine Steuerungsgruppe gibt, gehören Jugendhilfe, Beratung und Gesundheit hinein).`,
    'no-forum': () => 'In der Spalte „Netzwerkkonferenz“ ist niemand markiert (Kriterium 3.3). Hat noch keine Konferenz stattgefunden, ist das kein Widerspruch; datierte Konferenzen im Blatt „Netzwerkarbeit“ belegen das Kriterium.',
    'forum-low': (v) => `Laut Liste nehmen ${findingWords_1.de.pct(v.share)} der Partner an der Netzwerkkonferenz teil (Kriterium 3.3: ein regelmäßiges Forum aller Partner).`,
    'no-agreements': () => 'Kein Partner ist mit Kooperationsvereinbarung markiert. Zu Kriterium 3.4 (Absprachen für die Zusammenarbeit im Einzelfall) sagt eine zweiseitige Vereinbarung allein wenig; das ist ein Hinweis, kein Urteil.',
    'agreements-missing': (v) => `${v.count} von ${v.total} Partnern ohne Kooperationsvereinbarung laut Liste, darunter ${findingWords_1.de.list(v.examples)}.${v.unasked > 0 ? ` Bei ${v.unasked} weiteren sagt die Liste nichts dazu (ihr Blatt hat keine Spalte „Kooperationsvereinbarung“).` : ''}`,
    'health-youth-not-bound': (v) => `Die Liste deutet darauf hin, dass Jugendhilfe und Gesundheitswesen nicht durch Vereinbarungen verbunden sind: ohne Vereinbarung mit einem eigenständigen Partner ${findingWords_1.de.sectors(v.unbound)} (Kriterium 5.2; Dienste des Jugendamts selbst, etwa angestellte Familienhebammen, verbinden nicht).`,
    'criteria-sheet-not-found': () => 'Kein Kriterienblatt gefunden (eine Zeile je NZFH-Kriterium mit Status). Die Vorlage enthält eines.',
    'criteria-not-listed': (v) => `${v.missing.length} NZFH-Kriterien fehlen im Blatt „${v.sheet}“: ${v.missing.join(', ')}.`,
    'criterion-duplicate': (v) => `Kriterium ${v.criterion} steht mehrfach im Blatt; gewertet wird die erste Zeile.`,
    'criterion-met-contradicted': (v) => `Kriterium ${v.criterion} (${(0, names_1.criterionTitle)(v.criterion, 'de')}) ist als erfüllt markiert, die Netzwerkliste zeigt das Gegenteil: ${(0, findingWords_1.gapText)(v.gap, 'de')}`,
    'criterion-met-without-evidence': (v) => `Kriterium ${v.criterion} (${(0, names_1.criterionTitle)(v.criterion, 'de')}) ist als erfüllt markiert, aber ohne Nachweis.` +
        (v.lastEntryMs !== null
            ? ` Der letzte passende Eintrag im Blatt „Netzwerkarbeit“ ist vom ${(0, format_1.formatDate)(v.lastEntryMs, 'de')}, älter als ${v.months} Monate.`
            : ` Eine Angabe in der Spalte „Nachweis“ oder ein datierter Eintrag im Blatt „Netzwerkarbeit“ (nicht älter als ${v.months} Monate) belegt es.`),
    'criterion-list-hint': (v) => `Kriterium ${v.criterion} (${(0, names_1.criterionTitle)(v.criterion, 'de')}) ist als erfüllt markiert; die Netzwerkliste deutet nicht darauf hin: ${(0, findingWords_1.gapText)(v.gap, 'de')} Das kann stimmen; ein datierter Eintrag im Blatt „Netzwerkarbeit“ belegt es.`,
    'budget-not-found': () => 'Kein Budgetblatt gefunden (Spalten wie „Betrag“ und „Sozialraum“ oder „Maßnahme“); Budget und Bedarf werden nicht verglichen.',
    'need-unknown': () => 'Bedarf nicht berechenbar: Es fehlt die Zahl der Geburten im Jahr (Einstellungen: „Geburten“) oder ersatzweise der Kinder von 0–3 Jahren („Kinder 0–3“ oder Einwohnerzahl und Anteil 0–3).',
    'budget-below-need': (v) => `Nach dem Bedarfsmodell liegt der Bedarf bei ${findingWords_1.de.model(v.need)} im Jahr; das Budget von ${findingWords_1.de.euro(v.total)} deckt davon ${findingWords_1.de.pctRange(v.coverage)} und liegt damit unter der niedrigen Schätzung. Die Annahmen stehen im Abschnitt zum Bedarfsmodell.`,
    'budget-within-need-range': (v) => `Nach dem Bedarfsmodell liegt der Bedarf bei ${findingWords_1.de.model(v.need)} im Jahr; das Budget von ${findingWords_1.de.euro(v.total)} liegt innerhalb dieser Spanne (es deckt ${findingWords_1.de.pctRange(v.coverage)}).`,
    'budget-covers-need': (v) => `Das Budget von ${findingWords_1.de.euro(v.total)} erreicht auch die hohe Schätzung des Bedarfsmodells (${findingWords_1.de.model(v.need)}).`,
    'budget-sozialraum-below-need': (v) => `Sozialraum ${v.sozialraum}: Das Budget von ${findingWords_1.de.euro(v.budget)} deckt nach dem Modell ${findingWords_1.de.pct(v.coverage)} des Bedarfs vor Ort (mittlere Schätzung ${findingWords_1.de.euro(v.need)}).`,
    'need-defaults-used': (v) => `Das Bedarfsmodell rechnet mit Standardwerten: ${v.sourced.length > 0 ? `mit Quelle ${findingWords_1.de.params(v.sourced)}` : ''}${v.sourced.length > 0 && v.assumptions.length > 0 ? '; ' : ''}${v.assumptions.length > 0 ? `als Annahme ${findingWords_1.de.params(v.assumptions)}` : ''}. Eigene Werte im Blatt Einstellungen ersetzen sie.`,
    'need-births-estimated': (v) => `Die Zahl der Geburten ist nicht angegeben; geschätzt als Kinder unter 3 Jahren ÷ 3 = ${(0, format_1.formatNumber)(v.births, 'de')} im Jahr. Die genaue Zahl hat die Statistikstelle (Einstellungen: „Geburten“).`,
    'need-settings-unused': (v) => `${findingWords_1.de.params(v.keys)} ${v.keys.length === 1 ? 'gehört' : 'gehören'} zum einfachen Bedarfsmodell und ${v.keys.length === 1 ? 'wird' : 'werden'} im Modell nach Maßnahmen nicht verwendet. Wer das einfache Modell will, trägt in den Einstellungen „Bedarfsmodell: einfach“ ein.`,
    'need-simple-model': () => 'Bedarf nach dem einfachen Modell (Kinder 0–3 × Anteil belasteter Familien × Kosten je Familie), wie in den Einstellungen gewählt. Es setzt für jedes belastete Kind jedes Jahr die Kosten einer längerfristigen Begleitung an und überschätzt den Bedarf deshalb; das Modell nach Maßnahmen ist vorsichtiger.',
    'budget-source-mix': (v) => `Finanzierung: ${findingWords_1.de.pct(v.bundesstiftung)} Bundesstiftung, ${findingWords_1.de.pct(v.kommunal)} kommunal, ${findingWords_1.de.pct(v.land)} Land (bundesweiter Durchschnitt 2020: 47 % / 41 % / 8 %).`,
};
