import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** Below this share of partners at the network conference, criterion 3.3 gets a note. */
const FORUM_LOW_SHARE = 0.5;

/** Criterion 3.3: partners take part in a common network conference. */
export const networkConference = defineRule({
  name: 'networkConference',
  codes: ['no-forum', 'forum-low'],
  needs: ['network', 'evidence'],
  run: ({ network, evidence }) => {
    if (!network || !evidence || evidence.forum === null) return [];
    const where = { criterion: '3.3', sheet: network.sheet, row: network.headerRow, column: network.columns.forum } as const;
    if (evidence.forum === 0) return [finding('no-forum', 'warning', {}, { ...where, topics: ['cooperation'] })];
    const share = evidence.forum / network.actors.length;
    return share < FORUM_LOW_SHARE ? [finding('forum-low', 'info', { share }, where)] : [];
  },
});
