"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KERNBEREICH_LABELS = exports.KERNBEREICHE = void 0;
exports.KERNBEREICHE = ['jugendhilfe', 'gesundheit', 'beratung', 'weitere'];
exports.KERNBEREICH_LABELS = {
    jugendhilfe: { de: 'Kinder- und Jugendhilfe', en: 'Child and youth welfare', shortDe: 'Jugendhilfe', shortEn: 'Youth welfare' },
    gesundheit: { de: 'Gesundheitsbereich', en: 'Health', shortDe: 'Gesundheit', shortEn: 'Health' },
    beratung: { de: 'Psychosoziale Beratungsstellen/Dienste', en: 'Psychosocial counselling services', shortDe: 'Beratung', shortEn: 'Counselling' },
    weitere: { de: 'Weitere Akteure', en: 'Other actors', shortDe: 'Weitere', shortEn: 'Other' },
};
