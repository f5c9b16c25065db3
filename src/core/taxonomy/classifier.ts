// CONTRACT STUB — to be implemented (taxonomy helper). Signatures are fixed; other modules import them.
import { ActorType } from './actorTypes';
import { Kernbereich } from './kernbereich';

export interface Classification {
  readonly actorType: ActorType | null;
  readonly kernbereich: Kernbereich | null;
}

/** Classifies one free-text label (partner name or type text). Unrelated text gives nulls, never a guess. */
export declare function classifyLabel(label: string): Classification;

/**
 * Classifies a network row: a recognised type column overrides a vague name ("Caritas" + "Erziehungsberatung");
 * a type column that only names a Kernbereich sets the Kernbereich while the name may still give the type.
 */
export declare function classifyActor(name: string, typeText?: string | null): Classification;

/** Resolves a reference from a settings list or custom-function argument: type id, label or any known spelling. */
export declare function resolveActorType(text: string): ActorType | null;

/** Resolves a Kernbereich named by key or German/English label/synonym ("Gesundheit", "health", "Jugendhilfe"). */
export declare function resolveKernbereich(text: string): Kernbereich | null;
