import { classifyLabel } from '../../../src/core/taxonomy/classifier';
import { ellipsisVariants } from '../../../src/core/taxonomy/ellipsis';
import { Kind } from '../../../src/core/taxonomy/lexicon';
import { matchKey } from '../../../src/core/taxonomy/normalize';
import { scanKey } from '../../../src/core/taxonomy/scan';

const typeOf = (label: string): string | null => classifyLabel(label).actorType?.id ?? null;
const cases = (rows: readonly (readonly [string, string | null])[]) => rows.map(([label, id]) => [label, id] as const);

describe('rule 1: the head of a compound decides, whatever its ending', () => {
  test.each(cases([
    ['Josefshospital', 'krankenhaus'],
    ['Kreiskliniken', 'krankenhaus'],
    ['Universitätsklinikum', 'krankenhaus'],
    ['Geburtshaus', 'hebamme'],
    ['Familienservicebüros', 'jugendamt'],
    ['Erziehungsberatungsstellen', 'erziehungsberatung'],
    ['Kinderkrankenpflegerinnen', 'heilberufe'],
    ['Waldkita', 'kita'],
    ['Stadtteilkitas', 'kita'],
  ]))('%j → %s', (label, id) => expect(typeOf(label)).toBe(id));

  test('a head needs a modifier of three letters or more: a name that ends like a head is no compound', () => {
    expect(typeOf('Nikita')).toBeNull();
    expect(typeOf('Ankita')).toBeNull();
    expect(typeOf('Uwe Kita')).toBe('kita');
  });

  test.each([
    ['Klinik', ['Kliniken', 'Klinik', 'Kliniken des Kreises']],
    ['Jugendamt', ['Jugendamtes', 'Jugendamts', 'Jugendämter', 'Jugendämtern']],
    ['Kinderarzt', ['Kinderärzte', 'Kinderärzten', 'Kinderärztin', 'Kinderärztinnen', 'Kinderarztes']],
    ['Frauenhaus', ['Frauenhäuser', 'Frauenhauses', 'Frauenhäusern']],
    ['Hebamme', ['Hebammen']],
    ['Kita', ['Kitas']],
    ['Allgemeiner Sozialer Dienst', ['Allgemeinen Sozialen Dienstes', 'Allgemeine Soziale Dienste', 'Allgemeinen Sozialen Diensten']],
    ['Häusliche Gewalt', ['häuslicher Gewalt']],
    ['Tagesmutter', ['Tagesmütter', 'Tagesmüttern', 'Tagesmütterverein']],
    ['Sozialpsychiatrischer Dienst', ['Sozialpsychiatrischen Dienstes']],
  ])('%s in every inflected form', (base, forms) => {
    const expected = typeOf(base);
    expect(expected).not.toBeNull();
    for (const form of forms) expect([form, typeOf(form)]).toEqual([form, expected]);
  });

  test('only German endings: a word that merely begins with a spelling is another word', () => {
    expect(typeOf('Kitab')).toBeNull();
    expect(typeOf('Hospitality Services')).toBeNull();
    expect(typeOf('Lotsenbrüderschaft')).toBeNull();
    expect(typeOf('Kitamura')).toBeNull();
  });

  test('a hyphen before a line break or a space joins the compound, one before "und" truncates it', () => {
    for (const label of ['Erziehungsberatung', 'Erziehungs-\nberatung', 'Erziehungs- beratung', 'Erziehungs-Beratung', 'Erziehungs-\r\n  beratung']) {
      expect([label, typeOf(label)]).toEqual([label, 'erziehungsberatung']);
    }
    expect(matchKey('Erziehungs-\nberatung')).toBe(matchKey('Erziehungs- beratung'));
    expect(matchKey('Kinder- und Jugendärzte')).toBe('kinder- jugendaerzte');
    expect(matchKey('Kinder-\nund Jugendärzte')).toBe('kinder- jugendaerzte');
  });

  test('in a compound the last part is the head: an equal-ranked part before it is its modifier', () => {
    expect(typeOf('Kreißsaal-Hebammen')).toBe('hebamme');
    expect(typeOf('Hebammen des Kreißsaals')).toBe('hebamme');
    expect(typeOf('Kreißsaal')).toBe('geburtsklinik');
    expect(typeOf('Kita-Familienzentrum')).toBe('familienzentrum');
  });

  test('hyphen joints may be written or left out; soft hyphens are ignored', () => {
    for (const label of ['Familien-Hebamme', 'Familienhebamme', 'Familien\u00adhebamme']) expect(typeOf(label)).toBe('familienhebamme');
    for (const label of ['Eltern-Kind-Zentrum', 'Elternkindzentrum', 'Eltern Kind Zentrum']) expect(typeOf(label)).toBe('familienzentrum');
  });

  test('a spelling is found at the start of a word or after a hyphen; inside a word only a compound head', () => {
    // The hospital doctor is a doctor (the head "Ärztin", broad), not a Hausärztin (specific) read inside the word.
    const key = matchKey('Krankenhausärztin');
    const found = scanKey(key).filter((f) => f.kind === Kind.Type);
    expect(found.map((f) => key.slice(f.start, f.end))).toEqual(['krankenhaus', 'aerztin']);
    expect(classifyLabel('Krankenhausärztin')).toBe(classifyLabel('Ärztin'));
    expect(typeOf('Hausärztin')).toBe('heilberufe');
    expect(typeOf('AWO-Kita')).toBe('kita');
  });
});

