"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CRITERIA = exports.QUALITY_LEVEL_LABELS = exports.QUALITY_LEVELS = void 0;
exports.criterionById = criterionById;
exports.QUALITY_LEVELS = ['struktur', 'prozess', 'ergebnis', 'konzept'];
exports.QUALITY_LEVEL_LABELS = {
    struktur: { de: 'Strukturen und Ressourcen', en: 'Structures and resources' },
    prozess: { de: 'Prozesse und Verlaufssteuerung', en: 'Processes and steering' },
    ergebnis: { de: 'Ergebnisse, Wirksamkeit und Nutzen', en: 'Results, effectiveness and benefit' },
    konzept: { de: 'Konzept und Orientierung', en: 'Concept and orientation' },
};
const ENTRIES = [
    [
        '3.1',
        'Koordinierungsstelle mit eigenem Personal',
        'Coordination office with dedicated staff',
        'Eine Koordinierungsstelle mit ausreichend eigenem Personal führt das Netzwerk, meist beim Jugendamt; alle Partner wissen, wofür sie zuständig ist.',
        'A coordination office with enough staff of its own leads the network, usually at the Jugendamt; every partner knows what the office is responsible for.',
    ],
    [
        '3.2',
        'Steuerungsgruppe und Arbeitsgruppen mit klarem Rahmen',
        'Steering group and working groups with a clear remit',
        'Die Zusammenarbeit ist über den Einzelfall hinaus angelegt: Eine Steuerungsgruppe aus den wichtigsten Bereichen kann den Aufbau lenken; Arbeitsgruppen haben Auftrag, Mitglieder und Zeitplan.',
        'Cooperation is organised beyond single cases: a steering group drawn from the main sectors can guide the build-up; working groups have a mandate, members and a timetable.',
    ],
    [
        '3.3',
        'Regelmäßige Netzwerkkonferenz aller Partner',
        'Regular network conference of all partners',
        'Alle Partner treffen sich in festem Rhythmus, etwa einmal im Jahr, in einem gemeinsamen Forum; ein öffentlicher Auftakt hat die Ziele bekannt gemacht.',
        'All partners meet at fixed intervals, for example once a year, in a shared forum; a public launch has made the aims known.',
    ],
    [
        '3.4',
        'Absprachen für die Zusammenarbeit im Einzelfall',
        'Agreements for work on individual cases',
        'Für den Einzelfall gibt es verbindliche Absprachen: ein gemeinsames Instrument zum Erkennen von Bedarf, ein Ablauf bei gewichtigen Anhaltspunkten für eine Kindeswohlgefährdung, anonyme Fallberatung und Rückmeldung nach einer Vermittlung.',
        'Binding agreements cover single cases: a shared tool to spot needs, a procedure when there are weighty indications that a child is at risk, anonymous case consultation and feedback after a referral.',
    ],
    [
        '3.5',
        'Schnittstellen zu Jugendhilfeplanung und Gesundheitswesen',
        'Links to youth welfare planning and the health sector',
        'Das Netzwerk ist an Jugendhilfeplanung und Gesundheitswesen angebunden und grenzt sich von einem etwaigen Netzwerk Kinderschutz ab, damit Bedarfsplanung und Angebote zusammenpassen.',
        'The network is tied into youth welfare planning and the health sector and sets its tasks apart from any child-protection network, so that need planning and services fit together.',
    ],
    [
        '3.6',
        'Fortbildungsbedarf erhoben, gemeinsame Fortbildung',
        'Training needs surveyed, joint training offered',
        'Welche Fortbildung die Partner brauchen, wird systematisch erhoben und regelmäßig geprüft; das Netzwerk bietet interdisziplinäre Fortbildungen an.',
        'What training partners need is surveyed systematically and reviewed regularly; the network offers interdisciplinary courses.',
    ],
    [
        '4.1',
        'Auftrag und Ziele des Netzwerks geklärt',
        'Mandate and aims of the network agreed',
        'Das Netzwerk hat geklärt, wozu es da ist: mehr Prävention, bessere Angebote für alle und für besondere Zielgruppen, ein gemeinsames Fachverständnis, bessere Verfahren und welche Partner dafür nötig sind.',
        'The network has settled what it is for: more prevention, better services for all families and particular groups, a shared professional understanding, better procedures, and which partners this takes.',
    ],
    [
        '4.2',
        'Arbeitsgruppen nach Lebensphase, Sozialraum oder Thema',
        'Working groups by age phase, area or topic',
        'Konkrete Aufgaben werden in arbeitsfähigen Gruppen bearbeitet, gegliedert etwa nach Alter des Kindes, Sozialraum oder Zielgruppe.',
        'Concrete tasks are handled in workable groups, organised for example by the child’s age, by Sozialraum or by target group.',
    ],
    [
        '4.3',
        'Partner auf der passenden Ebene eingebunden',
        'Partners involved at the level that suits them',
        'Jeder Partner wirkt auf der Ebene mit, für die er zuständig ist: Kitas und Familienzentren im Sozialraum, Kliniken für den ganzen Jugendamtsbezirk.',
        'Each partner takes part at the level it serves: day-care centres and family centres in their Sozialraum, hospitals for the whole district.',
    ],
    [
        '4.4',
        'Gremien mit festgelegtem und bekanntem Auftrag',
        'Groups with a defined and published mandate',
        'Arbeitsgruppen und Gremien haben Ziel, Zeitrahmen, Moderation und Dokumentation festgelegt und im Netzwerk bekannt gemacht; benachbarte Netzwerke werden einbezogen.',
        'Working groups and committees have set aims, time frame, chair and minutes, made known in the network; neighbouring networks are drawn in.',
    ],
    [
        '4.5',
        'Gemeinsame Fortbildung und Fallreflexion',
        'Joint training and case reflection',
        'Gemeinsame Fortbildungen und anonymisierte Fallbesprechungen im Team fördern ein geteiltes Fach- und Fallverständnis.',
        'Joint training and anonymised case discussions in mixed teams build a shared understanding of the work and of cases.',
    ],
    [
        '4.6',
        'Bedarfsgerechte, gut erreichbare Angebote',
        'Services that fit needs and are easy to reach',
        'Angebote werden für die Vielfalt der Familien und für besondere Zielgruppen entwickelt, an Regeleinrichtungen angedockt und auf passende Zugänge ausgerichtet.',
        'Services are designed for the full range of families and for particular groups, attached to mainstream institutions and shaped around suitable ways in.',
    ],
    [
        '4.7',
        'Information zwischen den Treffen',
        'Information between meetings',
        'Zwischen den Treffen halten Newsletter, Webseiten oder Austauschplattformen die Partner auf dem Laufenden.',
        'Between meetings, newsletters, web pages or exchange platforms keep partners informed.',
    ],
    [
        '4.8',
        'Feste, regelmäßige Öffentlichkeitsarbeit',
        'Regular, established public relations',
        'Das Netzwerk berichtet planmäßig und wiederkehrend öffentlich über seine Aktivitäten.',
        'The network reports publicly on its activities as a routine.',
    ],
    [
        '5.1',
        'Überblick über die Hilfen ist verbreitet',
        'Overview of available help is widely known',
        'Fachkräfte kennen die Hilfen in Jugendhilfe und Gesundheitswesen und nutzen dieses Wissen bereichsübergreifend; ein Angebotsverzeichnis liegt vor und seine Nutzung wird erfasst.',
        'Professionals know what help youth welfare and health services offer and use it across sectors; a directory exists and its use is recorded.',
    ],
    [
        '5.2',
        'Geregelte Kooperation der Bereiche',
        'Sectors cooperate by agreed procedures',
        'Fachkräfte aus Jugendhilfe, Gesundheitswesen und weiteren Bereichen arbeiten nach geklärten Abläufen zusammen.',
        'Professionals from youth welfare, health and other fields work together along agreed procedures.',
    ],
    [
        '5.3',
        'Laufende fachliche Debatte über Bedarfe',
        'Ongoing professional debate about needs',
        'Das Netzwerk beschäftigt sich fortlaufend mit dem, was alle Familien und was besondere Zielgruppen brauchen; das zeigt sich in Veranstaltungsthemen und Arbeitshilfen.',
        'The network keeps discussing what all families and what particular groups need; this shows in event topics and working materials.',
    ],
    [
        '5.4',
        'Regelmäßiger Austausch und anonyme Fallberatung',
        'Regular exchange and anonymous case consultation',
        'Ein jährliches Plenum, verabredete AG-Treffen und gepflegte Kommunikationswege sichern den Austausch; ein Forum für anonyme Fallberatung wird genutzt und ausgewertet.',
        'A yearly plenary, agreed working-group meetings and maintained channels secure the exchange; a forum for anonymous case consultation is used and reviewed.',
    ],
    [
        '5.5',
        'Regeleinrichtungen als Anlaufstellen für Familien',
        'Mainstream institutions as family contact points',
        'Kitas, Krippen und Familienzentren sind zentrale Informationsorte; das Angebot deckt den Bedarf, ist auch für belastete Familien niedrigschwellig und berücksichtigt Zielgruppen.',
        'Day care, crèches and family centres are key places for information; services cover the need, are low-threshold for burdened families too and consider target groups.',
    ],
    [
        '5.6',
        'Bedarfs- und Angebotsplanung mit der Jugendhilfeplanung',
        'Need and service planning tied to youth welfare planning',
        'In oder nahe der Jugendhilfeplanung werden Bedarf und Angebote der Frühen Hilfen systematisch für alle Familien und für Zielgruppen fortgeschrieben, mit klaren Zuständigkeiten.',
        'Within or alongside youth welfare planning, need and services are developed systematically for all families and for target groups, with clear responsibilities.',
    ],
    [
        '5.7',
        'Jugendhilfe stärkt Eltern vorbeugend',
        'Youth welfare strengthens parents early',
        'Die Jugendhilfe fördert die Erziehung in der Familie und die Kompetenzen der Eltern und baut vorbeugende Angebote für (werdende) Eltern aus.',
        'Youth welfare supports upbringing within the family and parenting skills and expands preventive offers for (expectant) parents.',
    ],
    [
        '5.8',
        'Jeder Bereich schafft die Voraussetzungen',
        'Each sector puts the groundwork in place',
        'Jugendhilfe, Gesundheitswesen und weitere Partner sorgen jeweils bei sich für Qualifikation, Mittel und Methoden, damit Angebote an den Schnittstellen abgestimmt sind, und wirken an der Kooperation mit.',
        'Youth welfare, health and other partners each provide skills, means and methods in their own field so that services match at the interfaces, and each takes part in cooperation.',
    ],
    [
        '5.9',
        'Jugendamt koordiniert und zieht Bilanz',
        'Jugendamt coordinates and takes stock',
        'Das Jugendamt oder eine beauftragte Stelle koordiniert und moderiert das Netzwerk in Gesamtverantwortung, klärt Aufgaben und zieht regelmäßig Bilanz.',
        'The Jugendamt, or a body it commissions, coordinates and chairs the network with overall responsibility, clarifies tasks and regularly takes stock.',
    ],
    [
        '5.10',
        'Netzwerkarbeit wird evaluiert',
        'Network work is evaluated',
        'Befragungen und gemeinsame Reflexion bewerten regelmäßig die Netzwerkarbeit, den Bedarf und die Wirkung der Angebote; Fach- und Leitungskräfte und auch Familien werden einbezogen.',
        'Surveys and joint reflection regularly assess the network’s work, the needs and the effects of the services; staff, managers and families are all involved.',
    ],
    [
        '5.11',
        'Viele Zugänge und Treffpunkte für Familien',
        'Many ways in and meeting places for families',
        'Familien finden auf verschiedenen Wegen zu Information, Beratung und Hilfe, auch über Treffpunkte, an denen sie sich untereinander und mit Fachkräften austauschen.',
        'Families reach information, advice and support by several routes, including meeting places where they talk with each other and with professionals.',
    ],
    [
        '5.12',
        'Alltagsnahe Beratung und gezielte Vermittlung',
        'Everyday advice and targeted referral',
        'Beratung gibt es in Beratungsstellen und im Alltag, etwa aufsuchend oder im Elterncafé; Familien werden gezielt weitervermittelt, und Ärztinnen und Ärzte werden ermutigt, sich zu beteiligen.',
        'Advice is offered in counselling centres and in everyday settings such as home visits or parent cafés; families are referred on purposefully, and doctors are encouraged to take part.',
    ],
    [
        '5.13',
        'Familien erleben die Angebote als nützlich',
        'Families find the services useful',
        'Familien empfinden die Angebote als hilfreich und werden regelmäßig in passender Form nach Nutzen und Wünschen gefragt.',
        'Families find the services helpful and are asked regularly, in a suitable form, what helps and what they would like.',
    ],
    [
        '6.1',
        'Schriftliches Netzwerkkonzept mit Zielen',
        'Written network concept with aims',
        'Ein schriftliches, allen bekanntes Konzept mit Zielen für die Region leitet die tägliche Netzwerkarbeit und ist Maßstab für ihre Bewertung.',
        'A written concept with aims for the region, known to all, guides the daily work of the network and is the yardstick for judging it.',
    ],
    [
        '6.2',
        'Konzept zielt auf bessere Zusammenarbeit',
        'Concept aims at better cooperation',
        'Das Konzept leistet nachweisbar einen Beitrag dazu, dass alle Beteiligten besser kooperieren und Frühe Hilfen in der Region dauerhaft gesichert werden.',
        'The concept demonstrably contributes to better cooperation among everyone involved, so that Frühe Hilfen last in the region.',
    ],
    [
        '6.3',
        'Beteiligung der Familien im Konzept verankert',
        'Family participation built into the concept',
        'Das Konzept sieht die Beteiligung der Familien in Stufen vor: informieren, anhören, mitreden lassen und gemeinsam über Hilfen entscheiden.',
        'The concept sets out family participation in steps: informing, hearing, discussing and deciding together on help.',
    ],
    [
        '6.4',
        'Koordination reflektiert und prüft Wirkung',
        'Coordinators reflect and check impact',
        'Die Koordination benennt ihre Aufgaben klar, bedenkt eigene Möglichkeiten und Grenzen und prüft Ergebnisse und Wirkungen der Netzwerkarbeit regelmäßig.',
        'Coordinators state their tasks clearly, weigh their own scope and limits and regularly check the results and impact of the network.',
    ],
];
const LEVEL_BY_SECTION = { '3': 'struktur', '4': 'prozess', '5': 'ergebnis', '6': 'konzept' };
function audienceOf(id) {
    const [section, item] = id.split('.').map(Number);
    if (section !== 5)
        return null;
    return item <= 10 ? 'fachkraefte' : 'familien';
}
exports.CRITERIA = ENTRIES.map(([id, titleDe, titleEn, summaryDe, summaryEn]) => ({
    id,
    level: LEVEL_BY_SECTION[id.split('.')[0]],
    title: { de: titleDe, en: titleEn },
    summary: { de: summaryDe, en: summaryEn },
    audience: audienceOf(id),
}));
const BY_ID = new Map(exports.CRITERIA.map((c) => [c.id, c]));
const PREFIX = /^(?:kriterium|krit\.?|criterion|crit\.?|k)\s*/i;
function criterionById(id) {
    if (typeof id === 'number') {
        if (!Number.isFinite(id) || id <= 0)
            return undefined;
        return BY_ID.get(String(Math.round(id * 100) / 100));
    }
    const text = id.trim().replace(PREFIX, '').replace(',', '.').replace(/\.$/, '');
    const match = /^(\d)\.(\d{1,2})$/.exec(text);
    return match ? BY_ID.get(`${match[1]}.${match[2]}`) : undefined;
}
