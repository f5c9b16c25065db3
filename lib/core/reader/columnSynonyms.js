"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ACTIVITY_COLUMN_PATTERNS = exports.CRITERIA_COLUMN_PATTERNS = exports.BUDGET_COLUMN_PATTERNS = exports.NETWORK_COLUMN_PATTERNS = void 0;
exports.NETWORK_COLUMN_PATTERNS = [
    ['contact', /^(ansprech\w*|kontaktperson(en)?|kontakt|vertreten durch|vertreter\w*|person|fachkraft|contact( person)?)$|ansprechperson|ansprechpartner/],
    ['status', /^(status|mitgliedsstatus|netzwerkstatus|teilnahmestatus|aktiv\??|mitgliedschaft|status im netzwerk)$/],
    ['until', /^(bis|mitglied bis|aktiv bis|mitarbeit bis|dabei bis|ausgeschieden( am)?|austritt|austrittsdatum|ende|ende der mitarbeit|beendet( am)?)$/],
    ['note', /^(bemerkung|anmerkung|notiz|kommentar|hinweis|note|comment|remark)(en|e|s)?\b/],
    ['ignore', /ansprech|kontakt|telefon|\btel\b|e-?mail|adresse|anschrift|strasse|\bplz\b|homepage|website|\burl\b|bemerkung|notiz|kommentar|hinweis|\bnr\b|nummer|^#$|^lfd|seit\b|datum|\bdate\b|contact|phone|address|note|comment/],
    ['kernbereich', /kernbereich|sektor|sector|leistungsbereich|handlungsfeld|hilfesystem|versorgungsbereich/],
    ['agreement', /kooperationsvereinbarung|kooperationsvertrag|vereinb|\bkv\b|\bkoopv\b|agreement/],
    ['steering', /steuerungsgruppe|steuerungsgremium|steuerungskreis|lenkungskreis|lenkungsgruppe|steering/],
    ['forum', /netzwerkkonferenz|konferenz|forum|plenum|netzwerktreffen|conference/],
    ['role', /rolle|funktion|role/],
    ['sozialraum', /sozialraum|sozialraeume|stadtteil|ortsteil|planungsraum|region|bezirk|quartier|gemeinde|einzugsgebiet|standort|\bort\b|district|area|neighbourhood|neighborhood/],
    ['type', /\bart\b|\btyp\b|typ\b|type|kategorie|category|einrichtungsart|angebotsart|fachbereich|profession|berufsgruppe|akteursgruppe|bereich|sparte|angebot/],
    ['name', /\bname|name\b|einrichtung|institution|organi[sz]ation|akteur|partner|traeger|anbieter|bezeichnung|\bstelle\b|\bdienst\b|\bactor|provider|member/],
];
exports.BUDGET_COLUMN_PATTERNS = [
    ['year', /^(jahr|haushaltsjahr|foerderjahr|berichtsjahr|wirtschaftsjahr|zeitraum|year|fiscal year|budget year)$/],
    ['indicator', /sgb ?ii|sgb ?2|grundsicherung|belastung|sozialindex|armut|transferleist|burden|indikator|indicator/],
    ['births', /geburten|births/],
    ['children', /kinder.*(0\s*-\s*3|0\s*bis\s*3|unter\s*3|u\s*3|0-2)|\bu3\b|children|anzahl.*(0\s*-\s*3|u3)/],
    ['source', /finanzierung|quelle|mittelherkunft|herkunft|foerder|kostentraeger|geldgeber|funding|source/],
    ['amount', /betrag|budget|ansatz|mittel|kosten|euro|€|summe|amount|\beur\b|volumen|planwert|soll/],
    ['sozialraum', /sozialraum|stadtteil|ortsteil|planungsraum|region|bezirk|quartier|gemeinde|district|area/],
    ['label', /massnahme|angebot|projekt|position|posten|zweck|bezeichnung|measure|item|leistung|titel|^(einnahmen|ausgaben|aufwendungen|ertraege)$/],
    ['ignore', /bemerkung|notiz|kommentar|hinweis|\bnr\b/],
];
exports.CRITERIA_COLUMN_PATTERNS = [
    ['evidence', /nachweis|beleg|evidenz|evidence|dokument|quelle|bemerkung|kommentar/],
    ['status', /status|stand|bewertung|erfuell|umsetzung|einschaetzung|zielerreichung|assessment/],
    ['id', /^(nr|nummer|id|kriterium nr|krit)\b|^#$/],
    ['title', /kriterium|titel|beschreibung|qualitaetsmerkmal|criterion|title/],
];
exports.ACTIVITY_COLUMN_PATTERNS = [
    ['fte', /vollzeit|vza|\bfte\b|stellenumfang|umfang|stellenanteil/],
    ['date', /^(datum|termin|wann|zeitpunkt|stand|jahr|monat|date|when)\b|datum/],
    ['kind', /^(art|typ|anlass|format|kategorie|kind|type|category)\b|art der/],
    ['text', /beschreibung|titel|thema|inhalt|veranstaltung|bezeichnung|description|title|topic|what/],
    ['ignore', /teilnehm|ort|bemerkung|notiz|kriterium|participants|place|note/],
];
