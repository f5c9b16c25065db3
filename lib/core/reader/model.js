"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.READER_CHOICE_CODES = exports.READER_FINDING_CODES = exports.NETWORK_FIELDS = void 0;
exports.NETWORK_FIELDS = ['name', 'type', 'kernbereich', 'sozialraum', 'agreement', 'steering', 'forum', 'role', 'contact', 'status', 'until', 'note'];
exports.READER_FINDING_CODES = [
    'error-cell',
    'unclear-mark',
    'unreadable-amount',
    'override-sheet-missing',
    'layout-unreadable',
    'sheet-clipped',
    'status-unclear',
    'settings-sheet-missing',
    'network-year-missing',
    'network-year-chosen',
    'network-sheets-combined',
    'network-sheet-left-out',
    'header-two-rows',
    'sozialraum-matrix',
    'former-partners',
    'note-rows-skipped',
    'filtered-rows-counted',
    'partners-merged',
    'type-from-contact',
    'types-taught',
    'budget-column-chosen',
    'budget-section-chosen',
    'budget-in-thousands',
    'budget-year-missing',
    'budget-rows-chosen',
    'budget-sheet-chosen',
    'criteria-tick-form',
    'criterion-status-unclear',
];
const CELL_NOTICES = new Set(['error-cell', 'unclear-mark', 'unreadable-amount', 'status-unclear', 'criterion-status-unclear']);
exports.READER_CHOICE_CODES = new Set(exports.READER_FINDING_CODES.filter((c) => !CELL_NOTICES.has(c)));
