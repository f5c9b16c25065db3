/** The four Kernbereiche of a Frühe Hilfen network as the NZFH criteria paper (seed 002, section 2) groups them. */
export type Kernbereich = 'jugendhilfe' | 'gesundheit' | 'beratung' | 'weitere';

export const KERNBEREICHE: readonly Kernbereich[] = ['jugendhilfe', 'gesundheit', 'beratung', 'weitere'];

export const KERNBEREICH_LABELS: Readonly<Record<Kernbereich, { de: string; en: string; shortDe: string; shortEn: string }>> = {
  jugendhilfe: { de: 'Kinder- und Jugendhilfe', en: 'Child and youth welfare', shortDe: 'Jugendhilfe', shortEn: 'Youth welfare' },
  gesundheit: { de: 'Gesundheitsbereich', en: 'Health', shortDe: 'Gesundheit', shortEn: 'Health' },
  beratung: { de: 'Psychosoziale Beratungsstellen/Dienste', en: 'Psychosocial counselling services', shortDe: 'Beratung', shortEn: 'Counselling' },
  weitere: { de: 'Weitere Akteure', en: 'Other actors', shortDe: 'Weitere', shortEn: 'Other' },
};
