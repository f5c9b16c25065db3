"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DIALOGUE_QUESTIONS = exports.DIMENSIONS = exports.GAP_TOPICS = void 0;
exports.pickDialogueQuestions = pickDialogueQuestions;
exports.GAP_TOPICS = ['coverage', 'spatial', 'cooperation', 'health', 'resources', 'political', 'concept', 'participation'];
const t = (de, en) => ({ de, en });
exports.DIMENSIONS = [
    {
        id: 1,
        title: t('Grundidee', 'Core idea'),
        themes: [
            {
                title: t('Versorgungsnetz für Familien', 'Support network for families'),
                goals: [
                    t('Vernetzte, bedarfsgerechte Angebote aus Jugendhilfe, Gesundheit, sozialer Unterstützung und Existenzsicherung gibt es im ganzen Gebiet.', 'Joined-up services from youth welfare, health, social support and income support cover the whole area according to need.'),
                    t('Die Angebote sind räumlich sinnvoll verteilt, zentral wie wohnortnah.', 'Services are sensibly spread across the area, both central and local.'),
                    t('Wechsel zwischen Anbietern und Hilfesystemen sind abgesprochen und für Familien leicht zu bewältigen.', 'Moving between providers and support systems is agreed among partners and easy for families.'),
                ],
            },
            {
                title: t('Netzwerkarbeit und Kooperation', 'Network work and cooperation'),
                goals: [
                    t('Die Partner teilen ein berufsübergreifendes Verständnis ihrer Aufgaben und arbeiten über Sektoren und Einzelfälle hinweg zusammen.', 'Partners share an understanding of their tasks across professions and work together across sectors and beyond single cases.'),
                    t('Sie schärfen gemeinsam das Profil der Frühen Hilfen und klären die Grenzen zu anderen Hilfen für Familien.', 'Together they sharpen the profile of Frühe Hilfen and settle the borders with other family support.'),
                    t('Sie legen einander Aufgaben und Angebote offen, damit alle das ganze Netz kennen.', 'They show each other their tasks and services so that everyone knows the whole network.'),
                    t('Rolle, Spielraum und Grenzen jedes Partners werden besprochen und anerkannt.', 'Each partner’s role, scope and limits are discussed and respected.'),
                    t('Lücken und Doppelungen im Angebot werden gemeinsam benannt.', 'Gaps and overlaps in services are named together.'),
                    t('Was im Netzwerk erarbeitet wird, verändert die Angebote und Einrichtungen der Partner.', 'What the network works out changes the partners’ services and organisations.'),
                ],
            },
            {
                title: t('Bedarf, Beteiligung und Zugang', 'Need, participation and access'),
                goals: [
                    t('Frühe Hilfen richten sich nach Wünschen, Bedürfnissen und Rechten von Kindern und Eltern und setzen auf Mitwirkung.', 'Frühe Hilfen follow the wishes, needs and rights of children and parents and build on involvement.'),
                    t('Die Partner kennen die örtliche Datenlage zu jungen Familien und ihren Lebensumständen.', 'Partners know the local data on young families and their circumstances.'),
                    t('Wünsche und Bedürfnisse der Familien werden nach abgestimmtem Verfahren erhoben und fließen in die Weiterentwicklung ein.', 'Families’ wishes and needs are gathered by an agreed method and feed into further development.'),
                    t('Angebote sind ohne räumliche oder inhaltliche Hürden erreichbar; Fachkräfte achten auf Scheu und Vorbehalte der Familien.', 'Services can be reached without physical or content barriers; staff are alert to families’ hesitation.'),
                    t('Alltagsnahe Beteiligung, Engagement, Nachbarschafts- und Selbsthilfe werden gestärkt, damit Familien die Frühen Hilfen mitgestalten.', 'Everyday participation, volunteering, neighbourly help and self-help are encouraged so that families help shape Frühe Hilfen.'),
                ],
            },
        ],
    },
    {
        id: 5,
        title: t('Politisch-strukturelle Verankerung', 'Political and structural anchoring'),
        themes: [
            {
                title: t('Verankerung in der Kommunalpolitik', 'Anchoring in local politics'),
                goals: [
                    t('Frühe Hilfen stehen regelmäßig auf der Tagesordnung von Rat, Kreistag und Ausschüssen, mit Berichten zur Umsetzung von Beschlüssen.', 'Frühe Hilfen are regularly on the agenda of council, district assembly and committees, with reports on how decisions are carried out.'),
                    t('Politik und Fachpraxis informieren sich gegenseitig und regelmäßig über Beschlüsse, deren Umsetzung und aktuelle Themen.', 'Politics and practice keep each other informed about decisions, their implementation and current issues.'),
                    t('Welches politische Gewicht Frühe Hilfen haben, wird reflektiert; Handlungsbedarf aus der Praxis geht an die Entscheidungsebene.', 'The political weight of Frühe Hilfen is considered; needs for action from practice are passed to decision makers.'),
                    t('Jugendhilfe-, Gesundheits- und Sozialausschuss stimmen ihre Planungen aufeinander ab.', 'Youth welfare, health and social committees align their planning.'),
                ],
            },
            {
                title: t('Kommunales Gesamtkonzept', 'Overall municipal concept'),
                goals: [
                    t('Die Partner erarbeiten zusammen ein kommunales Gesamtkonzept über alle Systeme hinweg, das bekannt ist und gelebt wird.', 'Partners jointly draw up a municipal concept spanning all systems, which is known and put into practice.'),
                    t('Es benennt Zielgruppen, Ziele und Maßnahmen.', 'It names target groups, aims and measures.'),
                    t('Rollen, Zuständigkeiten, Abstimmungswege, Ressourcen und Erwartungen an die Zusammenarbeit sind darin festgelegt.', 'It sets out roles, responsibilities, channels, resources and expectations for cooperation.'),
                    t('Es berücksichtigt die unterschiedlichen Arbeitsbedingungen der Partner, ob angestellt, freiberuflich oder ehrenamtlich.', 'It respects the partners’ differing working conditions, whether employed, self-employed or voluntary.'),
                    t('Es wird regelmäßig fortgeschrieben.', 'It is updated regularly.'),
                    t('Das Leitbild Frühe Hilfen mit seinen bundesweiten Empfehlungen kann als Orientierung dienen.', 'The national Leitbild Frühe Hilfen can serve as a guide.'),
                ],
            },
            {
                title: t('Ressourcen', 'Resources'),
                goals: [
                    t('Sozial- und Gesundheitsverwaltung planen mit den Gremien gemeinsam die Mittel für das ganze Feld der Frühen Hilfen.', 'Social and health administrations plan the funds for the whole field together with the committees.'),
                    t('Gesundheits-, Sozial- und Jugendhilfeausschuss stimmen sich vor den Haushaltsberatungen ab.', 'Health, social and youth welfare committees coordinate before budget debates.'),
                    t('Förderbescheide und Zuwendungen verlangen Kooperation und stärken sie so.', 'Grants require cooperation and so strengthen it.'),
                    t('Die Mittelplanung rechnet die Zeit ein, die Partner in die Netzwerkarbeit stecken.', 'The time partners spend on network work is counted in resource planning.'),
                ],
            },
        ],
    },
];
const DIMENSION_1_QUESTIONS = [
    [
        'Wie gut kennen Politik, Verwaltung und Ausschüsse die Frühen Hilfen, und wie oft wird wem berichtet?',
        'How well do politicians, administration and committees know Frühe Hilfen, and how often is whom informed?',
        ['political'],
    ],
    [
        'Prüft die strategisch-politische Ebene (Rat, Ausschüsse, Verwaltungsspitze), ob es überall im Gebiet vernetzte, bedarfsgerechte Angebote aus Jugendhilfe, Gesundheit und sozialer Sicherung gibt?',
        'Does the strategic-political level (council, committees, heads of administration) check that joined-up services from youth welfare, health and social security meet need everywhere in the area?',
        ['coverage', 'spatial', 'health'],
    ],
    [
        'Wie können Entscheidungstragende das Profil der Frühen Hilfen schärfen und nach außen vertreten?',
        'How can decision makers sharpen the profile of Frühe Hilfen and present it to the public?',
        ['concept', 'political'],
    ],
    [
        'Was kann die strategisch-politische Ebene tun, damit an Schnittstellen gut zusammengearbeitet wird, auch mit anderen Hilfen für Familien?',
        'What can the strategic-political level do so that work at interfaces goes well, including with other family support?',
        ['cooperation', 'health'],
    ],
    [
        'Wie ist gesichert, dass Ergebnisse des Netzwerks die Angebote tatsächlich verändern?',
        'What ensures that the network’s results feed into developing the services?',
        ['cooperation', 'concept'],
    ],
    [
        'Womit können Entscheidungstragende die Zusammenarbeit der Berufsgruppen fördern?',
        'What can decision makers do to foster cooperation between professions?',
        ['cooperation', 'health'],
    ],
    [
        'Wie kann die strategisch-politische Ebene helfen, den Bedarf von Familien systematisch zu erheben?',
        'How can the strategic-political level help to assess families’ needs systematically?',
        ['resources', 'participation'],
    ],
    [
        'Wie lässt sich die aktive Mitwirkung von Familien an den Frühen Hilfen stärken?',
        'How can families take a more active part in shaping Frühe Hilfen?',
        ['participation'],
    ],
    [
        'Wie kann die strategisch-politische Ebene Familien einen Zugang ohne Hürden erleichtern?',
        'How can the strategic-political level make access easy and barrier-free for families?',
        ['participation', 'spatial'],
    ],
];
const DIMENSION_5_QUESTIONS = [
    ['Was braucht es, damit Frühe Hilfen politisch (stärker) verankert sind?', 'What does it take to anchor Frühe Hilfen (more firmly) in politics?', ['political']],
    [
        'Welche Fachplanungen sind zuständig, wie hängen sie zusammen, und wie stimmen sich die Ausschüsse für eine integrierte Planung ab?',
        'Which planning departments are responsible, how are they linked, and how do committees align for integrated planning?',
        ['political', 'cooperation'],
    ],
    [
        'Wie erfahren die Netzwerkpartner, wie Gremien arbeiten und was sie beschließen?',
        'How do network partners learn how committees work and what they decide?',
        ['political'],
    ],
    [
        'Wie bleiben Frühe Hilfen in den Ausschüssen präsent, mit Informationen in beide Richtungen?',
        'How do Frühe Hilfen stay present in committees, with information flowing both ways?',
        ['political'],
    ],
    [
        'Wer könnte sich als Schlüsselperson stärker für Frühe Hilfen einsetzen, und mit welcher Unterstützung?',
        'Who could champion Frühe Hilfen more strongly, and what support would they need?',
        ['political'],
    ],
    [
        'Wie steht es um das aktuelle Gesamtkonzept, und wo sieht die strategisch-politische Ebene Entwicklungsbedarf?',
        'How is the current overall concept judged, and where does the strategic-political level see room to develop it?',
        ['concept'],
    ],
    [
        'Wie kann die strategisch-politische Ebene das Gesamtkonzept bekannter machen und seine Umsetzung fördern, und womit beginnt man?',
        'How can the strategic-political level make the concept better known and help implement it, and where should it start?',
        ['concept', 'political'],
    ],
    [
        'Wie lässt sich das Konzept regelmäßig fortschreiben, und wer gehört dazu?',
        'How can the concept be updated regularly, and who should take part?',
        ['concept', 'coverage'],
    ],
    [
        'Wie lässt sich der Austausch zwischen Berufsgruppen und Sektoren organisieren und stärken?',
        'How are coordination and exchange between professions and sectors organised and supported?',
        ['cooperation', 'health'],
    ],
    [
        'Wie tauschen sich die Partner über ihre unterschiedlichen Arbeitsbedingungen aus, und wie werden diese berücksichtigt?',
        'How do partners discuss their differing working conditions, and how are these taken into account?',
        ['cooperation'],
    ],
    [
        'Welche Rolle und welche Schwerpunkte hat die strategisch-politische Ebene selbst im Gesamtkonzept?',
        'What role and priorities does the strategic-political level itself have in the concept?',
        ['concept', 'political'],
    ],
    [
        'Gibt es eine abgestimmte Mittelplanung für das ganze Feld, und wie stimmen sich Fachplanungen und Gremien ab?',
        'Is there coordinated resource planning for the whole field, and how do planners and committees align?',
        ['resources', 'cooperation'],
    ],
    [
        'Wie wird offengelegt und besprochen, wie Mittel verteilt und genutzt werden?',
        'How is the allocation and use of funds made transparent and discussed?',
        ['resources', 'spatial'],
    ],
    ['Wie ließen sich zusätzliche Mittel gewinnen?', 'How could additional funds be raised?', ['resources']],
];
function numbered(dimension, entries) {
    return entries.map(([de, en, topics], index) => ({ id: `D${dimension}-${index + 1}`, dimension, text: t(de, en), topics }));
}
exports.DIALOGUE_QUESTIONS = [...numbered(1, DIMENSION_1_QUESTIONS), ...numbered(5, DIMENSION_5_QUESTIONS)];
function pickDialogueQuestions(weights, max = 5) {
    const score = (q) => q.topics.reduce((sum, topic) => sum + (weights.get(topic) ?? 0), 0);
    const fitting = exports.DIALOGUE_QUESTIONS.filter((q) => score(q) > 0).sort((a, b) => score(b) - score(a));
    const picked = [];
    const covered = new Set();
    const topics = [...weights].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]).map(([topic]) => topic);
    for (const topic of topics) {
        if (picked.length >= max)
            break;
        if (covered.has(topic))
            continue;
        const q = fitting.find((x) => x.topics.includes(topic) && !picked.includes(x));
        if (!q)
            continue;
        picked.push(q);
        for (const t of q.topics)
            covered.add(t);
    }
    for (const q of fitting) {
        if (picked.length >= max)
            break;
        if (!picked.includes(q))
            picked.push(q);
    }
    return picked.sort((a, b) => exports.DIALOGUE_QUESTIONS.indexOf(a) - exports.DIALOGUE_QUESTIONS.indexOf(b));
}
