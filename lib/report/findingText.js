"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formerReasonText = formerReasonText;
exports.findingText = findingText;
const referenceRates_1 = require("../core/taxonomy/referenceRates");
const format_1 = require("./format");
const names_1 = require("./names");
const de = {
    num: (n) => (0, format_1.formatNumber)(n, 'de', Number.isInteger(n) ? 0 : 2),
    euro: (n) => (0, format_1.formatEuro)(n, 'de'),
    model: (r) => (0, format_1.formatModelRange)(r, 'de'),
    pctRange: (r) => (0, format_1.formatPercentRange)(r, 'de'),
    params: (ids) => (0, format_1.formatList)(ids.map((id) => (0, names_1.needParameterLabel)(id, 'de')), 'de'),
    pct: (n, digits = 0) => (0, format_1.formatPercent)(n, 'de', digits),
    list: (items) => (0, format_1.formatList)(items, 'de'),
    from: (ks) => (0, format_1.formatList)(ks.map((k) => (0, names_1.kernbereichAfterFrom)(k, 'de')), 'de'),
    sectors: (ks) => (0, format_1.formatList)(ks.map((k) => (0, names_1.kernbereichLabel)(k, 'de')), 'de'),
};
const en = {
    num: (n) => (0, format_1.formatNumber)(n, 'en', Number.isInteger(n) ? 0 : 2),
    euro: (n) => (0, format_1.formatEuro)(n, 'en'),
    model: (r) => (0, format_1.formatModelRange)(r, 'en'),
    pctRange: (r) => (0, format_1.formatPercentRange)(r, 'en'),
    params: (ids) => (0, format_1.formatList)(ids.map((id) => (0, names_1.needParameterLabel)(id, 'en')), 'en'),
    pct: (n, digits = 0) => (0, format_1.formatPercent)(n, 'en', digits),
    list: (items) => (0, format_1.formatList)(items, 'en'),
    from: (ks) => (0, format_1.formatList)(ks.map((k) => (0, names_1.kernbereichAfterFrom)(k, 'en')), 'en'),
    sectors: (ks) => (0, format_1.formatList)(ks.map((k) => (0, names_1.kernbereichLabel)(k, 'en')), 'en'),
};
function gapText(gap, lang) {
    const w = lang === 'de' ? de : en;
    switch (gap.kind) {
        case 'no-coordination':
            return lang === 'de' ? 'Die Liste nennt keine Koordinierungsstelle.' : 'the list names no coordination office.';
        case 'no-youth-office':
            return lang === 'de' ? 'Das Jugendamt steht nicht in der Liste.' : 'the Jugendamt is not in the list.';
        case 'steering-incomplete':
            return lang === 'de' ? `In der Steuerungsgruppe ist niemand aus ${w.from(gap.missing)}.` : `no one from ${w.from(gap.missing)} sits in the steering group.`;
        case 'health-youth-not-bound':
            return lang === 'de' ? `Ohne Vereinbarung mit einem eigenständigen Partner: ${w.sectors(gap.unbound)}.` : `no agreement with an independent partner in ${w.sectors(gap.unbound)}.`;
    }
}
const EXPECTED = {
    de: { plausible: 'Zahl', number: 'Zahl (etwa 812)', share: 'Anteil (etwa 12 %)', year: 'Jahr (etwa 2026)', yesno: 'ja oder nein', model: '„Maßnahmen“ oder „einfach“' },
    en: { plausible: 'a number', number: 'a number (e.g. 812)', share: 'a share (e.g. 12 %)', year: 'a year (e.g. 2026)', yesno: 'yes or no', model: '"Maßnahmen" or "einfach"' },
};
const REASONS = {
    de: { status: 'ausgeschieden laut Status', ended: 'Enddatum vorbei', note: 'ausgeschieden laut Bemerkung', struck: 'durchgestrichen', archive: 'unter „Archiv“ bzw. „ehemalige Partner“', hidden: 'Zeile ausgeblendet' },
    en: { status: 'left by status', ended: 'end date passed', note: 'left according to the remark', struck: 'struck through', archive: 'under "Archiv" or "former partners"', hidden: 'row hidden' },
};
function rateCounts(actorType, lang) {
    return referenceRates_1.REFERENCE_RATES[actorType]?.counts[lang] ?? (0, names_1.actorTypeLabel)(actorType, lang);
}
function formerReasonText(reason, lang) {
    return REASONS[lang][reason];
}
function formerReasons(reasons, lang) {
    return (0, format_1.formatList)(Object.entries(reasons).map(([r, n]) => `${n} ${REASONS[lang][r]}`), lang);
}
const GERMAN = {
    'error-cell': (v) => `Fehlerwert ${v.error} in der Zelle; sie wird als leer gelesen.`,
    'unclear-mark': (v) => `„${v.value}“ ist weder ja noch nein; die Zelle wird nicht gewertet.`,
    'unreadable-amount': (v) => `Betrag „${v.value}“ ist keine Zahl; die Zeile wird nicht gezählt.`,
    'override-sheet-missing': (v) => `Das gespeicherte Netzwerkblatt „${v.sheet}“ gibt es nicht mehr; das Blatt wurde neu gesucht.`,
    'status-unclear': (v) => `Status „${v.value}“ ist nicht eindeutig (aktiv oder ausgeschieden?); der Partner zählt als aktiv.`,
    'settings-sheet-missing': (v) => `Das in den Einstellungen genannte Netzwerkblatt „${v.sheet}“ gibt es nicht oder es enthält keine Partnerliste.`,
    'network-year-chosen': (v) => `Geprüft wird das Netzwerk ${v.year} (${de.list(v.sheets.map((x) => `„${x}“`))}), ${v.basis === 'settings' ? 'das Berichtsjahr aus den Einstellungen' : 'das neueste Jahr'}; nicht gelesen: ${de.list(v.leftOut.map((x) => `„${x}“`))}. Ein anderes Jahr: „Berichtsjahr“ in den Einstellungen.`,
    'network-year-missing': (v) => `Für das Berichtsjahr ${v.year} gibt es kein Netzwerkblatt (vorhanden: ${v.available.join(', ')}); geprüft wird das neueste.`,
    'network-sheets-combined': (v) => `Die Netzwerkliste steht auf ${v.sheets.length} Blättern (${de.list(v.sheets.map((x) => `„${x}“`))}); alle wurden als ein Netzwerk gelesen.` +
        (v.kernbereichFromName.length > 0 ? ` Den Kernbereich gibt der Blattname (${de.list(v.kernbereichFromName.map((x) => `„${x}“`))}), wo keine Spalte ihn nennt.` : '') +
        (v.sozialraumFromName.length > 0 ? ` Den Sozialraum gibt der Blattname (${de.list(v.sozialraumFromName.map((x) => `„${x}“`))}).` : ''),
    'network-sheet-left-out': (v) => v.versionOf !== null
        ? `Das Blatt „${v.sheet}“ ist eine weitere Fassung der Liste „${v.versionOf}“ (großenteils dieselben Partner) und wurde nicht gelesen, damit kein Partner doppelt oder aus einer alten Fassung zählt. Soll stattdessen dieses Blatt gelten, nennen Sie es in den Einstellungen unter „Netzwerkblätter“.`
        : `Das Blatt „${v.sheet}“ sieht ebenfalls wie eine Partnerliste aus, wurde aber nicht gelesen. Gehört es dazu, nennen Sie es in den Einstellungen unter „Netzwerkblätter“.`,
    'header-two-rows': (v) => `Die Spaltenüberschriften in „${v.sheet}“ stehen in zwei Zeilen (Gruppe darüber); sie wurden zusammen gelesen.`,
    'sozialraum-matrix': (v) => `„${v.sheet}“ ordnet die Partner in Spalten je Sozialraum zu (${de.list(v.sozialraeume)}): ein Kreuz gilt als „arbeitet in diesem Sozialraum“.`,
    'note-rows-skipped': (v) => `${v.count} ${v.count === 1 ? 'Zeile ist eine Anmerkung' : 'Zeilen sind Anmerkungen'} und ${v.count === 1 ? 'zählt' : 'zählen'} nicht als Partner: ${de.list(v.examples.map((x) => `„${x}“`))}.`,
    'former-partners': (v) => `${v.count} ${v.count === 1 ? 'Partner zählt' : 'Partner zählen'} nicht mehr mit (${formerReasons(v.reasons, 'de')}), darunter ${de.list(v.examples)}. Sie stehen unter „ehemalige Partner“.`,
    'filtered-rows-counted': (v) => `${v.count} ${v.count === 1 ? 'Zeile ist' : 'Zeilen sind'} nur durch einen Filter ausgeblendet und ${v.count === 1 ? 'zählt' : 'zählen'} mit.`,
    'partners-merged': (v) => `${v.count} ${v.count === 1 ? 'Partner steht' : 'Partner stehen'} mehrfach in der Liste (etwa je Sozialraum einmal), darunter ${de.list(v.examples)}; jeder zählt einmal für das Netzwerk und in jedem seiner Sozialräume.`,
    'type-from-contact': (v) => `Bei ${v.count} ${v.count === 1 ? 'Partner' : 'Partnern'} ergibt sich die Art aus der Ansprechperson (z. B. „Kinderärztin“), darunter ${de.list(v.examples)}.`,
    'types-taught': (v) => `Bei ${v.count} ${v.count === 1 ? 'Partner' : 'Partnern'} gilt die Art, die im Aufgabenbereich zugeordnet wurde (in der Arbeitsmappe gespeichert), darunter ${de.list(v.examples)}.`,
    'activity-entries-unused': (v) => `${v.undated + v.unknownKind} ${v.undated + v.unknownKind === 1 ? 'Eintrag' : 'Einträge'} im Blatt zur Netzwerkarbeit ${v.undated + v.unknownKind === 1 ? 'belegt' : 'belegen'} kein Kriterium (${[v.undated > 0 ? `${v.undated} ohne lesbares Datum` : '', v.unknownKind > 0 ? `${v.unknownKind} ohne erkennbare Art` : ''].filter((x) => x !== '').join(', ')}), darunter ${de.list(v.examples.map((x) => `„${x}“`))}.`,
    'budget-in-thousands': (v) => `Die Beträge stehen in Tausend Euro (Spalte „${v.header}“) und sind mit 1.000 multipliziert gelesen.`,
    'budget-section-chosen': (v) => `Das Budgetblatt führt Einnahmen und Ausgaben: gezählt sind die Ausgaben (${de.euro(v.spending)}), die Einnahmen (${de.euro(v.income)}, ${v.skipped} ${v.skipped === 1 ? 'Zeile' : 'Zeilen'}) nicht noch einmal.${v.spending === v.income ? '' : ' Die beiden Summen weichen voneinander ab.'}`,
    'budget-column-chosen': (v) => `Budget aus der Spalte „${v.header}“ (${v.basis === 'settings' ? 'Berichtsjahr' : 'neuestes Jahr'} ${v.year}); nicht gezählt: ${de.list(v.others.map((x) => `„${x}“`))}. Ein anderes Jahr: „Berichtsjahr“ in den Einstellungen.`,
    'budget-year-missing': (v) => `${v.scope === 'sheet' ? 'Es gibt kein Budgetblatt' : v.scope === 'rows' ? 'Das Budgetblatt hat keine Zeilen' : 'Das Budgetblatt hat keine Spalte'} für das Berichtsjahr ${v.year} (vorhanden: ${v.available.join(', ')}); das Budget bleibt unbekannt statt eines anderen Jahres.`,
    'budget-rows-chosen': (v) => `Budget aus den Zeilen mit „${v.header}“ ${v.year} (${v.basis === 'settings' ? 'Berichtsjahr' : 'neuestes Jahr'}); nicht gezählt: ${v.skipped} ${v.skipped === 1 ? 'Zeile' : 'Zeilen'} der Jahre ${v.others.join(', ')}. Ein anderes Jahr: „Berichtsjahr“ in den Einstellungen.`,
    'budget-sheet-chosen': (v) => `Budget aus dem Blatt „${v.sheet}“ (${v.basis === 'settings' ? 'Berichtsjahr' : 'neuestes Jahr'} ${v.year}); nicht gelesen: ${de.list(v.others.map((x) => `„${x}“`))}. Ein anderes Jahr: „Berichtsjahr“ in den Einstellungen.`,
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
        ? `Einstellung „${v.label}“: ${v.value} liegt außerhalb des Plausiblen (${de.num(v.range[0])} bis ${de.num(v.range[1])}); der Wert bleibt unberücksichtigt.`
        : `Einstellung „${v.label}“: „${v.value}“ ist nicht lesbar als ${EXPECTED.de[v.expected]}; der Wert bleibt unberücksichtigt.`,
    'missing-kernbereich': (v) => `Kein Partner aus ${(0, names_1.kernbereichAfterFrom)(v.kernbereich, 'de')}: Dieser Kernbereich ist im Netzwerk nicht vertreten.`,
    'missing-actor-type': (v) => `${v.requirement === 'required' ? 'Pflicht-Akteur fehlt' : 'Empfohlener Akteur fehlt'}: ${(0, names_1.actorTypeLabel)(v.actorType, 'de')} (${(0, names_1.kernbereichLabel)(v.kernbereich, 'de')}).` +
        (v.former.length > 0 ? ` Früher in der Liste: ${de.list(v.former)}.` : '') +
        (v.referenceRate ? ` Bundesweit haben ${de.pct(v.referenceRate.share, 1)} der Netzwerke einen solchen Partner (gezählt: ${rateCounts(v.actorType, 'de')}; NZFH-Kommunalbefragung ${v.referenceRate.year}).` : ''),
    'actor-type-absent': (v) => `${(0, names_1.actorTypeLabel)(v.actorType, 'de')}: laut Einstellungen im Bezirk nicht vorhanden${v.instead ? `; Familien gehen zu: ${v.instead}` : ''}. Deshalb kein Fehler; ob die Familien dort gut ankommen, gehört in die Netzwerkarbeit.`,
    'sozialraum-missing-kernbereich': (v) => v.missing.includes('jugendhilfe')
        ? `Sozialraum ${v.sozialraum}: vor Ort kein Partner aus der Kinder- und Jugendhilfe; Kitas und Familienzentren gehören in den Sozialraum (Kriterium 4.3).`
        : `Sozialraum ${v.sozialraum}: vor Ort kein Partner aus ${de.from(v.missing)}.${v.districtWide.length > 0 ? ` Bezirksweit tätig sind Partner aus ${de.from(v.districtWide)}; Kliniken und Gesundheitsamt arbeiten ohnehin bezirksweit.` : ' Kliniken und Gesundheitsamt arbeiten bezirksweit; ob Familien vor Ort Praxen und Beratung erreichen, zeigt die Liste nicht.'}`,
    'unclassified-actor': (v) => `„${v.name}“ ist keinem Akteurstyp zuzuordnen. Tragen Sie die Art der Einrichtung ein.`,
    'kernbereich-differs': (v) => `„${v.name}“ steht als ${(0, names_1.kernbereichLabel)(v.stated, 'de')} in der Liste; nach NZFH-Einteilung gehört ${(0, names_1.actorTypeLabel)(v.actorType, 'de')} ${(0, names_1.kernbereichAfterTo)(v.nzfh, 'de')}.`,
    'no-coordination': () => 'Die Partnerliste nennt keine Koordinierungsstelle (Kriterium 3.1). Das kann stimmen, wenn die Koordination sich nicht selbst als Partner führt; ein Eintrag „Koordination“ im Blatt „Netzwerkarbeit“ mit dem Stellenumfang belegt sie.',
    'steering-unknown': () => 'Die Liste hat keine Spalte „Steuerungsgruppe“; zu Kriterium 3.2 sagt sie nichts. Eine Steuerungsgruppe ist nach dem Kriterienpapier möglich, nicht Pflicht.',
    'steering-incomplete': (v) => `Die Liste deutet darauf hin, dass in der Steuerungsgruppe niemand aus ${de.from(v.missing)} sitzt (Kriterium 3.2: wo es eine Steuerungsgruppe gibt, gehören Jugendhilfe, Beratung und Gesundheit hinein).`,
    'no-forum': () => 'In der Spalte „Netzwerkkonferenz“ ist niemand markiert (Kriterium 3.3). Hat noch keine Konferenz stattgefunden, ist das kein Widerspruch; datierte Konferenzen im Blatt „Netzwerkarbeit“ belegen das Kriterium.',
    'forum-low': (v) => `Laut Liste nehmen ${de.pct(v.share)} der Partner an der Netzwerkkonferenz teil (Kriterium 3.3: ein regelmäßiges Forum aller Partner).`,
    'no-agreements': () => 'Kein Partner ist mit Kooperationsvereinbarung markiert. Zu Kriterium 3.4 (Absprachen für die Zusammenarbeit im Einzelfall) sagt eine zweiseitige Vereinbarung allein wenig; das ist ein Hinweis, kein Urteil.',
    'agreements-missing': (v) => `${v.count} von ${v.total} Partnern ohne Kooperationsvereinbarung laut Liste, darunter ${de.list(v.examples)}.${v.unasked > 0 ? ` Bei ${v.unasked} weiteren sagt die Liste nichts dazu (ihr Blatt hat keine Spalte „Kooperationsvereinbarung“).` : ''}`,
    'health-youth-not-bound': (v) => `Die Liste deutet darauf hin, dass Jugendhilfe und Gesundheitswesen nicht durch Vereinbarungen verbunden sind: ohne Vereinbarung mit einem eigenständigen Partner ${de.sectors(v.unbound)} (Kriterium 5.2; Dienste des Jugendamts selbst, etwa angestellte Familienhebammen, verbinden nicht).`,
    'criteria-sheet-not-found': () => 'Kein Kriterienblatt gefunden (eine Zeile je NZFH-Kriterium mit Status). Die Vorlage enthält eines.',
    'criteria-not-listed': (v) => `${v.missing.length} NZFH-Kriterien fehlen im Blatt „${v.sheet}“: ${v.missing.join(', ')}.`,
    'criterion-duplicate': (v) => `Kriterium ${v.criterion} steht mehrfach im Blatt; gewertet wird die erste Zeile.`,
    'criterion-met-contradicted': (v) => `Kriterium ${v.criterion} (${(0, names_1.criterionTitle)(v.criterion, 'de')}) ist als erfüllt markiert, die Netzwerkliste zeigt das Gegenteil: ${gapText(v.gap, 'de')}`,
    'criterion-met-without-evidence': (v) => `Kriterium ${v.criterion} (${(0, names_1.criterionTitle)(v.criterion, 'de')}) ist als erfüllt markiert, aber ohne Nachweis.` +
        (v.lastEntryMs !== null
            ? ` Der letzte passende Eintrag im Blatt „Netzwerkarbeit“ ist vom ${(0, format_1.formatDate)(v.lastEntryMs, 'de')}, älter als ${v.months} Monate.`
            : ` Eine Angabe in der Spalte „Nachweis“ oder ein datierter Eintrag im Blatt „Netzwerkarbeit“ (nicht älter als ${v.months} Monate) belegt es.`),
    'criterion-list-hint': (v) => `Kriterium ${v.criterion} (${(0, names_1.criterionTitle)(v.criterion, 'de')}) ist als erfüllt markiert; die Netzwerkliste deutet nicht darauf hin: ${gapText(v.gap, 'de')} Das kann stimmen; ein datierter Eintrag im Blatt „Netzwerkarbeit“ belegt es.`,
    'budget-not-found': () => 'Kein Budgetblatt gefunden (Spalten wie „Betrag“ und „Sozialraum“ oder „Maßnahme“); Budget und Bedarf werden nicht verglichen.',
    'need-unknown': () => 'Bedarf nicht berechenbar: Es fehlt die Zahl der Geburten im Jahr (Einstellungen: „Geburten“) oder ersatzweise der Kinder von 0–3 Jahren („Kinder 0–3“ oder Einwohnerzahl und Anteil 0–3).',
    'budget-below-need': (v) => `Nach dem Bedarfsmodell liegt der Bedarf bei ${de.model(v.need)} im Jahr; das Budget von ${de.euro(v.total)} deckt davon ${de.pctRange(v.coverage)} und liegt damit unter der niedrigen Schätzung. Die Annahmen stehen im Abschnitt zum Bedarfsmodell.`,
    'budget-within-need-range': (v) => `Nach dem Bedarfsmodell liegt der Bedarf bei ${de.model(v.need)} im Jahr; das Budget von ${de.euro(v.total)} liegt innerhalb dieser Spanne (es deckt ${de.pctRange(v.coverage)}).`,
    'budget-covers-need': (v) => `Das Budget von ${de.euro(v.total)} erreicht auch die hohe Schätzung des Bedarfsmodells (${de.model(v.need)}).`,
    'budget-sozialraum-below-need': (v) => `Sozialraum ${v.sozialraum}: Das Budget von ${de.euro(v.budget)} deckt nach dem Modell ${de.pct(v.coverage)} des Bedarfs vor Ort (mittlere Schätzung ${de.euro(v.need)}).`,
    'need-defaults-used': (v) => `Das Bedarfsmodell rechnet mit Standardwerten: ${v.sourced.length > 0 ? `mit Quelle ${de.params(v.sourced)}` : ''}${v.sourced.length > 0 && v.assumptions.length > 0 ? '; ' : ''}${v.assumptions.length > 0 ? `als Annahme ${de.params(v.assumptions)}` : ''}. Eigene Werte im Blatt Einstellungen ersetzen sie.`,
    'need-births-estimated': (v) => `Die Zahl der Geburten ist nicht angegeben; geschätzt als Kinder unter 3 Jahren ÷ 3 = ${(0, format_1.formatNumber)(v.births, 'de')} im Jahr. Die genaue Zahl hat die Statistikstelle (Einstellungen: „Geburten“).`,
    'need-settings-unused': (v) => `${de.params(v.keys)} ${v.keys.length === 1 ? 'gehört' : 'gehören'} zum einfachen Bedarfsmodell und ${v.keys.length === 1 ? 'wird' : 'werden'} im Modell nach Maßnahmen nicht verwendet. Wer das einfache Modell will, trägt in den Einstellungen „Bedarfsmodell: einfach“ ein.`,
    'need-simple-model': () => 'Bedarf nach dem einfachen Modell (Kinder 0–3 × Anteil belasteter Familien × Kosten je Familie), wie in den Einstellungen gewählt. Es setzt für jedes belastete Kind jedes Jahr die Kosten einer längerfristigen Begleitung an und überschätzt den Bedarf deshalb; das Modell nach Maßnahmen ist vorsichtiger.',
    'budget-source-mix': (v) => `Finanzierung: ${de.pct(v.bundesstiftung)} Bundesstiftung, ${de.pct(v.kommunal)} kommunal, ${de.pct(v.land)} Land (bundesweiter Durchschnitt 2020: 47 % / 41 % / 8 %).`,
};
const ENGLISH = {
    'error-cell': (v) => `Error value ${v.error} in this cell; it is read as empty.`,
    'unclear-mark': (v) => `"${v.value}" is neither yes nor no; the cell is not counted.`,
    'unreadable-amount': (v) => `Amount "${v.value}" is not a number; the line is not counted.`,
    'override-sheet-missing': (v) => `The saved network sheet "${v.sheet}" no longer exists; the sheet was detected again.`,
    'status-unclear': (v) => `Status "${v.value}" is unclear (active or left?); the partner counts as active.`,
    'settings-sheet-missing': (v) => `The network sheet "${v.sheet}" named in the settings does not exist or holds no partner list.`,
    'network-year-chosen': (v) => `Auditing the ${v.year} network (${en.list(v.sheets.map((x) => `"${x}"`))}), ${v.basis === 'settings' ? 'the reporting year from the settings' : 'the newest year'}; not read: ${en.list(v.leftOut.map((x) => `"${x}"`))}. Another year: "Berichtsjahr" in the settings.`,
    'network-year-missing': (v) => `There is no network sheet for the reporting year ${v.year} (available: ${v.available.join(', ')}); the newest is audited.`,
    'network-sheets-combined': (v) => `The network list spans ${v.sheets.length} sheets (${en.list(v.sheets.map((x) => `"${x}"`))}); all were read as one network.` +
        (v.kernbereichFromName.length > 0 ? ` The sheet name gives the core area (${en.list(v.kernbereichFromName.map((x) => `"${x}"`))}) where no column does.` : '') +
        (v.sozialraumFromName.length > 0 ? ` The sheet name gives the Sozialraum (${en.list(v.sozialraumFromName.map((x) => `"${x}"`))}).` : ''),
    'network-sheet-left-out': (v) => v.versionOf !== null
        ? `Sheet "${v.sheet}" is another version of the list "${v.versionOf}" (mostly the same partners) and was not read, so no partner counts twice or from an old version. If this sheet should count instead, name it under "Netzwerkblätter" in the settings.`
        : `Sheet "${v.sheet}" also looks like a partner list but was not read. If it belongs to the network, name it under "Netzwerkblätter" in the settings.`,
    'header-two-rows': (v) => `The column headings in "${v.sheet}" span two rows (a group above); they were read together.`,
    'sozialraum-matrix': (v) => `"${v.sheet}" assigns partners in one column per Sozialraum (${en.list(v.sozialraeume)}): a mark means "works in this Sozialraum".`,
    'note-rows-skipped': (v) => `${v.count} ${v.count === 1 ? 'row is a note' : 'rows are notes'} and ${v.count === 1 ? 'does' : 'do'} not count as partners: ${en.list(v.examples.map((x) => `"${x}"`))}.`,
    'former-partners': (v) => `${v.count} ${v.count === 1 ? 'partner no longer counts' : 'partners no longer count'} (${formerReasons(v.reasons, 'en')}), among them ${en.list(v.examples)}. They are listed under "former partners".`,
    'filtered-rows-counted': (v) => `${v.count} ${v.count === 1 ? 'row is' : 'rows are'} hidden only by a filter and still ${v.count === 1 ? 'counts' : 'count'}.`,
    'partners-merged': (v) => `${v.count} ${v.count === 1 ? 'partner appears' : 'partners appear'} more than once (e.g. once per Sozialraum), among them ${en.list(v.examples)}; each counts once for the network and in each of its Sozialräume.`,
    'type-from-contact': (v) => `For ${v.count} ${v.count === 1 ? 'partner' : 'partners'} the kind comes from the contact person (e.g. "Kinderärztin"), among them ${en.list(v.examples)}.`,
    'types-taught': (v) => `For ${v.count} ${v.count === 1 ? 'partner' : 'partners'} the type assigned in the task pane (saved in the workbook) applies, among them ${en.list(v.examples)}.`,
    'activity-entries-unused': (v) => `${v.undated + v.unknownKind} ${v.undated + v.unknownKind === 1 ? 'entry' : 'entries'} in the network-work sheet support no criterion (${[v.undated > 0 ? `${v.undated} without a readable date` : '', v.unknownKind > 0 ? `${v.unknownKind} of no known kind` : ''].filter((x) => x !== '').join(', ')}), among them ${en.list(v.examples.map((x) => `"${x}"`))}.`,
    'budget-in-thousands': (v) => `The amounts are in thousands of euros (column "${v.header}") and were read multiplied by 1,000.`,
    'budget-section-chosen': (v) => `The budget sheet lists income and spending: the spending counts (${en.euro(v.spending)}), the income (${en.euro(v.income)}, ${v.skipped} ${v.skipped === 1 ? 'row' : 'rows'}) not a second time.${v.spending === v.income ? '' : ' The two sums differ.'}`,
    'budget-column-chosen': (v) => `Budget from column "${v.header}" (${v.basis === 'settings' ? 'reporting year' : 'newest year'} ${v.year}); not counted: ${en.list(v.others.map((x) => `"${x}"`))}. Another year: "Berichtsjahr" in the settings.`,
    'budget-year-missing': (v) => `${v.scope === 'sheet' ? 'There is no budget sheet' : v.scope === 'rows' ? 'The budget sheet has no rows' : 'The budget sheet has no column'} for the reporting year ${v.year} (available: ${v.available.join(', ')}); the budget stays unknown rather than another year's.`,
    'budget-rows-chosen': (v) => `Budget from the rows with "${v.header}" ${v.year} (${v.basis === 'settings' ? 'reporting year' : 'newest year'}); not counted: ${v.skipped} ${v.skipped === 1 ? 'row' : 'rows'} of ${v.others.join(', ')}. Another year: "Berichtsjahr" in the settings.`,
    'budget-sheet-chosen': (v) => `Budget from the sheet "${v.sheet}" (${v.basis === 'settings' ? 'reporting year' : 'newest year'} ${v.year}); not read: ${en.list(v.others.map((x) => `"${x}"`))}. Another year: "Berichtsjahr" in the Einstellungen sheet.`,
    'criteria-tick-form': (v) => `"${v.sheet}" is a tick form (one column per status); each criterion takes the column ticked.`,
    'criterion-status-unclear': (v) => v.value !== null
        ? `Criterion ${v.criterion}: status "${v.value}" is none of met, partly, not met, open; it stays open (not "met").`
        : `Criterion ${v.criterion}: ${v.ticks === 0 ? 'nothing' : `${v.ticks} columns`} ticked; its status stays open (not "met").`,
    'layout-unreadable': (v) => {
        const seen = v.what.filter((w) => w !== 'struckUnchecked').map((w) => (w === 'hiddenRows' ? 'rows are hidden' : 'entries are struck through'));
        const lead = seen.length > 0 ? `In "${v.sheet}" ${seen.join(' and ')}, but this Excel version cannot tell which: every row counts.` : `This Excel version cannot see strikethrough in "${v.sheet}": struck-through partners count.`;
        return `${lead} Former partners are recognised here only by a status column or an end date; fh-check reads the file in full.`;
    },
    'sheet-clipped': (v) => `Sheet "${v.sheet}" is too large to read whole: only its first ${(0, format_1.formatNumber)(v.keptRows, 'en')} of ${(0, format_1.formatNumber)(v.totalRows, 'en')} rows were checked. Partners further down are missing from this result; check the file with fh-check or make the sheet smaller.`,
    'network-sheet-not-found': () => 'No network list found: no sheet has a header with columns such as "Einrichtung", "Art" or "Sozialraum". Pick the sheet and columns in the task pane or start from the template.',
    'network-empty': (v) => `Sheet "${v.sheet}" lists no network partners below its header.`,
    'settings-unknown-type': (v) => `Unknown actor type in the settings: "${v.value}"; it is ignored.`,
    'setting-unreadable': (v) => v.expected === 'plausible' && v.range
        ? `Setting "${v.label}": ${v.value} is outside what is plausible (${en.num(v.range[0])} to ${en.num(v.range[1])}); the value is not used.`
        : `Setting "${v.label}": "${v.value}" cannot be read as ${EXPECTED.en[v.expected]}; the value is not used.`,
    'missing-kernbereich': (v) => `No partner from ${(0, names_1.kernbereichAfterFrom)(v.kernbereich, 'en')}: this core area is not represented in the network.`,
    'missing-actor-type': (v) => `${v.requirement === 'required' ? 'Required actor missing' : 'Recommended actor missing'}: ${(0, names_1.actorTypeLabel)(v.actorType, 'en')} (${(0, names_1.kernbereichLabel)(v.kernbereich, 'en')}).` +
        (v.former.length > 0 ? ` Formerly in the list: ${en.list(v.former)}.` : '') +
        (v.referenceRate ? ` Nationally ${en.pct(v.referenceRate.share, 1)} of networks include such a partner (counted: ${rateCounts(v.actorType, 'en')}; NZFH municipal survey ${v.referenceRate.year}).` : ''),
    'actor-type-absent': (v) => `${(0, names_1.actorTypeLabel)(v.actorType, 'en')}: not in the district, by the settings${v.instead ? `; families go to: ${v.instead}` : ''}. So no error; whether families get there well is a matter for the network's work.`,
    'sozialraum-missing-kernbereich': (v) => v.missing.includes('jugendhilfe')
        ? `Sozialraum ${v.sozialraum}: no local partner from youth welfare; day care and family centres belong in the Sozialraum (criterion 4.3).`
        : `Sozialraum ${v.sozialraum}: no local partner from ${en.from(v.missing)}.${v.districtWide.length > 0 ? ` District-wide partners come from ${en.from(v.districtWide)}; clinics and the public health office work district-wide anyway.` : ' Clinics and the public health office work district-wide; whether families reach practices and counselling locally, the list does not show.'}`,
    'unclassified-actor': (v) => `"${v.name}" matches no actor type. Enter the kind of organisation in the type column.`,
    'kernbereich-differs': (v) => `"${v.name}" is listed as ${(0, names_1.kernbereichLabel)(v.stated, 'en')}; the NZFH grouping puts ${(0, names_1.actorTypeLabel)(v.actorType, 'en')} in ${(0, names_1.kernbereichLabel)(v.nzfh, 'en')}.`,
    'no-coordination': () => 'The partner list names no coordination office (criterion 3.1). That may be right when the coordinators do not list their own office; a "Koordination" entry with the post\'s extent in the Netzwerkarbeit sheet shows it.',
    'steering-unknown': () => 'The list has no steering-group column; it says nothing about criterion 3.2. The criteria paper makes a steering group possible, not required.',
    'steering-incomplete': (v) => `The list suggests no one from ${en.from(v.missing)} sits in the steering group (criterion 3.2: where there is a steering group, youth welfare, counselling and health belong in it).`,
    'no-forum': () => 'No one is marked in the network-conference column (criterion 3.3). If no conference has been held yet, that is no contradiction; dated conferences in the Netzwerkarbeit sheet show the criterion.',
    'forum-low': (v) => `By the list, ${en.pct(v.share)} of partners take part in the network conference (criterion 3.3: a regular forum of all partners).`,
    'no-agreements': () => 'No partner is marked with a cooperation agreement. A bilateral agreement alone says little about criterion 3.4 (arrangements for working together on cases); this is a note, not a verdict.',
    'agreements-missing': (v) => `${v.count} of ${v.total} partners have no cooperation agreement by the list, among them ${en.list(v.examples)}.${v.unasked > 0 ? ` For ${v.unasked} more the list says nothing (their sheet has no agreement column).` : ''}`,
    'health-youth-not-bound': (v) => `The list suggests youth welfare and health are not bound by agreements: no agreement with an independent partner in ${en.sectors(v.unbound)} (criterion 5.2; the Jugendamt's own services, such as employed family midwives, bind nothing).`,
    'criteria-sheet-not-found': () => 'No criteria sheet found (one row per NZFH criterion with a status). The template has one.',
    'criteria-not-listed': (v) => `${v.missing.length} NZFH criteria are missing from sheet "${v.sheet}": ${v.missing.join(', ')}.`,
    'criterion-duplicate': (v) => `Criterion ${v.criterion} appears more than once; the first row counts.`,
    'criterion-met-contradicted': (v) => `Criterion ${v.criterion} (${(0, names_1.criterionTitle)(v.criterion, 'en')}) is marked as met, but the network list shows the opposite: ${gapText(v.gap, 'en')}`,
    'criterion-met-without-evidence': (v) => `Criterion ${v.criterion} (${(0, names_1.criterionTitle)(v.criterion, 'en')}) is marked as met but gives no evidence.` +
        (v.lastEntryMs !== null
            ? ` The last fitting entry in the Netzwerkarbeit sheet is from ${(0, format_1.formatDate)(v.lastEntryMs, 'en')}, older than ${v.months} months.`
            : ` A Nachweis cell or a dated entry in the Netzwerkarbeit sheet (no older than ${v.months} months) shows it.`),
    'criterion-list-hint': (v) => `Criterion ${v.criterion} (${(0, names_1.criterionTitle)(v.criterion, 'en')}) is marked as met; the network list does not suggest it: ${gapText(v.gap, 'en')} That may be right; a dated entry in the Netzwerkarbeit sheet shows it.`,
    'budget-not-found': () => 'No budget sheet found (columns such as "Betrag" and "Sozialraum" or "Maßnahme"); budget and need are not compared.',
    'need-unknown': () => 'Need cannot be estimated: the number of births a year is missing (settings: "Geburten"), or failing that the number of children aged 0–3 ("Kinder 0–3", or population and share aged 0–3).',
    'budget-below-need': (v) => `By the need model, need lies at ${en.model(v.need)} a year; the budget of ${en.euro(v.total)} covers ${en.pctRange(v.coverage)} of it, below the low estimate. The assumptions are in the need-model section.`,
    'budget-within-need-range': (v) => `By the need model, need lies at ${en.model(v.need)} a year; the budget of ${en.euro(v.total)} lies within that range (it covers ${en.pctRange(v.coverage)}).`,
    'budget-covers-need': (v) => `The budget of ${en.euro(v.total)} reaches even the need model's high estimate (${en.model(v.need)}).`,
    'budget-sozialraum-below-need': (v) => `Sozialraum ${v.sozialraum}: by the model, the budget of ${en.euro(v.budget)} covers ${en.pct(v.coverage)} of local need (middle estimate ${en.euro(v.need)}).`,
    'need-defaults-used': (v) => `The need model uses default values: ${v.sourced.length > 0 ? `sourced ${en.params(v.sourced)}` : ''}${v.sourced.length > 0 && v.assumptions.length > 0 ? '; ' : ''}${v.assumptions.length > 0 ? `assumed ${en.params(v.assumptions)}` : ''}. Your own values in the settings sheet replace them.`,
    'need-births-estimated': (v) => `The number of births is not given; estimated as children under 3 ÷ 3 = ${(0, format_1.formatNumber)(v.births, 'en')} a year. The statistics office has the exact figure (settings: "Geburten").`,
    'need-settings-unused': (v) => `${en.params(v.keys)} ${v.keys.length === 1 ? 'belongs' : 'belong'} to the simple need model and ${v.keys.length === 1 ? 'is' : 'are'} not used by the model by measures. To use the simple model, enter "Bedarfsmodell: einfach" in the settings.`,
    'need-simple-model': () => 'Need by the simple model (children 0–3 × share of burdened families × cost per family), as chosen in the settings. It prices every burdened child at long-term home visiting every year and so overstates need; the model by measures is more careful.',
    'budget-source-mix': (v) => `Funding: ${en.pct(v.bundesstiftung)} federal foundation, ${en.pct(v.kommunal)} municipal, ${en.pct(v.land)} state (national average 2020: 47 % / 41 % / 8 %).`,
};
const TEXTS = { de: GERMAN, en: ENGLISH };
function findingText(f, lang) {
    const text = TEXTS[lang][f.code];
    return text(f.values);
}
