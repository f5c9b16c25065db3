"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KERNBEREICH_SPELLINGS = exports.CONTEXT_RULES = exports.CUE_SPELLINGS = exports.SPELLINGS = void 0;
const group = (typeId, spellings, rank = 'specific') => ({ typeId, rank, spellings });
exports.SPELLINGS = [
    group('jugendamt', ['*jugendamt*', '*jugendämter', 'Amt für Jugend', 'Amt für Kinder, Jugend und Familie', 'Fachbereich Jugend*', 'Fachdienst Jugend*', 'Jugendhilfeausschuss', 'JHA', 'KJHA'], 'broad'),
    group('jugendamt', [
        'ASD', 'BSD', 'KSD', 'RSD', 'Allgemeiner Sozialer Dienst', 'Allgemeine Soziale Dienste', 'Allgemeiner Sozialdienst',
        'Bezirkssozialdienst*', 'Bezirkssozialarbeit', 'Kommunaler Sozialer Dienst', 'Kommunaler Sozialdienst',
        'Regionaler Sozialer Dienst', 'Regionaler Sozialdienst', 'Jugendhilfeplanung', 'Wirtschaftliche Jugendhilfe',
    ]),
    group('familienbildung', [
        'Familienbildung*', 'FBS', 'Haus der Familie', 'Elternschule*', 'Elternbildung*', 'Elternkurs*', 'Eltern-Kind-Gruppe*',
        'Eltern-Kind-Kurs*', 'Eltern-Kind-Turnen', 'PEKiP',
    ]),
    group('kita', [
        'Kita', 'Kitas', 'KiTa-Fachberatung', 'Kitaleitung', 'Kitaträger', 'Kitaverbund', 'Betriebskita', 'Waldkita',
        '*kindertagesstätte*', 'Kindertageseinrichtung*', 'Kindertagesbetreuung', 'Kindertagespflege*', 'Tagespflegeperson*',
        'Tagesmutter', 'Tagesmütter', 'Tagesvater', 'Tagesväter', 'Tageseltern', '*kindergarten', 'Kindergärten',
        'Kinderkrippe*', '*krippe', '*krippen',
    ]),
    group('erziehungsberatung', [
        '*erziehungsberatung*', 'Erziehungs- und Familienberatung*', 'Familienberatung*', 'Elternberatung*', 'EB-Stelle',
        'Beratungsstelle für Eltern, Kinder und Jugendliche', 'Beratungsstelle für Kinder, Jugendliche und Eltern',
    ]),
    group('hilfen_zur_erziehung', [
        'Hilfen zur Erziehung', 'Hilfe zur Erziehung', 'HzE', 'SPFH', 'Sozialpädagogische Familienhilfe', 'Familienhilfe',
        'Erziehungsbeistand*', 'Erziehungshilfe*', 'Ambulante Hilfen', 'Ambulante Jugendhilfe', 'Flexible Hilfen',
        'Soziale Gruppenarbeit', 'Tagesgruppe*', 'Pflegekinderdienst*', 'Pflegefamilie*', 'Vollzeitpflege',
    ]),
    group('familienzentrum', ['*familienzentrum*', '*familienzentren', 'Eltern-Kind-Zentrum', 'KiFaZ', 'Familienstützpunkt*', 'Mütterzentrum']),
    group('kinderschutz', ['*kinderschutz*', 'DKSB', 'Insoweit erfahrene Fachkraft', 'InsoFa', 'ISEF']),
    group('jugendhilfeeinrichtung', [
        'Kinderheim*', '*kinderheim', 'Kinder- und Jugendheim*', 'Jugendhilfeeinrichtung*', 'Einrichtung der Jugendhilfe',
        'Jugendhilfezentrum', 'Stationäre Jugendhilfe', 'Heimerziehung', 'Kinderdorf*', '*kinderdorf', 'Wohngruppe*',
        '*wohngruppe', 'Mutter-Kind-Einrichtung*', 'Mutter-Kind-Haus', 'Mutter-Vater-Kind-Einrichtung*',
        'Eltern-Kind-Einrichtung*', 'Inobhutnahme*', 'Intensive sozialpädagogische Einzelbetreuung', 'ISE',
    ]),
    group('kliniksozialdienst', [
        '*krankenhaussozialdienst*', 'Kliniksozialdienst*', 'Klinik-Sozialdienst', 'Sozialdienst im Krankenhaus',
        'Sozialdienst des Klinikums', 'Klinischer Sozialdienst', 'Entlassmanagement',
    ]),
    group('koordinierungsstelle', [
        'Koordinierungsstelle', 'Koordinierungsstellen', 'Koordinierungsstelle Frühe Hilfen', 'Koordinationsstelle Frühe Hilfen',
        'Netzwerkkoordination*', 'Netzwerkkoordinator*', 'Netzwerk Frühe Hilfen', 'Fachstelle Frühe Hilfen',
        'Fachdienst Frühe Hilfen', 'KoKi', 'Koordinierende Kinderschutzstelle*', 'Netzwerk frühe Kindheit',
    ]),
    group('gesundheitsamt', [
        '*gesundheitsamt*', '*gesundheitsämter', 'Fachbereich Gesundheit', 'Fachdienst Gesundheit', 'Amt für Gesundheit',
        'Gesundheitsbehörde', 'Öffentlicher Gesundheitsdienst', 'ÖGD',
    ], 'broad'),
    group('gesundheitsamt', [
        'KJGD', 'KJÄD', 'Kinder- und Jugendgesundheitsdienst', 'Kinder- und Jugendärztlicher Dienst', 'Kinderärztlicher Dienst',
        'Jugendärztlicher Dienst', 'Schulärztlicher Dienst', 'Kinder- und Jugendzahnärztlicher Dienst', 'Jugendzahnärztlicher Dienst',
    ]),
    group('familienhebamme', [
        '*familienhebamme*', 'Familien-Hebamme*', 'FamHeb', 'Fam.-Heb.', 'FGKiKP',
        'Familien-Gesundheits- und Kinderkrankenpfleger*', 'Familiengesundheits- und Kinderkrankenpfleger*',
        'Familienkinderkrankenpfleger*', 'Familienkinderkrankenschwester*', 'Familien-Kinderkrankenschwester*',
        'Familiengesundheitspfleger*', 'GFB', 'Gesundheitsorientierte Familienbegleitung', 'LaB',
        'Längerfristige aufsuchende Betreuung*', 'Gesundheitsfachkraft Frühe Hilfen', 'Gesundheitsfachkräfte Frühe Hilfen',
    ]),
    group('hebamme', ['*hebamme*', 'Entbindungspfleger*', 'Geburtshaus*', '*geburtshaus', 'Geburtshäuser']),
    group('kinderarzt', [
        'Kinderarzt*', 'Kinderärztin', 'Kinderärzte', 'Kinderärztinnen', 'Kinderärzt:innen', 'Kinderärztepraxis',
        'Kinderärztliche Praxis', 'Kinderärztliche Praxen', 'Kinderärztliche Gemeinschaftspraxis',
        'Kinder- und Jugendarzt*', 'Kinder- und Jugendärztin', 'Kinder- und Jugendärzte', 'Kinder- und Jugendärztinnen',
        'Kinder- und Jugendärzt:innen', 'Kinder- und Jugendärztliche Praxis', 'Pädiater*', 'Pädiatrische Praxis',
        'Pädiatrische Praxen', 'Pädiatrische Gemeinschaftspraxis', 'BVKJ',
    ], 'profession'),
    group('kinderarzt', ['Kinder- und Jugendmedizin', 'Kinderheilkunde', 'Pädiatrie', 'Kindermedizin'], 'broad'),
    group('frauenarzt', [
        'Frauenarzt*', 'Frauenärztin', 'Frauenärzte', 'Frauenärztinnen', 'Frauenärzt:innen', 'Frauenärztepraxis',
        'Frauenärztliche Praxis', 'Frauenärztliche Praxen', 'Frauenärztliche Gemeinschaftspraxis', 'Gynäkologe',
        'Gynäkologin', 'Gynäkologen', 'Gynäkologinnen', 'Gynäkolog:innen', 'Gynäkologische Praxis', 'Gynäkologische Praxen',
        'Gynäkologische Gemeinschaftspraxis', 'Gynpraxis', 'Gyn-Praxis', 'BVF',
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
    group('fruehfoerderung', [
        '*frühförder*', 'IFF', 'SPZ', 'Sozialpädiatrisch*', 'Sozialpädiatrie', 'Kinder- und Jugendambulanz*',
    ]),
    group('kinderklinik', [
        '*kinderklinik*', '*kinderkrankenhaus*', 'Kinderkrankenhäuser', 'Kinder- und Jugendklinik*', 'Kinderabteilung',
        'Kinderstation', 'Kinderintensivstation', 'Klinik für Kinder- und Jugendmedizin', 'Abteilung für Kinder- und Jugendmedizin',
        'Zentrum für Kinder- und Jugendmedizin', 'Klinik für Kinderheilkunde', 'Klinik für Pädiatrie', 'Pädiatrische Klinik',
        'Pädiatrische Abteilung', 'Neonatologie',
    ]),
    group('psychiatrie', [
        '*psychiatr*', 'SpDi', 'KJP', 'KJPD', '*psychiatrie und Psychotherapie', 'Psychosomati*',
        'Psychosomatische Medizin und Psychotherapie', 'Institutsambulanz',
    ]),
    group('psychotherapie', ['*psychotherap*']),
    group('krankenhaus', [
        '*krankenhaus*', 'Krankenhäuser', 'Klinik', 'Kliniken', 'Klinikum*', '*klinikum', 'Uniklinik*', 'Universitätsklinik*',
        'Hospital', 'Spital',
    ], 'broad'),
    group('muettergenesung', [
        'Müttergenesung*', 'Mutter-Kind-Kur*', 'Mutter-Kind-Klinik*', 'Mütterkur*', 'Mutter-Kind-Vorsorge*', 'Vater-Kind-Kur*',
        'Eltern-Kind-Kur*', 'Kurberatung*', 'Elly-Heuss-Knapp-Stiftung',
    ]),
    group('heilberufe', [
        'Heilberuf*', 'Gesundheitsfachberuf*', 'Physiotherap*', 'Ergotherap*', 'Logopäd*', 'Stillberat*', 'Laktationsberat*',
        'Osteopath*', 'Apotheke', 'Apotheken', 'Apotheker*', 'Zahnarzt*', 'Zahnärzt*', 'Hausarzt*', 'Hausärzt*',
        'Allgemeinmedizin*', 'Kinderkrankenpflege*', 'Kinderkrankenschwester*', 'Gesundheits- und Kinderkrankenpfleger*',
        'Ärztekammer', 'Kassenärztliche Vereinigung',
    ]),
    group('heilberufe', [
        'Arzt', 'Ärztin', 'Ärzte', 'Ärztinnen', 'Ärzt:innen', 'Arztpraxis', 'Arztpraxen', 'Ärzteschaft', 'MVZ',
        'Medizinisches Versorgungszentrum',
    ], 'broad'),
    group('krankenkasse', [
        '*krankenkasse*', 'Krankenversicherung*', 'Gesundheitskasse', 'AOK', 'BKK', 'IKK', 'DAK', 'KKH', 'Barmer', 'Knappschaft',
    ]),
    group('lotsendienst', [
        'Babylots*', 'Baby-Lots*', 'Lotsendienst*', '*lotsendienst', 'Familienlots*', 'Lotse', 'Lotsen', 'Lotsin', 'Lotsinnen',
    ]),
    group('schwangerschaftsberatung', [
        '*schwangerschaftsberatung*', '*schwangerschaftskonfliktberatung*', '*schwangerenberatung*',
        'Schwangerenkonfliktberatung*', 'Schwangerschaftsfragen', 'Beratung für Schwangere', 'pro familia', 'profamilia',
        'donum vitae', 'Familienplanung*', 'Sexualberatung*',
    ]),
    group('efl', [
        'EFL', 'EFLB', 'Ehe-, Familien- und Lebensberatung*', 'Ehe- und Familienberatung*', 'Ehe- und Lebensberatung*',
        'Ehe-, Familien- und Lebensfragen', 'Lebensberatung*', 'Eheberatung*', 'Paarberatung*', 'Partnerschaftsberatung*',
    ]),
    group('suchtberatung', [
        '*suchtberatung*', '*suchthilfe*', 'Suchtambulanz*', 'Suchtprävention', 'Suchtkranke*', 'Fachstelle Sucht*',
        'Drogenberatung*', 'Drogenhilfe*', '*drogenhilfe', 'Substitutionsambulanz*', 'Alkoholberatung', 'Blaues Kreuz', 'Kreuzbund',
    ]),
    group('gewaltschutz', [
        '*frauenhaus*', 'Frauenhäuser', 'Frauenschutzhaus*', 'Frauenschutzwohnung*', '*gewaltschutz*', 'Interventionsstelle*',
        'Häusliche Gewalt', 'Gewalt in engen sozialen Beziehungen', 'Gewalt gegen Frauen', 'Sexualisierte Gewalt',
        'Sexuelle Gewalt', 'Opfer von Gewalt', 'Beratungsstelle für Opfer von Gewalt', 'Weißer Ring', 'Opferberatung*',
        'Opferhilfe*', 'Frauennotruf*', 'Frauenberatung*', 'Frauen helfen Frauen', 'Wildwasser',
        'Gewaltberatung*',
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
        '*patenschaft', '*patenschaften', 'Leihoma*', 'Leihgroßeltern', 'Großelterndienst', 'Nachbarschaftshilfe*',
        'Bürgerschaftliches Engagement',
    ]),
    group('sozialberatung', [
        'Sozialberatung*', 'Allgemeine Soziale Beratung', 'Soziale Beratung', 'Beratung bei sozialen Problemlagen',
        'Soziale Problemlagen', 'Sozialen Problemlagen', 'Kirchliche Allgemeine Sozialarbeit', 'KASA',
    ]),
    group('telefonseelsorge', [
        'Telefonseelsorge', 'Telefon-Seelsorge', 'Nummer gegen Kummer', 'Elterntelefon', 'Kinder- und Jugendtelefon', 'Krisentelefon',
    ]),
    group('jobcenter', [
        'Jobcenter*', '*jobcenter', 'Job-Center', 'Agentur für Arbeit', 'Bundesagentur für Arbeit', 'Arbeitsagentur*', 'AfA', 'BA', 'ARGE', 'Arbeitsamt',
        'SGB II', 'SGB III',
    ]),
    group('sozialamt', [
        'Sozialamt*', '*sozialamt', 'Sozialämter', 'Amt für Soziales', 'Fachbereich Soziales', 'Fachdienst Soziales',
        'Sozialbehörde', 'Sozialhilfe*', 'SGB XII',
    ]),
    group('familiengericht', ['Familiengericht*', '*familiengericht', 'Amtsgericht*', 'Familienrichter*']),
    group('familiengericht', ['Gericht', 'Gerichte'], 'broad'),
    group('polizei', ['*polizei*', 'Ordnungsamt*', '*ordnungsamt', 'Ordnungsbehörde*']),
    group('schule', [
        'Schule', 'Schulen', 'Grundschule*', 'Förderschule*', 'Gesamtschule*', 'Realschule*', 'Hauptschule*', 'Mittelschule*',
        'Oberschule*', 'Sekundarschule*', 'Gemeinschaftsschule*', 'Gymnasium', 'Gymnasien', 'Berufsschule*', 'Berufskolleg*',
        'Berufsbildende Schule*', 'Schulsozialarbeit*', 'Schulamt*', 'Schulpsycholog*', 'Schulverwaltung*',
    ]),
    group('eingliederungshilfe', [
        'Eingliederungshilfe*', 'Lebenshilfe', 'Behindertenhilfe*', 'Werkstatt für behinderte Menschen', 'WfbM',
        'Familienentlastender Dienst', 'FED',
    ]),
    group('eingliederungshilfe', ['SGB IX', 'Menschen mit Behinderung*'], 'broad'),
    group('servicestelle', [
        'Gemeinsame Servicestelle*', 'Servicestelle für Rehabilitation', 'Reha-Servicestelle*', 'EUTB', 'Teilhabeberatung',
        'Ergänzende unabhängige Teilhabeberatung',
    ]),
    group('servicestelle', ['Servicestelle'], 'broad'),
    group('mehrgenerationenhaus', ['Mehrgenerationenhaus*', 'Mehrgenerationenhäuser', 'MGH', 'Mehrgenerationentreff*']),
    group('rechtsberatung', ['Rechtsanwalt*', 'Rechtsanwält*', 'Anwalt*', 'Anwält*', 'Fachanwalt*', 'Fachanwält*', 'Rechtsberatung*']),
    group('rechtsberatung', ['Familienrecht'], 'broad'),
    group('betreuung_vormundschaft', [
        'Vormund*', 'Vormünder', 'Amtsvormund*', 'Amtsvormünd*', 'Vereinsvormund*', 'Beistandschaft*', 'Beistand', 'Beistände',
        'Verfahrensbeistand*', 'Verfahrensbeistände', 'Amtspfleg*', 'Rechtliche Betreuung', 'Gerichtliche Betreuer*',
        'Berufsbetreuer*', 'Betreuungsverein*', 'Betreuungsbehörde*', 'Betreuungsstelle*', 'Betreuungsgericht*',
        'Anwalt des Kindes',
    ]),
    group('quartiersarbeit', [
        'Quartiersmanage*', 'Quartiersarbeit', 'Quartiersbüro', 'Quartierszentrum', 'Stadtteilarbeit', 'Stadtteilbüro',
        'Stadtteilzentrum', 'Stadtteiltreff*', 'Stadtteilmanagement', 'Stadtteilkoordination', 'Gemeinwesenarbeit', 'GWA',
        'Nachbarschaftszentrum', 'Nachbarschaftshaus', 'Nachbarschaftstreff*', 'Soziale Stadt',
    ]),
    group('wohnungshilfe', [
        'Wohnungshilfe*', 'Wohnungsbau*', 'Wohnungsgesellschaft*', 'Wohnungsgenossenschaft*', 'Wohnungsunternehmen',
        'Wohnungsamt', 'Wohnungslosenhilfe', 'Obdachlosenhilfe', 'Wohnungsnotf*', 'Fachstelle Wohnen', 'Mietverwaltung*',
    ]),
];
exports.CUE_SPELLINGS = {
    hospital: ['*klinik*', '*krankenhaus*', 'Hospital', 'Spital', 'Abteilung', 'Abt', 'Station'],
    practice: [
        'Praxis*', 'Praxen', 'Gemeinschaftspraxis', 'Arztpraxis', 'Arztpraxen', 'Facharztpraxis', 'Facharzt*', 'Fachärzt*',
        'Arzt', 'Ärztin', 'Ärzte', 'Ärzt:innen', 'MVZ',
        'Medizinisches Versorgungszentrum', 'niedergelassen*',
    ],
    gynaecology: ['Gynäkolog*', 'Frauenheilkunde'],
    obstetrics: ['Geburtshilf*', 'Geburtsmedizin'],
    paediatrics: ['Pädiatri*', 'Kinderheilkunde', 'Kinder- und Jugendmedizin', 'Kindermedizin', 'Neonatolog*'],
    socialService: ['Sozialdienst*', 'Sozialer Dienst', 'Soziale Dienste', 'Sozialarbeit'],
};
exports.CONTEXT_RULES = [
    { typeId: 'frauenarzt', rank: 'profession', cues: ['practice', 'gynaecology'] },
    { typeId: 'kinderarzt', rank: 'profession', cues: ['practice', 'paediatrics'] },
    { typeId: 'geburtsklinik', rank: 'specific', cues: ['hospital', 'gynaecology'] },
    { typeId: 'geburtsklinik', rank: 'specific', cues: ['hospital', 'obstetrics'] },
    { typeId: 'kinderklinik', rank: 'specific', cues: ['hospital', 'paediatrics'] },
    { typeId: 'kliniksozialdienst', rank: 'specific', cues: ['hospital', 'socialService'] },
];
exports.KERNBEREICH_SPELLINGS = {
    jugendhilfe: ['Jugendhilfe', 'Kinder- und Jugendhilfe', 'KJH', 'Jugend', 'Jugend und Familie', 'youth welfare', 'youth services'],
    gesundheit: ['Gesundheit', 'Gesundheitsbereich', 'Gesundheitswesen', 'Gesundheitssystem', 'Gesundheitshilfe', 'Medizin', 'health', 'health care', 'healthcare'],
    beratung: [
        'Beratung', 'psychosoziale Beratung', 'psychosoziale Beratungsstellen', 'psychosoziale Dienste', 'Beratungsdienste',
        'counselling', 'counseling', 'psychosocial counselling',
    ],
    weitere: [
        'Weitere', 'Weitere Akteure', 'Weitere Akteur:innen', 'Weitere Akteurinnen und Akteure', 'Sonstige', 'Sonstiges',
        'Andere', 'other', 'others', 'other actors', 'misc',
    ],
};
