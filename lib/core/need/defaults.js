"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NEED_DEFAULTS = void 0;
exports.NEED_DEFAULTS = {
    burdenShare: {
        value: 0.15,
        source: {
            de: 'mindestens 15 % stark belastete Familien (Einschätzung von Geburtskliniken, NZFH ZuFa 2024); nahe an 16,5 % der unter Dreijährigen in SGB-II-Haushalten (2017)',
            en: 'at least 15 % of families strongly burdened (birth-clinic estimate, NZFH ZuFa 2024); close to 16.5 % of under-3s in SGB II households (2017)',
        },
        assumption: false,
    },
    costPerFamily: {
        value: 2500,
        source: {
            de: 'Annahme: rund 75.000 € je Vollzeitstelle Familienhebamme (Hagen 2023) bei angenommen 30 begleiteten Familien je Stelle und Jahr; es gibt keine veröffentlichte Norm',
            en: 'assumption: about €75,000 per full-time family midwife (Hagen 2023) with an assumed 30 supported families per post and year; no published norm exists',
        },
        assumption: true,
    },
};