describe('rule 2: coordinated compounds share their head', () => {
  test.each(cases([
    ['Frauen- und Mädchenschutzhaus', 'gewaltschutz'],
    ['Beratungsstelle für Schwangere, Paare und Familien', 'schwangerschaftsberatung'],
    ['Kinder- und Jugendärztliche Gemeinschaftspraxis', 'kinderarzt'],
    ['Ehe-, Familien- und Lebensberatung', 'efl'],
    ['Ehe-, Familien- und Lebensberatungsstelle', 'efl'],
    ['Schwangeren- und Familienberatung', 'schwangerschaftsberatung'],
    ['Jugend- und Drogenberatung', 'suchtberatung'],
    ['Jugend- und Familienamt', 'jugendamt'],
    ['Erziehungs-/Familienberatung', 'erziehungsberatung'],
  ]))('%j → %s', (label, id) => expect(typeOf(label)).toBe(id));

  test('each truncated part is completed with the head the lexicon knows', () => {
    expect(ellipsisVariants(matchKey('Kinder- und Jugendärztliche Gemeinschaftspraxis'))).toEqual(['kinderaerztliche gemeinschaftspraxis']);
    expect(ellipsisVariants(matchKey('Frauen- und Mädchenschutzhaus'))).toEqual(['frauenschutzhaus']);
    expect(ellipsisVariants(matchKey('Ehe-, Familien- und Lebensberatung'))).toEqual(['eheberatung', 'familienberatung']);
    expect(ellipsisVariants(matchKey('Klinik für Kinder- und Jugendpsychiatrie'))).toEqual(['klinik kinderpsychiatrie']);
  });

  test('the first part decides between parts of the same rank: the coordination is read as the planner ordered it', () => {
    expect(typeOf('Paar- und Familienberatung')).toBe('efl');
    expect(typeOf('Familien- und Paarberatung')).toBe('erziehungsberatung');
  });

  test('no head is made up: parts the lexicon does not know stay as written', () => {
    expect(ellipsisVariants(matchKey('Kinder- und Jugendhilfe'))).toEqual([]);
    expect(classifyLabel('Kinder- und Jugendhilfe')).toEqual({ actorType: null, kernbereich: 'jugendhilfe' });
    expect(typeOf('Kinder- und Jugendzentrum')).toBeNull();
    expect(typeOf('Frauen- und Mädchenschutzhaus')).not.toBe('kinderschutz');
  });
});

