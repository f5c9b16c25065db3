"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REFERENCE_RATES = void 0;
exports.REFERENCE_RATES = {
    schwangerschaftsberatung: { share: 0.957, year: 2017 },
    familienhebamme: { share: 0.929, year: 2020 },
    erziehungsberatung: { share: 0.928, year: 2017 },
    jugendamt: { share: 0.85, year: 2017 },
    kita: { share: 0.819, year: 2020 },
    familienzentrum: { share: 0.748, year: 2020 },
    hilfen_zur_erziehung: { share: 0.691, year: 2017 },
    familienbildung: { share: 0.608, year: 2020 },
};
