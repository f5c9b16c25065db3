"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FEDERAL_EURO_PER_BIRTH_REFERENCES = exports.LAB_FTE_REFERENCES = void 0;
exports.LAB_FTE_REFERENCES = [
    { value: 1.29, label: { de: 'Durchschnitt je Kommune', en: 'average per Kommune' }, source: { de: 'NZFH-Kommunalbefragung 2020', en: 'NZFH municipal survey 2020' } },
    { value: 0.87, label: { de: 'dünn besiedelte Kreise', en: 'thinly populated districts' }, source: { de: 'NZFH-Kommunalbefragung 2020', en: 'NZFH municipal survey 2020' } },
    { value: 2.79, label: { de: 'Großstädte', en: 'large cities' }, source: { de: 'NZFH-Kommunalbefragung 2020', en: 'NZFH municipal survey 2020' } },
];
exports.FEDERAL_EURO_PER_BIRTH_REFERENCES = [
    { value: 45, label: { de: 'Kreis Heinsberg', en: 'Kreis Heinsberg' }, source: { de: 'Bundesstiftung Frühe Hilfen, Zuweisung 2021', en: 'Bundesstiftung Frühe Hilfen, 2021 allocation' } },
    { value: 79, label: { de: 'Dortmund', en: 'Dortmund' }, source: { de: 'Bundesstiftung Frühe Hilfen, Zuweisung 2021', en: 'Bundesstiftung Frühe Hilfen, 2021 allocation' } },
    { value: 96, label: { de: 'Mönchengladbach', en: 'Mönchengladbach' }, source: { de: 'Bundesstiftung Frühe Hilfen, Zuweisung 2021', en: 'Bundesstiftung Frühe Hilfen, 2021 allocation' } },
];