describe('rule 3: the head noun wins over what follows a host link', () => {
  test.each(cases([
    ['Fachstelle für Familienhebammen', 'familienhebamme'],
    ['Hebammenzentrale', 'hebamme'],
    ['Elternschule der Geburtsklinik', 'familienbildung'],
    ['Elternschule am Klinikum', 'familienbildung'],
    ['Babylotsen der Frauenklinik', 'lotsendienst'],
    ['ASD im Jugendamt', 'asd'],
    ['Familienhebammen des Gesundheitsamtes', 'familienhebamme'],
  ]))('%j → %s', (label, id) => expect(typeOf(label)).toBe(id));

  test('a head that names no type leaves the partner to its carrier', () => {
    expect(typeOf('Netzwerkbüro der Kinderklinik')).toBe('kinderklinik');
    expect(typeOf('Schreiambulanz der Kinderklinik')).toBe('kinderklinik');
    expect(typeOf('Sprechstunde der Familienhebamme im Familienzentrum')).toBe('familienhebamme');
  });

  test('without a link, or across a segment break, the more specific name wins as before', () => {
    expect(typeOf('Elternschule, Geburtsklinik')).toBe('geburtsklinik');
    expect(typeOf('Krankenhaus am Rosenhügel, Kinderstation')).toBe('kinderklinik');
    expect(typeOf('Geburtsklinik – Elternschule')).toBe('geburtsklinik');
  });

  test('a department named by words that only classify together is not demoted by a host link', () => {
    expect(typeOf('Sozialdienst der Kinderklinik')).toBe('kliniksozialdienst');
    expect(typeOf('Abteilung Geburtshilfe des Klinikums')).toBe('geburtsklinik');
  });
});

describe('rule 4: welfare associations name no type; what follows them does', () => {
  const ASSOCIATIONS = [
    'AWO', 'Arbeiterwohlfahrt', 'Caritas', 'Caritasverband', 'Diakonie', 'Diakonisches Werk', 'SkF', 'Sozialdienst katholischer Frauen',
    'SKM', 'DRK', 'Deutsches Rotes Kreuz', 'Der Paritätische', 'Johanniter', 'Malteser', 'Volkssolidarität', 'ASB',
    'Arbeiter-Samariter-Bund', 'Kreisverband', 'Internationaler Bund',
  ];

  test.each(ASSOCIATIONS)('%j alone names no type', (name) => {
    expect(typeOf(name)).toBeNull();
    expect(typeOf(`${name} Kreisverband Musterland e.V.`)).toBeNull();
  });

  test.each(ASSOCIATIONS)('%j with a service: the service decides', (name) => {
    expect(typeOf(`${name} – Erziehungsberatung`)).toBe('erziehungsberatung');
    expect(typeOf(`${name} Kita Sonnenschein`)).toBe('kita');
    expect(typeOf(`${name} Schwangerschaftsberatung`)).toBe('schwangerschaftsberatung');
  });

  test('the Lebenshilfe is a provider under § 125 SGB IX itself, but any service named beside it decides', () => {
    expect(typeOf('Lebenshilfe')).toBe('eingliederungshilfe');
    expect(typeOf('Lebenshilfe Kita Pusteblume')).toBe('kita');
    expect(typeOf('Frühförderstelle der Lebenshilfe')).toBe('fruehfoerderung');
  });
});

describe('rule 5: regional abbreviations, where they are unambiguous', () => {
  test.each(cases([
    ['FBS', 'familienbildung'],
    ['EB', 'erziehungsberatung'],
    ['EB Nord', 'erziehungsberatung'],
    ['KJP', 'psychiatrie'],
    ['KJPP', 'psychiatrie'],
    ['FamZ', 'familienzentrum'],
    ['KoKi', 'koordinierungsstelle'],
    ['SpDi', 'psychiatrie'],
    ['SPZ', 'fruehfoerderung'],
    ['IFF', 'fruehfoerderung'],
    ['HzE', 'hilfen_zur_erziehung'],
    ['SPFH', 'hilfen_zur_erziehung'],
    ['KJGD', 'gesundheitsamt'],
    ['ASD', 'asd'],
    ['BSD', 'asd'],
    ['KSD', 'asd'],
    ['RSD', 'asd'],
    ['EUTB', 'eutb'],
    ['KJND', 'jugendhilfeeinrichtung'],
  ]))('%j → %s', (label, id) => expect(typeOf(label)).toBe(id));

  test.each([
    ['BA', 'Bezirksamt in Berlin as often as the Bundesagentur für Arbeit'],
    ['BA Mitte', 'Bezirksamt Mitte'],
    ['FZ', 'Familienzentrum, Frauenzentrum or Freizeitzentrum'],
    ['SpD', 'Sozialpsychiatrischer Dienst or the party'],
    ['SPD-Ortsverein', 'the party'],
    ['JA', 'Jugendamt or a yes/no mark'],
    ['ja', 'a yes/no mark'],
    ['JHA', 'a council committee, not the office'],
    ['PIA', 'Psychiatrische Institutsambulanz or a first name'],
  ])('%j is ambiguous (%s) and names no type', (label) => {
    expect(typeOf(label)).toBeNull();
  });

  test('an abbreviation is a whole word, not the start of one; of three letters or more it takes a plural s', () => {
    expect(typeOf('Ebersberg')).toBeNull();
    expect(typeOf('Asdorf')).toBeNull();
    expect(typeOf('Kokila')).toBeNull();
    expect(typeOf('ASDe')).toBeNull();
    expect(typeOf('SPZs')).toBe('fruehfoerderung');
    expect(typeOf('ASDs')).toBe('asd');
    expect(typeOf('EBs')).toBeNull();
  });
});

