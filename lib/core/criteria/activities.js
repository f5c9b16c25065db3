"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ACTIVITIES = void 0;
exports.activityById = activityById;
exports.ACTIVITIES = [
    { kind: 'fortbildungsbedarf', label: { de: 'Erhebung des Fortbildungsbedarfs', en: 'Survey of training needs' }, criteria: ['3.6'], words: /fortbildungsbedarf|qualifizierungsbedarf|bedarfserhebung fortbildung|training needs/ },
    { kind: 'netzwerkkonferenz', label: { de: 'Netzwerkkonferenz', en: 'Network conference' }, criteria: ['3.3', '5.4'], words: /netzwerkkonferenz|netzwerktreffen|plenum|forum|network conference/ },
    { kind: 'steuerungsgruppe', label: { de: 'Sitzung der Steuerungsgruppe', en: 'Steering group meeting' }, criteria: ['3.2'], words: /steuerungsgruppe|lenkungskreis|steuerungsgremium|steering/ },
    { kind: 'arbeitsgruppe', label: { de: 'Sitzung einer Arbeitsgruppe', en: 'Working group meeting' }, criteria: ['4.2', '4.4'], words: /arbeitsgruppe|\bag\b|arbeitskreis|\bak\b|facharbeitskreis|qualitaetszirkel|working group/ },
    { kind: 'fallberatung', label: { de: 'Anonyme Fallberatung / Fallreflexion', en: 'Anonymous case consultation' }, criteria: ['4.5', '5.4'], words: /fallberatung|fallreflexion|fallbesprechung|kollegiale beratung|case (consultation|reflection)/ },
    { kind: 'fortbildung', label: { de: 'Gemeinsame Fortbildung', en: 'Joint training' }, criteria: ['3.6', '4.5'], words: /fortbildung|schulung|qualifizierung|fachtag|workshop|training/ },
    { kind: 'newsletter', label: { de: 'Newsletter / Rundbrief', en: 'Newsletter' }, criteria: ['4.7'], words: /newsletter|rundbrief|rundmail|infobrief|mitteilung an die partner/ },
    { kind: 'presse', label: { de: 'Presse- und Öffentlichkeitsarbeit', en: 'Press and public relations' }, criteria: ['4.8'], words: /presse|oeffentlichkeitsarbeit|zeitung|social media|flyer|kampagne|press|public relations/ },
    { kind: 'wegweiser', label: { de: 'Wegweiser / Angebotsübersicht', en: 'Guide to services' }, criteria: ['5.1'], words: /wegweiser|angebotsuebersicht|angebotsverzeichnis|familienwegweiser|uebersicht der angebote|guide/ },
    { kind: 'partnerbefragung', label: { de: 'Befragung der Netzwerkpartner', en: 'Partner survey' }, criteria: ['5.10'], words: /partnerbefragung|befragung der (netzwerk)?partner|netzwerkbefragung|evaluation|partner survey/ },
    { kind: 'elternbefragung', label: { de: 'Befragung von Eltern', en: 'Parent survey' }, criteria: ['5.13'], words: /elternbefragung|befragung (der|von) (eltern|familien)|familienbefragung|parent survey/ },
    { kind: 'konzeption', label: { de: 'Netzwerkkonzept (Fassung oder Überarbeitung)', en: 'Network concept (issued or revised)' }, criteria: ['6.1'], words: /konzept|konzeption|leitbild|concept/ },
    { kind: 'jugendhilfeplan', label: { de: 'Frühe Hilfen im Jugendhilfeplan', en: 'Frühe Hilfen in the youth welfare plan' }, criteria: ['3.5', '5.6'], words: /jugendhilfeplan|jugendhilfeausschuss|jha|youth welfare plan/ },
    { kind: 'koordination', label: { de: 'Koordinationsstelle besetzt (Umfang in VZÄ)', en: 'Coordination post staffed (FTE)' }, criteria: ['3.1'], words: /koordination|koordinierungsstelle|vza|vollzeit|stellenumfang|coordinat/ },
];
function activityById(kind) {
    return exports.ACTIVITIES.find((a) => a.kind === kind);
}
