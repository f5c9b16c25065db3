import { Text } from '../lang';

/** A published comparison figure with its source, shown beside the model's own figures. */
export interface Reference {
  readonly value: number;
  readonly label: Text;
  readonly source: Text;
}

/** Full-time LaB health professionals (family midwives, FGKiKP) per Kommune, NZFH Kommunalbefragung 2020. */
export const LAB_FTE_REFERENCES: readonly Reference[] = [
  { value: 1.29, label: { de: 'Durchschnitt je Kommune', en: 'average per Kommune' }, source: { de: 'NZFH-Kommunalbefragung 2020', en: 'NZFH municipal survey 2020' } },
  { value: 0.87, label: { de: 'dünn besiedelte Kreise', en: 'thinly populated districts' }, source: { de: 'NZFH-Kommunalbefragung 2020', en: 'NZFH municipal survey 2020' } },
  { value: 2.79, label: { de: 'Großstädte', en: 'large cities' }, source: { de: 'NZFH-Kommunalbefragung 2020', en: 'NZFH municipal survey 2020' } },
];

/** Bundesstiftung money per birth in three Kommunen (2021, the federal share only, not the whole budget). */
export const FEDERAL_EURO_PER_BIRTH_REFERENCES: readonly Reference[] = [
  { value: 45, label: { de: 'Kreis Heinsberg', en: 'Kreis Heinsberg' }, source: { de: 'Bundesstiftung Frühe Hilfen, Zuweisung 2021', en: 'Bundesstiftung Frühe Hilfen, 2021 allocation' } },
  { value: 79, label: { de: 'Dortmund', en: 'Dortmund' }, source: { de: 'Bundesstiftung Frühe Hilfen, Zuweisung 2021', en: 'Bundesstiftung Frühe Hilfen, 2021 allocation' } },
  { value: 96, label: { de: 'Mönchengladbach', en: 'Mönchengladbach' }, source: { de: 'Bundesstiftung Frühe Hilfen, Zuweisung 2021', en: 'Bundesstiftung Frühe Hilfen, 2021 allocation' } },
];