describe('rule 6: never guess', () => {
  test.each([
    'Sparkasse Musterstadt', 'Kreissparkasse', 'Volksbank Mittelhessen eG', 'Raiffeisenbank', 'Sportverein Grün-Weiß', 'Turnverein 1862',
    'Schützenverein', 'Polizeisportverein', 'Bürgerstiftung', 'Stiftung Kinderglück', 'Druckerei Schmitz', 'Bäckerei Schäfer',
    'Kanzlei Müller & Partner', 'Steuerberatung Becker', 'Tierarztpraxis Dr. Müller', 'Tierklinik', 'Förderverein der Kita Sonnenschein',
    'Förderverein Kinderklinik e.V.', 'Jugendhilfeausschuss', 'Schülerlotsen', 'Autohaus Becker', 'Musikschule', 'Rathaus',
  ])('%j stays unclassified', (label) => {
    expect(classifyLabel(label)).toEqual({ actorType: null, kernbereich: null });
  });

  test('a pharmacy is one of the Heilberufe (pharmacists are a Heilberuf; § 3 KKG names the Heilberufe)', () => {
    expect(typeOf('Apotheke am Markt')).toBe('heilberufe');
    expect(typeOf('Löwen-Apotheke')).toBe('heilberufe');
  });

  test('a sponsor or supporter names no partner, whatever it supports; as the carrier after a host link it is only that', () => {
    expect(typeOf('Sparkasse – Spende Kita-Fest')).toBeNull();
    expect(typeOf('Förderverein Kita Regenbogen')).toBeNull();
    expect(typeOf('Hotel am Klinikum')).toBeNull();
    expect(typeOf('Betriebskita der Sparkasse')).toBe('kita');
  });

  test('a word that names no partner hides only itself: the rest of the label still counts', () => {
    expect(typeOf('Sportverein – Eltern-Kind-Turnen')).toBe('familienbildung');
    expect(typeOf('Polizeisportverein')).toBeNull();
    expect(typeOf('Polizei')).toBe('polizei');
  });
});

describe('administrative units', () => {
  test.each(cases([
    ['Fachdienst Kinder, Jugend und Familie', 'jugendamt'],
    ['Amt für Familie, Jugend und Soziales', 'jugendamt'],
    ['Geschäftsbereich Jugend', 'jugendamt'],
    ['Dezernat Gesundheit', 'gesundheitsamt'],
    ['Fachbereich Jugend – Frühe Hilfen, Koordinierungsstelle', 'koordinierungsstelle'],
    ['Abteilung Kinder- und Jugendpsychiatrie', 'psychiatrie'],
    ['Jugend', null],
    ['Abteilung Finanzen', null],
  ]))('%j → %s', (label, id) => expect(typeOf(label)).toBe(id));
});

describe('rule 7: the ASD, the Jugendamt and the Jugendhilfeausschuss', () => {
  test.each(cases([
    ['Jugendamt – ASD Nord', 'asd'],
    ['Jugendamt, Allgemeiner Sozialer Dienst', 'asd'],
    ['Bezirkssozialdienst Süd', 'asd'],
    ['Kommunaler Sozialer Dienst', 'asd'],
    ['Regionaler Sozialer Dienst', 'asd'],
    ['Jugendamt', 'jugendamt'],
    ['Kreisjugendamt', 'jugendamt'],
    ['Jugendhilfeausschuss', null],
    ['KJHA', null],
    ['Mitglied des Jugendhilfeausschusses', null],
    ['Kinder- und Jugendhilfeausschuss', null],
  ]))('%j → %s', (label, id) => expect(typeOf(label)).toBe(id));
});
