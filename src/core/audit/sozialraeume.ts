import { NetworkActor } from '../reader/model';
import { fold } from '../text';
import { Kernbereich, KERNBEREICHE } from '../taxonomy/kernbereich';
import { SozialraumSummary } from './result';

/** Partners marked as working across the whole district rather than in one Sozialraum. */
const DISTRICT_WIDE = /^(bezirksweit|stadtweit|kreisweit|landkreisweit|gesamt|alle|ganze[rs]?\b|uebergreifend|sozialraumuebergreifend|ueberregional|zentral|gesamtstadt|district-?wide|city-?wide|all)\b/;

export function isDistrictWide(sozialraum: string): boolean {
  return DISTRICT_WIDE.test(fold(sozialraum));
}

export function emptyCounts(): Record<Kernbereich, number> {
  return { jugendhilfe: 0, gesundheit: 0, beratung: 0, weitere: 0 };
}

export interface SozialraumAnalysis {
  readonly summaries: SozialraumSummary[];
  /** Sheet row of each Sozialraum's first partner, by summary name, so a finding can point at it. */
  readonly firstRows: ReadonlyMap<string, number>;
  /** Kernbereich counts of district-wide partners, which serve every Sozialraum. */
  readonly districtWide: Record<Kernbereich, number>;
}

/**
 * Groups partners by Sozialraum (spelling variants folded together, first spelling kept) and names
 * the Kernbereiche no local partner covers (seed 001: appropriate spatial distribution).
 */
export function analyseSozialraeume(actors: readonly NetworkActor[]): SozialraumAnalysis {
  const groups = new Map<string, { name: string; actors: number; firstRow: number; counts: Record<Kernbereich, number> }>();
  const districtWide = emptyCounts();
  const keyCache = new Map<string, string | null>();
  for (const actor of actors) {
    if (actor.sozialraum === null) continue;
    let key = keyCache.get(actor.sozialraum);
    if (key === undefined) {
      key = isDistrictWide(actor.sozialraum) ? null : fold(actor.sozialraum);
      keyCache.set(actor.sozialraum, key);
    }
    if (key === null) {
      if (actor.kernbereich) districtWide[actor.kernbereich]++;
      continue;
    }
    let group = groups.get(key);
    if (!group) {
      group = { name: actor.sozialraum, actors: 0, firstRow: actor.row, counts: emptyCounts() };
      groups.set(key, group);
    }
    group.actors++;
    if (actor.kernbereich) group.counts[actor.kernbereich]++;
  }
  const summaries = [...groups.values()].map((g) => ({
    name: g.name,
    actors: g.actors,
    kernbereiche: g.counts,
    missingKernbereiche: KERNBEREICHE.filter((k) => g.counts[k] === 0),
  }));
  return { summaries, districtWide, firstRows: new Map([...groups.values()].map((g) => [g.name, g.firstRow])) };
}
