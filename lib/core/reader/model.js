"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.READER_FINDING_CODES = exports.NETWORK_FIELDS = void 0;
exports.NETWORK_FIELDS = ['name', 'type', 'kernbereich', 'sozialraum', 'agreement', 'steering', 'forum', 'role', 'contact', 'status', 'until'];
exports.READER_FINDING_CODES = [
    'error-cell',
    'unclear-mark',
    'unreadable-amount',
    'override-sheet-missing',
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
    'filtered-rows-counted',
    'partners-merged',
    'type-from-contact',
    'budget-column-chosen',
    'budget-year-missing',
    'criteria-tick-form',
    'criterion-status-unclear',
];
