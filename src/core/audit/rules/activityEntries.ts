import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/**
 * Entries of network work the audit cannot use as evidence: no readable date ("Frühjahr 2025", empty)
 * or no known kind of work. Said once, at the first such entry, so a planner can date or name them.
 */
export const activityEntries = defineRule({
  name: 'activityEntries',
  codes: ['activity-entries-unused'],
  needs: ['model'],
  run: ({ model }) => {
    const sheet = model.activities;
    if (!sheet) return [];
    const undated = sheet.entries.filter((e) => e.dateMs === null);
    const unknownKind = sheet.entries.filter((e) => e.dateMs !== null && e.kind === null);
    const unused = [...undated, ...unknownKind].sort((a, b) => a.row - b.row);
    if (unused.length === 0) return [];
    return [
      finding(
        'activity-entries-unused',
        'info',
        { undated: undated.length, unknownKind: unknownKind.length, examples: unused.slice(0, 3).map((e) => e.text) },
        { sheet: sheet.sheet, row: unused[0].row, column: sheet.dateColumn },
      ),
    ];
  },
});
