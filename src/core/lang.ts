/** The languages the product speaks. Core holds domain texts in both (criteria, actor types); sentences are made at the surfaces. */
export type Lang = 'de' | 'en';

export interface Text {
  readonly de: string;
  readonly en: string;
}
