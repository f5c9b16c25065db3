import { KERNBEREICH_LABELS, Kernbereich } from '../taxonomy/kernbereich';
import { actorTypeById } from '../taxonomy/actorTypes';
import { NetworkSheet } from '../reader/model';
import { formatList, formatPercent } from '../i18n/format';
import { message } from '../i18n/messages';
import { FindingList } from './findings';

/** Evidence the network list gives for a criterion: true shown, false contradicted; absent = not checkable. */
export type EvidenceMap = Map<string, { shown: boolean; reason: string | null }>;

/** Below this share of partners at the network conference, criterion 3.3 gets a note. */
const FORUM_LOW_SHARE = 0.5;
/** Examples named in the agreements finding; the full list is in the sheet. */
const EXAMPLES = 3;

/**
 * Checks what the partner list can show about criteria 3.1, 3.2, 3.3, 3.4, 5.2 and 5.9 and adds
 * a finding where it shows a gap.
 */
export function collectEvidence(network: NetworkSheet, present: ReadonlySet<string>, findings: FindingList): EvidenceMap {
  const lang = findings.lang;
  const evidence: EvidenceMap = new Map();
  const { actors, sheet, columns } = network;
  const label = (k: Kernbereich) => KERNBEREICH_LABELS[k][lang];

  // 3.1 and 5.9: a coordination office, led by or on behalf of the Jugendamt.
  const coordination = actors.some((a) => a.actorTypeId === 'koordinierungsstelle' || (a.role !== null && /koordin/i.test(a.role)));
  evidence.set('3.1', { shown: coordination, reason: coordination ? null : message('no-coordination', lang) });
  if (!coordination) findings.add('no-coordination', 'warning', { criterion: '3.1', sheet });
  evidence.set('5.9', { shown: coordination && present.has('jugendamt'), reason: null });

  // 3.2: a steering group with youth welfare, counselling and health.
  if (columns.steering === undefined) {
    findings.add('steering-unknown', 'info', { criterion: '3.2', sheet });
  } else {
    const inGroup = new Set(actors.filter((a) => a.steering === true && a.kernbereich).map((a) => a.kernbereich as Kernbereich));
    const lacking = (['jugendhilfe', 'beratung', 'gesundheit'] as const).filter((k) => !inGroup.has(k));
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
    const attending = actors.filter((a) => a.forum === true).length;
    if (attending === 0) {
      findings.add('no-forum', 'warning', { criterion: '3.3', sheet, row: network.headerRow, column: columns.forum });
      evidence.set('3.3', { shown: false, reason: message('no-forum', lang) });
    } else {
      const share = attending / actors.length;
      if (share < FORUM_LOW_SHARE) findings.add('forum-low', 'info', { criterion: '3.3', sheet, row: network.headerRow, column: columns.forum }, { share: formatPercent(share, lang) });
      evidence.set('3.3', { shown: true, reason: null });
    }
  }

  // 3.4 and 5.2: cooperation agreements, binding youth welfare and health in particular.
  if (columns.agreement !== undefined && actors.length > 0) {
    const without = actors.filter((a) => a.agreement !== true);
    if (without.length === actors.length) {
      findings.add('no-agreements', 'warning', { criterion: '3.4', sheet, row: network.headerRow, column: columns.agreement });
      evidence.set('3.4', { shown: false, reason: message('no-agreements', lang) });
    } else {
      evidence.set('3.4', { shown: true, reason: null });
      // Required partners first: those are the agreements a council asks about.
      const ranked = [...without].sort((a, b) => rank(a.actorTypeId) - rank(b.actorTypeId));
      if (without.length > 0) {
        findings.add('agreements-missing', 'info', { criterion: '3.4', sheet, row: ranked[0].row, column: columns.agreement }, {
          count: without.length,
          total: actors.length,
          examples: formatList(ranked.slice(0, EXAMPLES).map((a) => a.name), lang),
        });
      }
    }
    const bound = (k: Kernbereich) => actors.some((a) => a.kernbereich === k && a.agreement === true);
    const youth = bound('jugendhilfe');
    const health = bound('gesundheit');
    if (!youth || !health) {
      const missing = [!youth ? label('jugendhilfe') : null, !health ? label('gesundheit') : null].filter((s): s is string => s !== null);
      const detail = lang === 'de' ? `ohne Vereinbarung: ${formatList(missing, lang)}` : `no agreement in ${formatList(missing, lang)}`;
      findings.add('health-youth-not-bound', 'warning', { criterion: '5.2', sheet }, { detail });
      evidence.set('5.2', { shown: false, reason: message('health-youth-not-bound', lang, { detail }) });
    } else {
      evidence.set('5.2', { shown: true, reason: null });
    }
  }
  return evidence;
}

function rank(typeId: string | null): number {
  const requirement = typeId ? actorTypeById(typeId)?.requirement : undefined;
  return requirement === 'required' ? 0 : requirement === 'recommended' ? 1 : 2;
}
