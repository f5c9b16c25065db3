import { KERNBEREICH_LABELS, Kernbereich } from '../taxonomy/kernbereich';
import { actorTypeById } from '../taxonomy/actorTypes';
import { NetworkActor, NetworkSheet } from '../reader/model';
import { formatList, formatPercent } from '../i18n/format';
import { message } from '../i18n/messages';
import { FindingList } from './findings';
import { countKernbereich, emptyCounts } from './sozialraeume';

/** Evidence the network list gives for a criterion: true shown, false contradicted; absent = not checkable. */
export type EvidenceMap = Map<string, { shown: boolean; reason: string | null }>;

/** Below this share of partners at the network conference, criterion 3.3 gets a note. */
const FORUM_LOW_SHARE = 0.5;
/** Examples named in the agreements finding; the full list is in the sheet. */
const EXAMPLES = 3;
const STEERING_SECTORS: readonly Kernbereich[] = ['jugendhilfe', 'beratung', 'gesundheit'];

/** What the rules need from the partner list, gathered in one pass (lists run to 100,000 rows). */
interface Tally {
  coordination: boolean;
  steering: Record<Kernbereich, number>;
  forum: number;
  withAgreement: number;
  agreementBySector: Record<Kernbereich, number>;
  /** Partners without agreement, first few per rank: required, recommended, other. */
  withoutByRank: NetworkActor[][];
}

function tally(actors: readonly NetworkActor[]): Tally {
  const t: Tally = { coordination: false, steering: emptyCounts(), forum: 0, withAgreement: 0, agreementBySector: emptyCounts(), withoutByRank: [[], [], []] };
  for (const a of actors) {
    if (!t.coordination && (a.actorTypeId === 'koordinierungsstelle' || (a.role !== null && /koordin/i.test(a.role)))) t.coordination = true;
    if (a.steering === true && a.kernbereich) countKernbereich(t.steering, a.kernbereich);
    if (a.forum === true) t.forum++;
    if (a.agreement === true) {
      t.withAgreement++;
      if (a.kernbereich) countKernbereich(t.agreementBySector, a.kernbereich);
    } else {
      const bucket = t.withoutByRank[rank(a.actorTypeId)];
      if (bucket.length < EXAMPLES) bucket.push(a);
    }
  }
  return t;
}

function rank(typeId: string | null): number {
  const requirement = typeId ? actorTypeById(typeId)?.requirement : undefined;
  return requirement === 'required' ? 0 : requirement === 'recommended' ? 1 : 2;
}

/**
 * Checks what the partner list can show about criteria 3.1, 3.2, 3.3, 3.4, 5.2 and 5.9 and adds
 * a finding where it shows a gap.
 */
export function collectEvidence(network: NetworkSheet, present: ReadonlySet<string>, findings: FindingList): EvidenceMap {
  const lang = findings.lang;
  const evidence: EvidenceMap = new Map();
  const { actors, sheet, columns } = network;
  const label = (k: Kernbereich) => KERNBEREICH_LABELS[k][lang];
  const t = tally(actors);

  // 3.1 and 5.9: a coordination office, led by or on behalf of the Jugendamt.
  evidence.set('3.1', { shown: t.coordination, reason: t.coordination ? null : message('no-coordination', lang) });
  if (!t.coordination) findings.add('no-coordination', 'warning', { criterion: '3.1', sheet });
  evidence.set('5.9', { shown: t.coordination && present.has('jugendamt'), reason: null });

  // 3.2: a steering group with youth welfare, counselling and health.
  if (columns.steering === undefined) {
    findings.add('steering-unknown', 'info', { criterion: '3.2', sheet });
  } else {
    const lacking = STEERING_SECTORS.filter((k) => t.steering[k] === 0);
    if (lacking.length > 0) {
      const params = { missing: formatList(lacking.map(label), lang) };
      findings.add('steering-incomplete', 'warning', { criterion: '3.2', sheet, row: network.headerRow, column: columns.steering }, params);
      evidence.set('3.2', { shown: false, reason: message('steering-incomplete', lang, params) });
    } else {
      evidence.set('3.2', { shown: true, reason: null });
    }
  }

  // 3.3: a forum of all partners.
  if (columns.forum !== undefined && actors.length > 0) {
    if (t.forum === 0) {
      findings.add('no-forum', 'warning', { criterion: '3.3', sheet, row: network.headerRow, column: columns.forum });
      evidence.set('3.3', { shown: false, reason: message('no-forum', lang) });
    } else {
      const share = t.forum / actors.length;
      if (share < FORUM_LOW_SHARE) findings.add('forum-low', 'info', { criterion: '3.3', sheet, row: network.headerRow, column: columns.forum }, { share: formatPercent(share, lang) });
      evidence.set('3.3', { shown: true, reason: null });
    }
  }

  // 3.4 and 5.2: cooperation agreements, binding youth welfare and health in particular.
  if (columns.agreement !== undefined && actors.length > 0) {
    const without = actors.length - t.withAgreement;
    if (t.withAgreement === 0) {
      findings.add('no-agreements', 'warning', { criterion: '3.4', sheet, row: network.headerRow, column: columns.agreement });
      evidence.set('3.4', { shown: false, reason: message('no-agreements', lang) });
    } else {
      evidence.set('3.4', { shown: true, reason: null });
      if (without > 0) {
        // Required partners first: those are the agreements a council asks about.
        const examples = t.withoutByRank.flat().slice(0, EXAMPLES);
        findings.add('agreements-missing', 'info', { criterion: '3.4', sheet, row: examples[0].row, column: columns.agreement }, {
          count: without,
          total: actors.length,
          examples: formatList(examples.map((a) => a.name), lang),
        });
      }
    }
    const unbound = (['jugendhilfe', 'gesundheit'] as const).filter((k) => t.agreementBySector[k] === 0).map(label);
    if (unbound.length > 0) {
      const detail = lang === 'de' ? `ohne Vereinbarung: ${formatList(unbound, lang)}` : `no agreement in ${formatList(unbound, lang)}`;
      findings.add('health-youth-not-bound', 'warning', { criterion: '5.2', sheet }, { detail });
      evidence.set('5.2', { shown: false, reason: message('health-youth-not-bound', lang, { detail }) });
    } else {
      evidence.set('5.2', { shown: true, reason: null });
    }
  }
  return evidence;
}
