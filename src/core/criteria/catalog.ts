// CONTRACT STUB — to be implemented (criteria helper). Signatures are fixed; other modules import them.
export type QualityLevel = 'struktur' | 'prozess' | 'ergebnis' | 'konzept';

export interface Text {
  readonly de: string;
  readonly en: string;
}

export interface Criterion {
  /** "3.1" … "6.4", as numbered in the NZFH criteria paper (seed 002). */
  readonly id: string;
  readonly level: QualityLevel;
  /** Our own short paraphrase, never a copied sentence. */
  readonly title: Text;
  readonly summary: Text;
  /** 5.1–5.10 concern the professionals, 5.11–5.13 the families; null elsewhere. */
  readonly audience: 'fachkraefte' | 'familien' | null;
}

export declare const QUALITY_LEVEL_LABELS: Readonly<Record<QualityLevel, Text>>;
export declare const CRITERIA: readonly Criterion[];
/** Accepts "3.2", "3,2", " 3.2 ", "Kriterium 3.2", "K 3.2", numbers like 3.2; undefined when unknown. */
export declare function criterionById(id: string | number): Criterion | undefined;
