"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ACTOR_TYPES = void 0;
exports.actorTypeById = actorTypeById;
exports.isActorTypeId = isActorTypeId;
exports.defaultTypeIds = defaultTypeIds;
const ENTRIES = [
    { id: 'jugendamt', label: 'Jugendamt', labelEn: 'Youth welfare office', kernbereich: 'jugendhilfe', requirement: 'required' },
    { id: 'asd', label: 'Allgemeiner Sozialer Dienst (ASD)', labelEn: 'General social service (ASD)', kernbereich: 'jugendhilfe', requirement: 'required', alsoCounts: ['jugendamt'] },
    { id: 'familienbildung', label: 'Familienbildung', labelEn: 'Family education', kernbereich: 'jugendhilfe', requirement: 'required' },
    { id: 'kita', label: 'Kindertagesbetreuung', labelEn: 'Day care (Kita, childminders)', kernbereich: 'jugendhilfe', requirement: 'required' },
    { id: 'erziehungsberatung', label: 'Erziehungs-/Familienberatung', labelEn: 'Parenting and family counselling', kernbereich: 'jugendhilfe', requirement: 'required' },
    { id: 'hilfen_zur_erziehung', label: 'Hilfen zur Erziehung', labelEn: 'Child-rearing support services (HzE)', kernbereich: 'jugendhilfe', requirement: 'recommended' },
    { id: 'familienzentrum', label: 'Familienzentrum', labelEn: 'Family centre', kernbereich: 'jugendhilfe', requirement: 'recommended' },
    { id: 'kinderschutz', label: 'Kinderschutzdienst/-zentrum', labelEn: 'Child protection service or centre', kernbereich: 'jugendhilfe', requirement: 'recommended' },
    { id: 'jugendhilfeeinrichtung', label: 'Kinder- und Jugendheim', labelEn: 'Residential youth care', kernbereich: 'jugendhilfe', requirement: 'optional' },
    { id: 'kliniksozialdienst', label: 'Krankenhaussozialdienst', labelEn: 'Hospital social service', kernbereich: 'jugendhilfe', requirement: 'optional' },
    { id: 'koordinierungsstelle', label: 'Netzwerkkoordination Frühe Hilfen', labelEn: 'Early childhood network coordination', kernbereich: 'jugendhilfe', requirement: 'optional' },
    { id: 'gesundheitsamt', label: 'Gesundheitsamt/KJGD', labelEn: 'Public health office / child health service', kernbereich: 'gesundheit', requirement: 'required' },
    { id: 'familienhebamme', label: 'Familienhebammen/FGKiKP', labelEn: 'Family midwives / family paediatric nurses', kernbereich: 'gesundheit', requirement: 'required' },
    { id: 'hebamme', label: 'Hebammen', labelEn: 'Midwives', kernbereich: 'gesundheit', requirement: 'required' },
    { id: 'kinderarzt', label: 'Kinderärzt:innen', labelEn: 'Paediatricians', kernbereich: 'gesundheit', requirement: 'required' },
    { id: 'frauenarzt', label: 'Frauenärzt:innen', labelEn: 'Gynaecologists', kernbereich: 'gesundheit', requirement: 'required' },
    { id: 'geburtsklinik', label: 'Geburtsklinik', labelEn: 'Maternity clinic', kernbereich: 'gesundheit', requirement: 'required', alsoCounts: ['krankenhaus'] },
    { id: 'fruehfoerderung', label: 'Frühförderung/SPZ', labelEn: 'Early intervention / social paediatric centre', kernbereich: 'gesundheit', requirement: 'required' },
    { id: 'kinderklinik', label: 'Kinderklinik', labelEn: "Children's hospital", kernbereich: 'gesundheit', requirement: 'recommended', alsoCounts: ['krankenhaus'] },
    { id: 'psychiatrie', label: 'Sozialpsychiatrischer Dienst/Psychiatrie', labelEn: 'Social psychiatric service / psychiatry', kernbereich: 'gesundheit', requirement: 'recommended' },
    { id: 'psychotherapie', label: 'Psychotherapeut:innen', labelEn: 'Psychotherapists', kernbereich: 'gesundheit', requirement: 'optional' },
    { id: 'krankenhaus', label: 'Krankenhaus', labelEn: 'Hospital', kernbereich: 'gesundheit', requirement: 'recommended' },
    { id: 'muettergenesung', label: 'Müttergenesung/Mutter-Kind-Kur', labelEn: "Mothers' convalescence", kernbereich: 'gesundheit', requirement: 'recommended' },
    { id: 'heilberufe', label: 'Weitere Heilberufe', labelEn: 'Other health professions', kernbereich: 'gesundheit', requirement: 'recommended' },
    { id: 'krankenkasse', label: 'Krankenkasse', labelEn: 'Health insurer', kernbereich: 'gesundheit', requirement: 'optional' },
    { id: 'lotsendienst', label: 'Lotsendienst/Babylotsen', labelEn: 'Pilot service (Babylotsen)', kernbereich: 'gesundheit', requirement: 'recommended' },
    { id: 'schwangerschaftsberatung', label: 'Schwangerschaftsberatung', labelEn: 'Pregnancy counselling', kernbereich: 'beratung', requirement: 'required' },
    { id: 'efl', label: 'Ehe-, Familien- und Lebensberatung', labelEn: 'Marriage, family and life counselling', kernbereich: 'beratung', requirement: 'optional' },
    { id: 'suchtberatung', label: 'Suchtberatung', labelEn: 'Addiction counselling', kernbereich: 'beratung', requirement: 'recommended' },
    { id: 'gewaltschutz', label: 'Gewaltschutz/Frauenhaus', labelEn: "Violence protection / women's shelter", kernbereich: 'beratung', requirement: 'recommended' },
    { id: 'schuldnerberatung', label: 'Schuldnerberatung', labelEn: 'Debt counselling', kernbereich: 'beratung', requirement: 'recommended' },
    { id: 'migrationsberatung', label: 'Migrationsberatung', labelEn: 'Migration counselling', kernbereich: 'beratung', requirement: 'recommended' },
    { id: 'ehrenamt', label: 'Ehrenamt/Familienpaten', labelEn: 'Volunteers / family mentors', kernbereich: 'beratung', requirement: 'recommended' },
    { id: 'sozialberatung', label: 'Beratung bei sozialen Problemlagen', labelEn: 'Social counselling', kernbereich: 'beratung', requirement: 'recommended' },
    { id: 'telefonseelsorge', label: 'Telefonseelsorge', labelEn: 'Telephone counselling', kernbereich: 'beratung', requirement: 'optional' },
    { id: 'familienrecht', label: 'Anwält:innen für Familienrecht', labelEn: 'Family-law lawyers', kernbereich: 'beratung', requirement: 'optional' },
    { id: 'jobcenter', label: 'Jobcenter/Agentur für Arbeit', labelEn: 'Job centre / employment agency', kernbereich: 'weitere', requirement: 'required' },
    { id: 'sozialamt', label: 'Sozialamt', labelEn: 'Social welfare office', kernbereich: 'weitere', requirement: 'recommended' },
    { id: 'familiengericht', label: 'Familiengericht', labelEn: 'Family court', kernbereich: 'weitere', requirement: 'recommended' },
    { id: 'polizei', label: 'Polizei/Ordnungsbehörde', labelEn: 'Police / public order office', kernbereich: 'weitere', requirement: 'recommended' },
    { id: 'schule', label: 'Schule', labelEn: 'School', kernbereich: 'weitere', requirement: 'recommended' },
    { id: 'eingliederungshilfe', label: 'Eingliederungshilfe (§ 125 SGB IX)', labelEn: 'Disability integration services', kernbereich: 'weitere', requirement: 'recommended' },
    { id: 'servicestelle', label: 'Gemeinsame Servicestelle', labelEn: 'Joint rehabilitation service point', kernbereich: 'weitere', requirement: 'optional' },
    { id: 'eutb', label: 'Ergänzende unabhängige Teilhabeberatung (EUTB)', labelEn: 'Independent participation counselling (EUTB)', kernbereich: 'weitere', requirement: 'recommended' },
    { id: 'mehrgenerationenhaus', label: 'Mehrgenerationenhaus', labelEn: 'Multi-generation house', kernbereich: 'weitere', requirement: 'recommended' },
    { id: 'rechtsberatung', label: 'Rechtsanwält:innen', labelEn: 'Lawyers', kernbereich: 'weitere', requirement: 'optional' },
    { id: 'betreuung_vormundschaft', label: 'Betreuung/Beistandschaft/Vormundschaft', labelEn: 'Guardianship and legal assistance', kernbereich: 'weitere', requirement: 'optional' },
    { id: 'quartiersarbeit', label: 'Quartiers- und Gemeinwesenarbeit', labelEn: 'Neighbourhood work', kernbereich: 'weitere', requirement: 'optional' },
    { id: 'wohnungshilfe', label: 'Wohnungshilfe/Wohnungsbau', labelEn: 'Housing assistance', kernbereich: 'weitere', requirement: 'optional' },
];
exports.ACTOR_TYPES = ENTRIES;
const BY_ID = new Map(exports.ACTOR_TYPES.map((t) => [t.id, t]));
function actorTypeById(id) {
    return BY_ID.get(id);
}
function isActorTypeId(id) {
    return BY_ID.has(id);
}
function defaultTypeIds(requirement) {
    return exports.ACTOR_TYPES.filter((t) => t.requirement === requirement).map((t) => t.id);
}
