import { defineRule } from '../rule';

/** What the reader noticed while reading the sheets (error cells, unclear marks, unreadable amounts, a saved sheet that is gone). */
export const reading = defineRule({
  name: 'reading',
  codes: ['error-cell', 'unclear-mark', 'unreadable-amount', 'override-sheet-missing', 'sheet-clipped'],
  needs: ['model'],
  run: ({ model }) => model.findings,
});
