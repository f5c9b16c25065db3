import { NetworkActor } from '../reader/model';
import { fold } from '../text';
import { Kernbereich, KERNBEREICHE } from '../taxonomy/kernbereich';
import { SozialraumSummary } from './result';

/** Partners marked as working across the whole district rather than in one Sozialraum. */
const DISTRICT_WIDE =
  /^(bezirksweit|stadtweit|kreisweit|landkreisweit|gesamt(e[rsn]?)?|alle[n]?(?! (ausser|ohne|bis auf)\b)|in allen|ganze[rsn]?|uebergreifend|sozialraumuebergreifend|ueberregional|zentral|gesamtstadt|ueberall|flaechendeckend|(land)?kreis(gebiet)?$|stadtgebiet$|district-?wide|city-?wide|county-?wide|all)\b/;

export function isDistrictWide(sozialraum: string): boolean {
  return DISTRICT_WIDE.test(fold(sozialraum));
}

export function emptyCounts(): Record<Kernbereich, number> {
  return { jugendhilfe: 0, gesundheit: 0, beratung: 0, weitere: 0 };
}

/** counts[k]++ with named stores: a keyed store per partner is measurably slower on 100,000-row lists. */
export function countKernbereich(counts: Record<Kernbereich, number>, k: Kernbereich): void {
  switch (k) {
    case 'jugendhilfe':
      counts.jugendhilfe++;
      break;
    case 'gesundheit':
      counts.gesundheit++;
      break;
    case 'beratung':
      counts.beratung++;
      break;
    default:
      counts.weitere++;
  }
}

interface Group {
  readonly name: string;
  actors: number;
  /** The group's first partner, where a finding about the Sozialraum points. */
  readonly first: NetworkActor;
  readonly counts: Record<Kernbereich, number>;
}

/** The group of a Sozialraum spelling; "Nord" and "nord " fold together, the first spelling names it. */
function groupFor(groups: Map<string, Group>, spelling: string, first: NetworkActor): Group {
  const key = fold(spelling);
  let group = groups.get(key);
  if (!group) {
    group = { name: spelling, actors: 0, first, counts: emptyCounts() };
    groups.set(key, group);
  }
  return group;
}

export interface SozialraumAnalysis {
  readonly summaries: SozialraumSummary[];
  /** Sheet row of each Sozialraum's first partner, by summary name, so a finding can point at it. */
  readonly firstActors: ReadonlyMap<string, NetworkActor>;
  /** Kernbereich counts of district-wide partners, which serve every Sozialraum. */
  readonly districtWide: Record<Kernbereich, number>;
}

/**
 * Groups partners by Sozialraum (spelling variants folded together, first spelling kept; a partner
 * of several Sozialräume in each) and names the Kernbereiche no local partner covers (seed 001:
 * appropriate spatial distribution).
 */
export function analyseSozialraeume(actors: readonly NetworkActor[]): SozialraumAnalysis {
  const groups = new Map<string, Group>();
  // Raw spelling → its group (null = district-wide): one lookup per partner on long lists.
  const bySpelling = new Map<string, Group | null>();
  const districtWide = emptyCounts();
  for (const actor of actors) {
    // A partner working in several Sozialräume counts in each; a district-wide mark counts it apart, once.
    let wide = false;
    for (const spelling of actor.sozialraeume) {
      let group = bySpelling.get(spelling);
      if (group === undefined) {
        group = isDistrictWide(spelling) ? null : groupFor(groups, spelling, actor);
        bySpelling.set(spelling, group);
      }
      if (group === null) {
        if (!wide && actor.kernbereich) countKernbereich(districtWide, actor.kernbereich);
        wide = true;
        continue;
      }
      group.actors++;
      if (actor.kernbereich) countKernbereich(group.counts, actor.kernbereich);
    }
  }
  const summaries = [...groups.values()].map((g) => ({
    name: g.name,
    actors: g.actors,
    kernbereiche: g.counts,
    missingKernbereiche: KERNBEREICHE.filter((k) => g.counts[k] === 0),
  }));
  return { summaries, districtWide, firstActors: new Map([...groups.values()].map((g) => [g.name, g.first])) };
}
