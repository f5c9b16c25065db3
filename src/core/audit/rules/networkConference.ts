import { finding } from '../../findings/finding';
import { defineRule } from '../rule';
import { columnPlace } from '../places';

/** Below this share of partners at the network conference, criterion 3.3 gets a note. */
const FORUM_LOW_SHARE = 0.5;

/**
 * Criterion 3.3: a note on who the list marks at the network conference. A column nobody is ticked
 * in may be a conference not yet held, and one ticked partner is no regular conference: only dated
 * entries in the Netzwerkarbeit sheet show one, so the list gives notes, never warnings.
 */
export const networkConference = defineRule({
  name: 'networkConference',
  codes: ['no-forum', 'forum-low'],
  needs: ['network', 'evidence'],
  run: ({ network, evidence }) => {
    if (!network || !evidence || evidence.forum === null) return [];
    const where = { criterion: '3.3', ...columnPlace(network, 'forum') } as const;
    if (evidence.forum === 0) return [finding('no-forum', 'info', {}, { ...where, topics: ['cooperation'] })];
    const share = evidence.forum / network.actors.length;
    return share < FORUM_LOW_SHARE ? [finding('forum-low', 'info', { share }, where)] : [];
  },
});
