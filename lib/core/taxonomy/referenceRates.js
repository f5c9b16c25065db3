"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REFERENCE_RATES = void 0;
const kommunalbefragung = (year) => ({
    survey: 'NZFH-Kommunalbefragung',
    year,
    publisher: 'Nationales Zentrum Frühe Hilfen (NZFH)',
    publication: 'fruehehilfen.de, „Kooperationspartner in Netzwerken Frühe Hilfen“',
});
const rate = (share, year, de, en) => ({ share, year, counts: { de, en }, source: kommunalbefragung(year) });
const COUNSELLING = rate(0.928, 2017, 'Erziehungs- und Ehe-, Familien- und Lebensberatung zusammen', 'Parenting and marriage, family and life counselling together');
exports.REFERENCE_RATES = {
    schwangerschaftsberatung: rate(0.957, 2017, 'Schwangerschaftsberatung', 'Pregnancy counselling'),
    familienhebamme: rate(0.929, 2020, 'Familienhebammen und FGKiKP', 'Family midwives and family paediatric nurses'),
    erziehungsberatung: COUNSELLING,
    efl: COUNSELLING,
    asd: rate(0.85, 2017, 'Allgemeiner Sozialer Dienst (ASD)', 'General social service (ASD)'),
    kita: rate(0.819, 2020, 'Kindertageseinrichtungen', 'Day-care centres'),
    familienzentrum: rate(0.748, 2020, 'Familienzentren', 'Family centres'),
    hilfen_zur_erziehung: rate(0.691, 2017, 'Anbieter von Hilfen zur Erziehung', 'Providers of child-rearing support (HzE)'),
    familienbildung: rate(0.608, 2020, 'Familienbildungsstätten', 'Family education centres'),
};
