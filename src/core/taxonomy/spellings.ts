import { ActorTypeId } from './actorTypes';
import { Kernbereich } from './kernbereich';

/**
 * How much a spelling says about a partner. When one label matches several spellings, the higher rank wins,
 * then the longer spelling (more specific), then the one that starts first.
 * - broad: a host institution or a wide field that houses many services ("Jugendamt", "Klinikum",
 *   "Geburtshilfe"); any service named beside it wins ("Jugendamt – KoKi", "Gesundheitsamt – Familienhebammen").
 * - specific: a service or institution of exactly one type.
 * - profession: a medical profession or its practice ("Frauenarzt", "Kinderärztin"); it beats the specialty
 *   words that hospital departments share ("Frauenarzt für Gynäkologie und Geburtshilfe").
 */
export type Rank = 'broad' | 'specific' | 'profession';

export interface SpellingGroup {
  readonly typeId: ActorTypeId;
  readonly rank: Rank;
  /**
   * Spellings as planners write them, matched as whole words of the normalised label (see normalize.ts:
   * case, umlauts, gender forms, hyphens and "und/für/der" do not matter). A trailing `*` lets the last word
   * run on into compounds and inflections ("Kinderarzt*" → "Kinderarztpraxis"); a leading `*` lets the first
   * word be the end of a compound ("*jugendamt*" → "Kreisjugendamt"). Abbreviations never take a `*`.
   */
  readonly spellings: readonly string[];
}

const group = (typeId: ActorTypeId, spellings: readonly string[], rank: Rank = 'specific'): SpellingGroup => ({ typeId, rank, spellings });

/** The one definition of how each actor type is spelled; ordered as ACTOR_TYPES. */
export const SPELLINGS: readonly SpellingGroup[] = [
  // ── Kinder- und Jugendhilfe ──
  group('jugendamt', ['*jugendamt*', '*jugendämter', 'Amt für Jugend', 'Amt für Kinder, Jugend und Familie', 'Fachbereich Jugend*', 'Fachdienst Jugend*'], 'broad'),
  group('jugendamt', ['Jugendhilfeplanung', 'Wirtschaftliche Jugendhilfe']),
  group('asd', [
    'ASD', 'BSD', 'KSD', 'RSD', 'Allgemeiner Sozialer Dienst', 'Allgemeine Soziale Dienste', 'Allgemeiner Sozialdienst',
    'Bezirkssozialdienst*', 'Bezirkssozialarbeit', 'Kommunaler Sozialer Dienst', 'Kommunaler Sozialdienst',
    'Regionaler Sozialer Dienst', 'Regionaler Sozialdienst',
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
  // ── Gesundheitsbereich ──
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
  // ── Psychosoziale Beratungsstellen/Dienste ──
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
  group('familienrecht', ['Familienrecht*', 'Fachanwalt für Familienrecht', 'Fachanwältin für Familienrecht', 'Anwalt für Familienrecht', 'Kindschaftsrecht']),
  // ── Weitere Akteure ──
  group('jobcenter', [
    'Jobcenter*', '*jobcenter', 'Job-Center', 'Agentur für Arbeit', 'Bundesagentur für Arbeit', 'Arbeitsagentur*', 'AfA', 'ARGE', 'Arbeitsamt',
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
  group('servicestelle', ['Gemeinsame Servicestelle*', 'Servicestelle für Rehabilitation', 'Reha-Servicestelle*']),
  group('servicestelle', ['Servicestelle'], 'broad'),
  group('eutb', ['EUTB', '*teilhabeberatung*', 'Ergänzende unabhängige Teilhabeberatung']),
  group('mehrgenerationenhaus', ['Mehrgenerationenhaus*', 'Mehrgenerationenhäuser', 'MGH', 'Mehrgenerationentreff*']),
  // A lawyer alone is one of the weitere Akteure; family law named beside moves the partner to familienrecht.
  group('rechtsberatung', ['Rechtsanwalt*', 'Rechtsanwält*', 'Anwalt*', 'Anwält*', 'Fachanwalt*', 'Fachanwält*'], 'broad'),
  group('rechtsberatung', ['Rechtsberatung*']),
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

/**
 * Words that classify only together: a hospital word beside a specialty names that department
 * ("Kreiskrankenhaus, Abt. Gynäkologie" → Geburtsklinik), a practice word beside it names the practice
 * ("Fachärztin für Gynäkologie und Geburtshilfe" → Frauenärztin). Same pattern syntax as SPELLINGS; a rule
 * scores like one spelling as long as its cues together.
 */
export type Cue = 'hospital' | 'practice' | 'gynaecology' | 'obstetrics' | 'paediatrics' | 'socialService';

export const CUE_SPELLINGS: Readonly<Record<Cue, readonly string[]>> = {
  hospital: ['*klinik*', '*krankenhaus*', 'Hospital', 'Spital', 'Abteilung', 'Abt', 'Station'],
  practice: [
    'Praxis*', 'Praxen', 'Gemeinschaftspraxis', 'Arztpraxis', 'Arztpraxen', 'Facharztpraxis', 'Facharzt*', 'Fachärzt*',
    'Arzt', 'Ärztin', 'Ärzte', 'Ärzt:innen', 'MVZ',
    'Medizinisches Versorgungszentrum', 'niedergelassen*',
  ],
  gynaecology: ['Gynäkolog*', 'Frauenheilkunde'],
  // Midwives' practices offer Geburtshilfe too, so it names a department only beside a hospital word.
  obstetrics: ['Geburtshilf*', 'Geburtsmedizin'],
  paediatrics: ['Pädiatri*', 'Kinderheilkunde', 'Kinder- und Jugendmedizin', 'Kindermedizin', 'Neonatolog*'],
  socialService: ['Sozialdienst*', 'Sozialer Dienst', 'Soziale Dienste', 'Sozialarbeit'],
};

export interface ContextRule {
  readonly typeId: ActorTypeId;
  readonly rank: Rank;
  /** All cues must occur somewhere in the label; the rule then counts as one spelling as long as the cues together. */
  readonly cues: readonly Cue[];
}

export const CONTEXT_RULES: readonly ContextRule[] = [
  { typeId: 'frauenarzt', rank: 'profession', cues: ['practice', 'gynaecology'] },
  { typeId: 'kinderarzt', rank: 'profession', cues: ['practice', 'paediatrics'] },
  { typeId: 'geburtsklinik', rank: 'specific', cues: ['hospital', 'gynaecology'] },
  { typeId: 'geburtsklinik', rank: 'specific', cues: ['hospital', 'obstetrics'] },
  { typeId: 'kinderklinik', rank: 'specific', cues: ['hospital', 'paediatrics'] },
  { typeId: 'kliniksozialdienst', rank: 'specific', cues: ['hospital', 'socialService'] },
];

/** Words planners use for a Kernbereich in a type or Kernbereich column, besides its key and labels. Whole labels only. */
export const KERNBEREICH_SPELLINGS: Readonly<Record<Kernbereich, readonly string[]>> = {
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
