import { ACTOR_TYPES, ActorType, actorTypeById, Requirement } from '../taxonomy/actorTypes';
import { resolveActorType } from '../taxonomy/classifier';

export interface RequirementLists {
  readonly required: readonly string[];
  readonly recommended: readonly string[];
  /** Entries of the planner's lists that match no actor type. */
  readonly unknown: readonly string[];
}

/** Resolves a planner's list (ids, labels or spellings) to type ids, keeping order and dropping repeats. */
export function resolveTypeList(items: readonly string[]): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const type = resolveActorType(item);
    if (!type) unknown.push(item);
    else if (!ids.includes(type.id)) ids.push(type.id);
  }
  return { ids, unknown };
}

function defaults(requirement: Requirement): string[] {
  return ACTOR_TYPES.filter((t) => t.requirement === requirement).map((t) => t.id);
}

/** The required and recommended lists: the planner's settings where given, else the defaults. */
export function requirementLists(required: readonly string[] | null, recommended: readonly string[] | null): RequirementLists {
  const req = required && required.length > 0 ? resolveTypeList(required) : { ids: defaults('required'), unknown: [] };
  const rec = recommended && recommended.length > 0 ? resolveTypeList(recommended) : { ids: defaults('recommended'), unknown: [] };
  return {
    required: req.ids,
    recommended: rec.ids.filter((id) => !req.ids.includes(id)),
    unknown: [...req.unknown, ...rec.unknown],
  };
}

/** Share 0..1 of required types present, and the missing ones in list order. An empty requirement is fully covered. */
export function coverageOf(presentTypeIds: ReadonlySet<string>, required: readonly string[]): { coverage: number; missing: ActorType[] } {
  const missing = required.filter((id) => !presentTypeIds.has(id)).map((id) => actorTypeById(id)).filter((t): t is ActorType => t !== undefined);
  const coverage = required.length === 0 ? 1 : (required.length - missing.length) / required.length;
  return { coverage, missing };
}
