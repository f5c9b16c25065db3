// CONTRACT STUB — to be implemented (criteria helper).
import { Text } from './catalog';

/** Kinds of gap an audit can find; each dialogue question names the gaps it fits. */
export type GapTopic = 'coverage' | 'spatial' | 'cooperation' | 'health' | 'resources' | 'political' | 'concept' | 'participation';

export interface DialogueQuestion {
  readonly id: string;
  readonly dimension: 1 | 5;
  readonly text: Text;
  readonly topics: readonly GapTopic[];
}

export interface QualityDimension {
  readonly id: 1 | 5;
  readonly title: Text;
  readonly themes: readonly { readonly title: Text; readonly goals: readonly Text[] }[];
}

export declare const DIMENSIONS: readonly QualityDimension[];
export declare const DIALOGUE_QUESTIONS: readonly DialogueQuestion[];
/** Questions for the dialogue with the council that fit the given gaps, in catalogue order, no duplicates. */
export declare function dialogueQuestionsFor(topics: readonly GapTopic[]): DialogueQuestion[];
