import { ActorTypeId } from './actorTypes';
import { Rank } from './spellings';

/**
 * Words that classify only together: a hospital word beside a specialty names that department
 * ("Kreiskrankenhaus, Abt. Gynäkologie" → Geburtsklinik), a practice word beside it names the practice
 * ("Fachärztin für Gynäkologie und Geburtshilfe" → Frauenärztin), a counselling word beside a target group
 * names the counselling ("Beratungsstelle für Schwangere, Paare und Familien" → Schwangerschaftsberatung).
 * Same pattern syntax as SPELLINGS; a rule scores like one spelling as long as its cues together.
 */
export type Cue =
  | 'hospital'
  | 'practice'
  | 'gynaecology'
  | 'obstetrics'
  | 'paediatrics'
  | 'socialService'
  | 'counselling'
  | 'pregnancy'
  | 'violence'
  | 'addiction'
  | 'debt'
  | 'migrants'
  | 'parents'
  | 'couples'
  | 'women'
  | 'kita'
  | 'familyCentre'
  | 'lawyer'
  | 'familyLaw'
  | 'administration'
  | 'youth'
  | 'health';

export const CUE_SPELLINGS: Readonly<Record<Cue, readonly string[]>> = {
  hospital: ['*klinik*', '*krankenhaus*', '*hospital', '*spital', 'Abteilung', 'Abt', 'Station'],
  practice: [
    'Praxis*', '*praxis', 'Praxen', 'Facharzt*', 'Fachärzt*', 'Arzt', 'Ärztin', 'Ärzte', 'MVZ', 'Medizinisches Versorgungszentrum',
    'niedergelassen*',
  ],
  gynaecology: ['Gynäkolog*', 'Frauenheilkunde', 'Frauenärztlich*'],
  // Midwives' practices offer Geburtshilfe too, so it names a department only beside a hospital word.
  obstetrics: ['Geburtshilf*', 'Geburtsmedizin'],
  paediatrics: [
    'Pädiatri*', 'Kinderheilkunde', 'Kinder- und Jugendmedizin', 'Kindermedizin', 'Neonatolog*', 'Kinderärztlich*',
    'Kinder- und Jugendärztlich*',
  ],
  socialService: ['Sozialdienst*', 'Sozialer Dienst', 'Soziale Dienste', 'Sozialarbeit'],
  counselling: ['Beratung*', 'Anlaufstelle*', 'Fachstelle*', 'Fachambulanz*', 'Hilfetelefon'],
  pregnancy: ['Schwangere*', 'Schwangerschaft*', 'werdende Eltern', 'werdende Mütter'],
  violence: ['Gewalt*', '*gewalt'],
  addiction: ['Sucht*', 'Drogen*', 'Alkohol*', 'Glücksspiel*'],
  debt: ['Schulden*', 'Schuldner*', 'Überschuldung'],
  migrants: ['Migrant*', 'Geflüchtete*', 'Flüchtling*', 'Zugewanderte*', 'Zuwanderer', 'Asylsuchende*'],
  parents: ['Eltern', 'Kinder', 'Jugendliche', 'Familie'],
  couples: ['Paare', 'Partnerschaft*', 'Ehe', 'Ehepaare'],
  women: ['Frauen', 'Mädchen'],
  kita: ['*kita', '*kindertagesstätte*', 'Kindertageseinrichtung*', '*kindergarten', '*kinderhaus'],
  familyCentre: ['*familienzentrum*', '*familienzentren'],
  lawyer: ['Rechtsanwalt*', 'Rechtsanwält*', 'Anwalt*', 'Anwält*', 'Fachanwalt*', 'Fachanwält*', 'Kanzlei*', '*kanzlei'],
  familyLaw: ['Familienrecht*', 'Kindschaftsrecht', 'Unterhaltsrecht', 'Scheidungsrecht', 'Sorgerecht*', 'Umgangsrecht*'],
  administration: [
    'Amt', 'Fachamt', 'Fachbereich', 'Fachdienst', 'Abteilung', 'Dezernat', 'Referat', 'Geschäftsbereich', 'Sachgebiet', 'Fachgebiet',
    'Ressort', 'Stabsstelle',
  ],
  youth: ['Jugend', 'Jugendhilfe', 'Kinder- und Jugendhilfe'],
  health: ['Gesundheit', 'Gesundheitswesen'],
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
  // A counselling service is what it counsels on or whom it counsels.
  { typeId: 'schwangerschaftsberatung', rank: 'specific', cues: ['counselling', 'pregnancy'] },
  { typeId: 'gewaltschutz', rank: 'specific', cues: ['counselling', 'violence'] },
  { typeId: 'suchtberatung', rank: 'specific', cues: ['counselling', 'addiction'] },
  { typeId: 'schuldnerberatung', rank: 'specific', cues: ['counselling', 'debt'] },
  { typeId: 'migrationsberatung', rank: 'specific', cues: ['counselling', 'migrants'] },
  // Target groups that several services share: any more specific word beside them decides.
  { typeId: 'erziehungsberatung', rank: 'broad', cues: ['counselling', 'parents'] },
  { typeId: 'efl', rank: 'broad', cues: ['counselling', 'couples'] },
  { typeId: 'gewaltschutz', rank: 'broad', cues: ['counselling', 'women'] },
  // A Kita that is also a Familienzentrum counts as the Familienzentrum, in whichever order the two are named.
  { typeId: 'familienzentrum', rank: 'specific', cues: ['kita', 'familyCentre'] },
  { typeId: 'familienrecht', rank: 'specific', cues: ['lawyer', 'familyLaw'] },
  // An administrative unit for youth or health is (part of) the Jugendamt or the Gesundheitsamt:
  // "Fachdienst Kinder, Jugend und Familie", "Dezernat Gesundheit". Broad: a service named in it decides.
  { typeId: 'jugendamt', rank: 'broad', cues: ['administration', 'youth'] },
  { typeId: 'gesundheitsamt', rank: 'broad', cues: ['administration', 'health'] },
];
