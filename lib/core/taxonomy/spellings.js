"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KERNBEREICH_SPELLINGS = exports.SPELLINGS = void 0;
exports.withOfficeNumbersNamed = withOfficeNumbersNamed;
const group = (typeId, spellings, rank = 'specific') => ({ typeId, rank, spellings });
exports.SPELLINGS = [
    group('jugendamt', [
        '*jugendamt*', '*jugendämter', 'Amt für Jugend*', 'Amt für Kinder, Jugend und Familie', 'Fachbereich Jugend*',
        'Fachdienst Jugend*', 'Fachamt Jugend*', 'Abteilung Jugend*', 'Referat Jugend*', 'Dezernat Jugend*', 'Jugendbehörde',
        'Familienbüro*', 'Familienservicebüro*',
    ], 'broad'),
    group('jugendamt', ['Jugendhilfeplanung', 'Wirtschaftliche Jugendhilfe', 'Jugendgerichtshilfe', 'Jugendhilfe im Strafverfahren']),
    group('asd', [
        'ASD', 'BSD', 'KSD', 'RSD', 'Allgemeiner Sozialer Dienst', 'Allgemeine Soziale Dienste', 'Allgemeiner Sozialdienst',
        'Bezirkssozialdienst*', 'Bezirkssozialarbeit', 'Kommunaler Sozialer Dienst', 'Kommunaler Sozialdienst',
        'Regionaler Sozialer Dienst', 'Regionaler Sozialdienst', 'Regionaler Sozialpädagogischer Dienst', 'Sozialpädagogischer Dienst',
        'Kreissozialdienst', 'Sozialer Dienst des Jugendamtes',
    ]),
    group('familienbildung', [
        'Familienbildung*', '*familienbildungsstätte', 'FBS', 'Haus der Familie', 'Elternschule*', 'Elternbildung*', 'Elternkurs*',
        'Eltern-Kind-Gruppe*', 'Eltern-Kind-Kurs*', 'Eltern-Kind-Turnen', 'Mutter-Kind-Gruppe*', 'Eltern-Baby-Gruppe*', 'Krabbelgruppe*',
        'Eltern-Kind-Treff*', 'Elterncafé*', 'Babytreff*', 'PEKiP', 'Opstapje', 'HIPPY', 'Triple P', 'Griffbereit', 'Starke Eltern – Starke Kinder',
    ]),
    group('kita', [
        '*kita', 'KiTa-Fachberatung', 'Kitaleitung', 'Kitaträger', 'Kitaverbund', '*kindertagesstätte*', 'Kindertageseinrichtung*',
        'Kindertagesbetreuung', 'Kinderbetreuung*', 'Kindertagespflege*', 'Großtagespflege*', 'Tagespflegeperson*', 'Tagesmutter*',
        'Tagesmütter*', 'Tagesvater*', 'Tagesväter*', 'Tageseltern*', '*kindergarten', 'Kinderkrippe*', '*krippe', 'Krabbelstube*', '*kinderhaus', 'Kinderladen',
        '*hort',
    ]),
    group('erziehungsberatung', [
        '*erziehungsberatung*', 'Erziehungs- und Familienberatung*', 'Familienberatung*', '*elternberatung*', 'EB', 'EB-Stelle',
        'EFB', 'Erziehungsfrage*', 'Beratungsstelle für Eltern, Kinder und Jugendliche', 'Beratungsstelle für Kinder, Jugendliche und Eltern',
    ]),
    group('hilfen_zur_erziehung', [
        'Hilfen zur Erziehung', 'Hilfe zur Erziehung', 'HzE', 'SPFH', 'Sozialpädagogische Familienhilfe', 'Familienhilfe',
        'Erziehungsbeistand*', 'Erziehungshilfe*', '*erziehungshilfe', 'Ambulante Hilfen', 'Ambulante Jugendhilfe', 'Flexible Hilfen',
        'Soziale Gruppenarbeit', 'Tagesgruppe*', 'Pflegekinderdienst*', 'Pflegefamilie*', 'Vollzeitpflege',
    ]),
    group('familienzentrum', ['*familienzentrum*', '*familienzentren', 'Eltern-Kind-Zentrum', 'KiFaZ', 'FamZ', 'Familienstützpunkt*', 'Mütterzentrum']),
    group('kinderschutz', ['Kinderschutzbund*', 'DKSB'], 'broad'),
    group('kinderschutz', ['*kinderschutz*', 'Insoweit erfahrene Fachkraft', 'InsoFa', 'ISEF']),
    group('jugendhilfeeinrichtung', [
        '*kinderheim*', 'Kinder- und Jugendheim*', 'Jugendhilfeeinrichtung*', 'Einrichtung der Jugendhilfe', 'Jugendhilfezentrum',
        'Stationäre Jugendhilfe', 'Heimerziehung', '*kinderdorf*', '*wohngruppe*', 'Mutter-Kind-Einrichtung*', 'Mutter-Kind-Haus',
        'Mutter-Kind-Wohn*', 'Mutter-Vater-Kind-Einrichtung*', 'Eltern-Kind-Einrichtung*', 'Gemeinsame Wohnform*', 'Inobhutnahme*',
        'Intensive sozialpädagogische Einzelbetreuung', 'ISE', 'Kinder- und Jugendnotdienst', 'Kindernotdienst', 'Jugendnotdienst', 'KJND',
    ]),
    group('kliniksozialdienst', [
        '*krankenhaussozialdienst*', 'Kliniksozialdienst*', 'Klinik-Sozialdienst', 'Sozialdienst im Krankenhaus',
        'Sozialdienst des Klinikums', 'Klinischer Sozialdienst', 'Entlassmanagement',
    ]),
    group('koordinierungsstelle', ['Koordinierungsstelle'], 'broad'),
    group('koordinierungsstelle', [
        'Koordinierungsstelle Frühe Hilfen', 'Koordinationsstelle Frühe Hilfen', 'Koordination Frühe Hilfen',
        'Koordinator Frühe Hilfen', 'Netzwerkkoordination*',
        'Netzwerkkoordinator*', 'Netzwerk Frühe Hilfen', 'Fachstelle Frühe Hilfen', 'Fachdienst Frühe Hilfen', 'KoKi',
        'Koordinierende Kinderschutzstelle*', 'Netzwerk frühe Kindheit',
    ]),
    group('gesundheitsamt', [
        '*gesundheitsamt*', '*gesundheitsämter', 'Fachbereich Gesundheit', 'Fachdienst Gesundheit', 'Amt für Gesundheit',
        'Abteilung Gesundheit', 'Referat Gesundheit', 'Gesundheitsbehörde', 'Öffentlicher Gesundheitsdienst', 'ÖGD', '*gesundheitsdienst',
    ], 'broad'),
    group('gesundheitsamt', [
        'KJGD', 'KJÄD', 'Kinder- und Jugendgesundheitsdienst', 'Kinder- und Jugendärztlicher Dienst', 'Kinderärztlicher Dienst',
        'Jugendärztlicher Dienst', 'Schulärztlicher Dienst', 'Kinder- und Jugendzahnärztlicher Dienst', 'Jugendzahnärztlicher Dienst',
        'Zahnärztlicher Dienst', 'Amtsarzt*', 'Amtsärzt*', 'Schularzt*', 'Schulärzt*',
    ]),
    group('familienhebamme', [
        '*familienhebamme*', 'FamHeb', 'Fam.-Heb.', 'FGKiKP', 'Familien-Gesundheits- und Kinderkrankenpfleger*',
        'Familien-, Gesundheits- und Kinderkrankenpfleger*', 'Familien-Gesundheits-Kinderkrankenpfleger*',
        'Familien-Gesundheits- und Kinderkrankenpflege', 'Fam.-Gesundheits- und Kinderkrankenpfleger*', 'Fam.-Hebamme*', 'Fam.hebamme*',
        'Familiengesundheits- und Kinderkrankenpfleger*', 'Familienkinderkrankenpfleger*', 'Familienkinderkrankenschwester*',
        'Familiengesundheitspfleger*', 'GFB', 'Gesundheitsorientierte Familienbegleitung', 'LaB', 'Längerfristige aufsuchende Betreuung*',
        'Gesundheitsfachkraft Frühe Hilfen', 'Gesundheitsfachkräfte Frühe Hilfen',
    ]),
    group('hebamme', ['*hebamme*', 'Entbindungspfleger*', '*geburtshaus*', 'Geburtshäuser']),
    group('kinderarzt', [
        'Kinderarzt*', 'Kinderärztin', 'Kinderärzte*', 'Kinderärztliche Praxis', 'Kinderärztliche Gemeinschaftspraxis',
        'Kinderärztlicher Notdienst', 'Kinder- und Jugendarzt*', 'Kinder- und Jugendärztin', 'Kinder- und Jugendärztliche Praxis',
        'Pädiater*', 'Pädiatrische Praxis', 'Pädiatrische Gemeinschaftspraxis', 'BVKJ',
    ], 'profession'),
    group('kinderarzt', ['Kinder- und Jugendmedizin', 'Kinderheilkunde', 'Pädiatrie', 'Kindermedizin'], 'broad'),
    group('frauenarzt', [
        'Frauenarzt*', 'Frauenärztin', 'Frauenärzte*', 'Frauenärztliche Praxis', 'Frauenärztliche Gemeinschaftspraxis', 'Gynäkologe',
        'Gynäkologin', 'Gynäkolog', 'Gynäkologische Praxis', 'Gynäkologische Gemeinschaftspraxis', 'Gynpraxis', 'Gyn-Praxis', 'BVF',
    ], 'profession'),
    group('frauenarzt', ['Gynäkologie', 'Frauenheilkunde'], 'broad'),
    group('geburtsklinik', [
        '*geburtsklinik*', 'Entbindungsklinik*', 'Entbindungsstation*', 'Geburtsstation*', 'Geburtenstation*', 'Wochenstation*',
        'Wochenbettstation*', 'Kreißsaal', 'Kreißsäle', 'Perinatalzentr*', '*perinatalzentrum', '*frauenklinik*',
        'Geburtshilfliche Abteilung', 'Geburtshilfliche Klinik', 'Abteilung für Geburtshilfe', 'Klinik für Geburtshilfe',
        'Klinik für Gynäkologie*', 'Klinik für Frauenheilkunde*', 'Gynäkologische Klinik', 'Gynäkologische Abteilung',
        'Gynäkologie und Geburtshilfe', 'Frauenheilkunde und Geburtshilfe', 'Geburtsmedizin',
    ]),
    group('geburtsklinik', ['Geburtshilfe'], 'broad'),
    group('fruehfoerderung', ['*frühförder*', 'IFF', 'SPZ', 'Sozialpädiatrisch*', 'Sozialpädiatrie', 'Kinder- und Jugendambulanz*']),
    group('kinderklinik', [
        '*kinderklinik*', '*kinderkrankenhaus*', '*kinderhospital', 'Kinder- und Jugendklinik*', 'Kinderabteilung', 'Kinderstation',
        'Kinderintensivstation', 'Kinderchirurgie', 'Klinik für Kinder- und Jugendmedizin', 'Abteilung für Kinder- und Jugendmedizin',
        'Zentrum für Kinder- und Jugendmedizin', 'Klinik für Kinderheilkunde', 'Klinik für Pädiatrie', 'Pädiatrische Klinik',
        'Pädiatrische Abteilung', 'Neonatologie', 'Frühchenstation', 'Frühgeborenenstation',
    ]),
    group('psychiatrie', [
        '*psychiatr*', 'SpDi', 'KJP', 'KJPD', 'KJPP', '*psychiatrie und Psychotherapie', 'Psychosomati*',
        'Psychosomatische Medizin und Psychotherapie', 'Institutsambulanz',
    ]),
    group('psychotherapie', ['*psychotherap*']),
    group('krankenhaus', [
        '*krankenhaus*', '*krankenhäuser', '*klinik', 'Klinikum*', '*klinikum', 'Klinikverbund', 'Uniklinik*', 'Universitätsklinik*',
        '*hospital', '*spital',
    ], 'broad'),
    group('muettergenesung', [
        'Müttergenesung*', 'Mutter-Kind-Kur*', 'Mutter-Kind-Klinik*', 'Mütterkur*', 'Mutter-Kind-Vorsorge*', 'Vater-Kind-Kur*',
        'Eltern-Kind-Kur*', 'Kurberatung*', 'Elly-Heuss-Knapp-Stiftung',
    ]),
    group('heilberufe', [
        'Heilberuf*', 'Gesundheitsfachberuf*', 'Physiotherap*', 'Krankengymnastik*', 'Ergotherap*', 'Logopäd*', 'Stillberat*',
        'Laktationsberat*', 'Osteopath*', 'Diätassist*', 'Ernährungsberat*', '*apotheke', 'Apotheker*', 'Zahnarzt*', 'Zahnärzt*',
        'Hausarzt*', 'Hausärzt*', 'Allgemeinmedizin*', 'Ärztekammer', 'Kassenärztliche Vereinigung',
    ]),
    group('heilberufe', [
        '*arzt', 'Ärzteschaft', 'Ärztenetz*', 'Ärztehaus*', 'Arztpraxis', 'Gemeinschaftspraxis', 'Praxisgemeinschaft', '*arztpraxis', 'MVZ', 'Medizinisches Versorgungszentrum', '*pflegedienst', 'Sozialstation*',
        'Kinderkrankenpflege*', 'Kinderkrankenschwester*', 'Gesundheits- und Kinderkrankenpfleger*',
    ], 'broad'),
    group('krankenkasse', [
        '*krankenkasse*', 'Krankenversicherung*', 'Gesundheitskasse', 'Ersatzkasse*', 'AOK', 'BKK', 'IKK', 'DAK', 'KKH', 'Barmer',
        'Knappschaft',
    ]),
    group('lotsendienst', [
        'Babylots*', 'Baby-Lots*', 'Lotsendienst*', '*lotsendienst', 'Familienlots*', 'Lotse', 'Lotsin', 'Lotsinnen',
    ]),
    group('schwangerschaftsberatung', [
        '*schwangerschaftsberatung*', '*schwangerschaftskonflikt*', '*schwangerenberatung*', 'Schwangerenkonfliktberatung*',
        'Schwangerschaftsfragen', 'Beratung für Schwangere', 'pro familia', 'profamilia', 'donum vitae', 'Familienplanung*', 'Sexualberatung*',
    ]),
    group('efl', [
        'EFL', 'EFLB', 'Ehe-, Familien- und Lebensberatung*', 'Ehe- und Familienberatung*', 'Ehe- und Lebensberatung*',
        'Ehe-, Familien- und Lebensfragen', 'Lebensfrage*', '*lebensberatung*', 'Eheberatung*', '*paarberatung*', 'Partnerschaftsberatung*',
    ]),
    group('suchtberatung', [
        '*suchtberatung*', '*suchthilfe*', 'Suchtambulanz*', 'Suchtprävention', 'Suchtkranke*', 'Fachstelle Sucht*',
        '*drogenberatung*', 'Drogenhilfe*', '*drogenhilfe', 'Substitutionsambulanz*', 'Alkoholberatung', 'Blaues Kreuz', 'Kreuzbund',
        'Anonyme Alkoholiker',
    ]),
    group('gewaltschutz', [
        '*frauenhaus*', '*frauenhäuser', '*schutzhaus', 'Frauenschutzwohnung*', '*gewaltschutz*', 'Interventionsstelle*',
        'Häusliche Gewalt', 'Gewalt in engen sozialen Beziehungen', 'Gewalt gegen Frauen', 'Sexualisierte Gewalt',
        'Sexuelle Gewalt', 'Opfer von Gewalt', 'Beratungsstelle für Opfer von Gewalt', 'Weißer Ring', 'Opferberatung*',
        'Opferhilfe*', 'Frauennotruf*', 'Mädchennotruf*', 'Mädchenzuflucht', 'Frauenberatung*', 'Frauen helfen Frauen', 'Wildwasser',
        'Gewaltberatung*', 'Täterarbeit*', 'Täterberatung*',
    ]),
    group('schuldnerberatung', [
        '*schuldnerberatung*', 'Schuldner- und Insolvenzberatung*', 'Insolvenzberatung*', 'Schuldenberatung*', 'Schuldnerhilfe*',
    ]),
    group('migrationsberatung', [
        '*migrationsberatung*', '*migrationsdienst*', 'Migrationsfachdienst*', 'Migrationssozialarbeit', 'JMD', 'MBE',
        'Flüchtlingsberatung*', 'Flüchtlingssozialarbeit', 'Flüchtlingssozialberatung', 'Flüchtlingshilfe', 'Asylberatung',
        'Asylsozialberatung', 'Integrationsagentur*', 'Integrationszentrum', 'Integrationsberatung',
    ]),
    group('migrationsberatung', ['Migration*', 'Migrant*'], 'broad'),
    group('ehrenamt', [
        'Ehrenamt*', 'Freiwilligenagentur*', 'Freiwilligenzentr*', 'wellcome', 'Familienpat*', 'Elternpat*', 'Patenschaft*',
        '*patenschaft', 'Leihoma*', 'Leihgroßeltern', 'Großelterndienst', 'Nachbarschaftshilfe*', 'Bürgerschaftliches Engagement',
        'Netzwerk Gesunde Kinder',
    ]),
    group('sozialberatung', [
        'Sozialberatung*', 'Allgemeine Soziale Beratung', 'Soziale Beratung', 'Beratung bei sozialen Problemlagen',
        'Soziale Problemlagen', 'Kirchliche Allgemeine Sozialarbeit', 'KASA',
    ]),
    group('telefonseelsorge', [
        'Telefonseelsorge', 'Telefon-Seelsorge', 'Nummer gegen Kummer', 'Elterntelefon', 'Kinder- und Jugendtelefon', 'Krisentelefon',
    ]),
    group('familienrecht', [
        'Familienrecht*', 'Fachanwalt für Familienrecht', 'Fachanwältin für Familienrecht', 'Anwalt für Familienrecht',
        'Familienrechtler*', 'Kindschaftsrecht',
    ]),
    group('jobcenter', [
        'Jobcenter*', '*jobcenter', 'Job-Center', 'Agentur für Arbeit', 'Bundesagentur für Arbeit', 'Arbeitsagentur*', 'AfA', 'ARGE',
        'Arbeitsamt', 'SGB II', 'SGB III', 'Grundsicherung für Arbeitsuchende', 'Familienkasse',
    ]),
    group('sozialamt', [
        '*sozialamt', 'Sozialamt*', 'Sozialämter', 'Amt für Soziales', 'Fachbereich Soziales', 'Fachdienst Soziales', 'Fachamt Soziales',
        'Sozialbehörde', 'Sozialhilfe*', 'SGB XII', 'Grundsicherung*',
    ]),
    group('familiengericht', ['Familiengericht*', '*familiengericht', 'Amtsgericht*', 'Familienrichter*']),
    group('familiengericht', ['*gericht'], 'broad'),
    group('polizei', ['*polizei*', 'Ordnungsamt*', '*ordnungsamt', 'Ordnungsbehörde*']),
    group('schule', [
        'Schule', 'Grundschule*', 'Förderschule*', 'Gesamtschule*', 'Realschule*', 'Hauptschule*', 'Mittelschule*', 'Oberschule*',
        'Sekundarschule*', 'Gemeinschaftsschule*', 'Ganztagsschule*', 'Gymnasium', 'Gymnasien', 'Berufsschule*', 'Berufskolleg*',
        'Berufsbildende Schule*', 'Schulsozialarbeit*', 'Schulamt*', 'Schulpsycholog*', 'Schulverwaltung*', 'OGS',
    ]),
    group('eingliederungshilfe', ['Lebenshilfe*', 'SGB IX', 'Menschen mit Behinderung*'], 'broad'),
    group('eingliederungshilfe', [
        'Eingliederungshilfe*', 'Behindertenhilfe*', 'Werkstatt für behinderte Menschen', 'WfbM', 'Familienentlastender Dienst',
        'Familienunterstützender Dienst', 'FED', 'FuD', 'Offene Hilfen', 'Heilpädagogische Tagesstätte', 'HPT', 'Integrationsfachdienst',
    ]),
    group('servicestelle', [
        'Gemeinsame Servicestelle*', 'Servicestelle für Rehabilitation', 'Reha-Servicestelle*', 'Ansprechstelle für Rehabilitation*',
    ]),
    group('servicestelle', ['Servicestelle'], 'broad'),
    group('eutb', ['EUTB', '*teilhabeberatung*', 'Ergänzende unabhängige Teilhabeberatung']),
    group('mehrgenerationenhaus', ['Mehrgenerationenhaus*', 'Mehrgenerationenhäuser', 'MGH', 'Mehrgenerationentreff*']),
    group('rechtsberatung', ['Rechtsanwalt*', 'Rechtsanwält*', 'Anwalt*', 'Anwält*', 'Fachanwalt*', 'Fachanwält*', 'Anwaltskanzlei*'], 'broad'),
    group('rechtsberatung', ['Rechtsberatung*']),
    group('betreuung_vormundschaft', [
        'Vormund*', 'Vormünder', 'Amtsvormund*', 'Amtsvormünd*', 'Vereinsvormund*', 'Beistandschaft*', 'Beistand', 'Beistände',
        'Verfahrensbeistand*', 'Verfahrensbeistände', 'Amtspfleg*', 'Rechtliche Betreuung', 'Gerichtliche Betreuer*',
        'Berufsbetreuer*', 'Betreuungsverein*', 'Betreuungsbehörde*', 'Betreuungsstelle*', 'Betreuungsgericht*',
        'Anwalt des Kindes',
    ]),
    group('quartiersarbeit', [
        'Quartiersmanage*', 'Quartiersarbeit', 'Quartiersbüro', 'Quartierszentrum', 'Stadtteilarbeit', 'Stadtteilbüro',
        'Stadtteilzentrum', 'Stadtteiltreff*', 'Stadtteilmanagement', 'Stadtteilkoordination', 'Gemeinwesenarbeit', 'Gemeinwesenprojekt*',
        'GWA', 'Nachbarschaftszentrum', 'Nachbarschaftshaus', 'Nachbarschaftstreff*', 'Soziale Stadt',
    ]),
    group('wohnungshilfe', [
        'Wohnungshilfe*', 'Wohnungsbau*', 'Wohnbau*', 'Wohnungsgesellschaft*', 'Wohnungsgenossenschaft*', 'Wohnungsunternehmen',
        'Wohnungsamt', 'Wohngeld*', 'Wohnungslosenhilfe', 'Obdachlos*', 'Wohnungsnotf*', 'Fachstelle Wohnen', 'Mietverwaltung*',
        'Bauverein*', 'Baugenossenschaft*',
        'Hausverwaltung*',
    ]),
];
exports.KERNBEREICH_SPELLINGS = {
    jugendhilfe: ['Jugendhilfe', 'Kinder- und Jugendhilfe', 'KJH', 'JH', 'Jugend', 'Jugend und Familie', 'youth welfare', 'youth services'],
    gesundheit: [
        'Gesundheit', 'Gesundheitsbereich', 'Gesundheitswesen', 'Gesundheitssystem', 'Gesundheitshilfe', 'Gesundheitsversorgung', 'Medizin',
        'medizinisch', 'health', 'health care', 'healthcare',
    ],
    beratung: [
        'Beratung', 'psychosozial', 'psychosoziale Beratung', 'psychosoziale Beratungsstellen', 'psychosoziale Dienste', 'Beratungsdienste',
        'counselling', 'counseling', 'psychosocial counselling',
    ],
    weitere: [
        'Weitere', 'Weitere Akteure', 'Weitere Akteur:innen', 'Weitere Akteurinnen und Akteure', 'Sonstige', 'Sonstiges', 'Sonstige Akteure',
        'Bildung', 'Schule und Bildung', 'Soziales', 'Arbeit und Soziales', 'Justiz',
        'Andere', 'other', 'others', 'other actors', 'misc',
    ],
};
const OFFICE_NUMBER = /\b(amt|fb|fachbereich|fd|fachdienst|fachamt|abteilung|abt\.?|dezernat|referat)\s*(5[013])(?:\.\d+)*(?!\d|,\d)/gi;
const OFFICE_FIELD = { '50': 'Soziales', '51': 'Jugend', '53': 'Gesundheit' };
function withOfficeNumbersNamed(label) {
    if (!/5[013]/.test(label))
        return label;
    return label.replace(OFFICE_NUMBER, (_, office, number) => {
        const o = office.toLowerCase();
        const unit = o === 'fb' || o === 'fachbereich' ? 'Fachbereich' : o === 'fd' || o === 'fachdienst' ? 'Fachdienst' : 'Amt für';
        return `${unit} ${OFFICE_FIELD[number]}`;
    });
}
