import { ActorType, actorTypeById, ActorTypeId, defaultTypeIds } from '../taxonomy/actorTypes';
import { resolveActorType } from '../taxonomy/classifier';

export interface RequirementLists {
  readonly required: readonly ActorTypeId[];
  readonly recommended: readonly ActorTypeId[];
  /** Types the planner marked as not in the district: expected nowhere, said apart. */
  readonly absent: readonly ActorTypeId[];
  /** Entries of the planner's lists that match no actor type. */
  readonly unknown: readonly string[];
}

/** Resolves a planner's list (ids, labels or spellings) to type ids, keeping order and dropping repeats. */
export function resolveTypeList(items: readonly string[]): { ids: ActorTypeId[]; unknown: string[] } {
  const ids: ActorTypeId[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const type = resolveActorType(item);
    if (!type) unknown.push(item);
    else if (!ids.includes(type.id)) ids.push(type.id);
  }
  return { ids, unknown };
}

/**
 * The required and recommended lists: the planner's settings where given, else the defaults; types
 * the planner marked as not in the district (`absent`) leave both lists and are reported apart.
 */
export function requirementLists(required: readonly string[] | null, recommended: readonly string[] | null, absent: readonly string[] = []): RequirementLists {
  const req = required && required.length > 0 ? resolveTypeList(required) : { ids: defaultTypeIds('required'), unknown: [] };
  const rec = recommended && recommended.length > 0 ? resolveTypeList(recommended) : { ids: defaultTypeIds('recommended'), unknown: [] };
  const out = resolveTypeList(absent.filter((t) => t !== undefined && t !== ''));
  return {
    required: req.ids.filter((id) => !out.ids.includes(id)),
    recommended: rec.ids.filter((id) => !req.ids.includes(id) && !out.ids.includes(id)),
    absent: out.ids,
    unknown: [...req.unknown, ...rec.unknown, ...out.unknown],
  };
}

/** Share 0..1 of required types present, and the missing ones in list order. An empty requirement is fully covered. */
export function coverageOf(presentTypeIds: ReadonlySet<ActorTypeId>, required: readonly ActorTypeId[]): { coverage: number; missing: ActorType[] } {
  const missing = required.filter((id) => !presentTypeIds.has(id)).map((id) => actorTypeById(id)).filter((t): t is ActorType => t !== undefined);
  const coverage = required.length === 0 ? 1 : (required.length - missing.length) / required.length;
  return { coverage, missing };
}

/** The types present, with the ones each also counts for: a listed Geburtsklinik is a hospital too, an ASD the Jugendamt. */
export function presentTypes(ids: Iterable<ActorTypeId>): Set<ActorTypeId> {
  const present = new Set<ActorTypeId>();
  for (const id of ids) {
    present.add(id);
    for (const also of actorTypeById(id)?.alsoCounts ?? []) present.add(also);
  }
  return present;
}
