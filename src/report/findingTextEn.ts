import { en, EXPECTED, formerReasons, gapText, rateCounts, Texts } from './findingWords';
import { formatDate, formatNumber } from './format';
import { actorTypeLabel, criterionTitle, kernbereichAfterFrom, kernbereichLabel } from './names';

/** Every finding in English, one sentence each. */
export const ENGLISH: Texts = {
  'error-cell': (v) => `Error value ${v.error} in this cell; it is read as empty.`,
  'unclear-mark': (v) => `"${v.value}" is neither yes nor no; the cell is not counted.`,
  'unreadable-amount': (v) => `Amount "${v.value}" is not a number; the line is not counted.`,
  'override-sheet-missing': (v) => `The saved network sheet "${v.sheet}" no longer exists; the sheet was detected again.`,
  'status-unclear': (v) => `Status "${v.value}" is unclear (active or left?); the partner counts as active.`,
  'settings-sheet-missing': (v) => `The network sheet "${v.sheet}" named in the settings does not exist or holds no partner list.`,
  'network-year-chosen': (v) =>
    `Auditing the ${v.year} network (${en.list(v.sheets.map((x) => `"${x}"`))}), ${v.basis === 'settings' ? 'the reporting year from the settings' : 'the newest year'}; not read: ${en.list(v.leftOut.map((x) => `"${x}"`))}. Another year: "Berichtsjahr" in the settings.`,
  'network-year-missing': (v) => `There is no network sheet for the reporting year ${v.year} (available: ${v.available.join(', ')}); the newest is audited.`,
  'network-sheets-combined': (v) =>
    `The network list spans ${v.sheets.length} sheets (${en.list(v.sheets.map((x) => `"${x}"`))}); all were read as one network.` +
    (v.kernbereichFromName.length > 0 ? ` The sheet name gives the core area (${en.list(v.kernbereichFromName.map((x) => `"${x}"`))}) where no column does.` : '') +
    (v.sozialraumFromName.length > 0 ? ` The sheet name gives the Sozialraum (${en.list(v.sozialraumFromName.map((x) => `"${x}"`))}).` : ''),
  'network-sheet-left-out': (v) =>
    v.versionOf !== null
      ? `Sheet "${v.sheet}" is another version of the list "${v.versionOf}" (mostly the same partners) and was not read, so no partner counts twice or from an old version. If this sheet should count instead, name it under "Netzwerkblätter" in the settings.`
      : `Sheet "${v.sheet}" also looks like a partner list but was not read. If it belongs to the network, name it under "Netzwerkblätter" in the settings.`,
  'header-two-rows': (v) => `The column headings in "${v.sheet}" span two rows (a group above); they were read together.`,
  'sozialraum-matrix': (v) => `"${v.sheet}" assigns partners in one column per Sozialraum (${en.list(v.sozialraeume)}): a mark means "works in this Sozialraum".`,
  'note-rows-skipped': (v) => `${v.count} ${v.count === 1 ? 'row is a note' : 'rows are notes'} and ${v.count === 1 ? 'does' : 'do'} not count as partners: ${en.list(v.examples.map((x) => `"${x}"`))}.`,
  'former-partners': (v) => `${v.count} ${v.count === 1 ? 'partner no longer counts' : 'partners no longer count'} (${formerReasons(v.reasons, 'en')}), among them ${en.list(v.examples)}. They are listed under "former partners".`,
  'filtered-rows-counted': (v) => `${v.count} ${v.count === 1 ? 'row is' : 'rows are'} hidden only by a filter and still ${v.count === 1 ? 'counts' : 'count'}.`,
  'partners-merged': (v) => `${v.count} ${v.count === 1 ? 'partner appears' : 'partners appear'} more than once (e.g. once per Sozialraum), among them ${en.list(v.examples)}; each counts once for the network and in each of its Sozialräume.`,
  'type-from-contact': (v) => `For ${v.count} ${v.count === 1 ? 'partner' : 'partners'} the kind comes from the contact person (e.g. "Kinderärztin"), among them ${en.list(v.examples)}.`,
  'types-taught': (v) =>
    `For ${v.count} ${v.count === 1 ? 'partner' : 'partners'} the type assigned in the task pane (saved in the workbook) applies, among them ${en.list(v.examples)}.`,
  'activity-entries-unused': (v) =>
    `${v.undated + v.unknownKind} ${v.undated + v.unknownKind === 1 ? 'entry' : 'entries'} in the network-work sheet support no criterion (${[v.undated > 0 ? `${v.undated} without a readable date` : '', v.unknownKind > 0 ? `${v.unknownKind} of no known kind` : ''].filter((x) => x !== '').join(', ')}), among them ${en.list(v.examples.map((x) => `"${x}"`))}.`,
  'budget-in-thousands': (v) => `The amounts are in thousands of euros (column "${v.header}") and were read multiplied by 1,000.`,
  'budget-section-chosen': (v) =>
    `The budget sheet lists income and spending: the spending counts (${en.euro(v.spending)}), the income (${en.euro(v.income)}, ${v.skipped} ${v.skipped === 1 ? 'row' : 'rows'}) not a second time.${v.spending === v.income ? '' : ' The two sums differ.'}`,
  'budget-column-chosen': (v) =>
    `Budget from column "${v.header}" (${v.basis === 'settings' ? 'reporting year' : 'newest year'} ${v.year}); not counted: ${en.list(v.others.map((x) => `"${x}"`))}. Another year: "Berichtsjahr" in the settings.`,
  'budget-year-missing': (v) =>
    `${v.scope === 'sheet' ? 'There is no budget sheet' : v.scope === 'rows' ? 'The budget sheet has no rows' : 'The budget sheet has no column'} for the reporting year ${v.year} (available: ${v.available.join(', ')}); the budget stays unknown rather than another year's.`,
  'budget-rows-chosen': (v) =>
    `Budget from the rows with "${v.header}" ${v.year} (${v.basis === 'settings' ? 'reporting year' : 'newest year'}); not counted: ${v.skipped} ${v.skipped === 1 ? 'row' : 'rows'} of ${v.others.join(', ')}. Another year: "Berichtsjahr" in the settings.`,
  'budget-sheet-chosen': (v) =>
    `Budget from the sheet "${v.sheet}" (${v.basis === 'settings' ? 'reporting year' : 'newest year'} ${v.year}); not read: ${en.list(v.others.map((x) => `"${x}"`))}. Another year: "Berichtsjahr" in the Einstellungen sheet.`,
  'criteria-tick-form': (v) => `"${v.sheet}" is a tick form (one column per status); each criterion takes the column ticked.`,
  'criterion-status-unclear': (v) =>
    v.value !== null
      ? `Criterion ${v.criterion}: status "${v.value}" is none of met, partly, not met, open; it stays open (not "met").`
      : `Criterion ${v.criterion}: ${v.ticks === 0 ? 'nothing' : `${v.ticks} columns`} ticked; its status stays open (not "met").`,
  'layout-unreadable': (v) => {
    const seen = v.what.filter((w) => w !== 'struckUnchecked').map((w) => (w === 'hiddenRows' ? 'rows are hidden' : 'entries are struck through'));
    const lead = seen.length > 0 ? `In "${v.sheet}" ${seen.join(' and ')}, but this Excel version cannot tell which: every row counts.` : `This Excel version cannot see strikethrough in "${v.sheet}": struck-through partners count.`;
    return `${lead} Former partners are recognised here only by a status column or an end date; fh-check reads the file in full.`;
  },
  'sheet-clipped': (v) =>
    `Sheet "${v.sheet}" is too large to read whole: only its first ${formatNumber(v.keptRows, 'en')} of ${formatNumber(v.totalRows, 'en')} rows were checked. Partners further down are missing from this result; check the file with fh-check or make the sheet smaller.`,
  'network-sheet-not-found': () =>
    'No network list found: no sheet has a header with columns such as "Einrichtung", "Art" or "Sozialraum". Pick the sheet and columns in the task pane or start from the template.',
  'network-empty': (v) => `Sheet "${v.sheet}" lists no network partners below its header.`,
  'settings-unknown-type': (v) => `Unknown actor type in the settings: "${v.value}"; it is ignored.`,
  'setting-unreadable': (v) =>
    v.expected === 'plausible' && v.range
      ? `Setting "${v.label}": ${v.value} is outside what is plausible (${en.num(v.range[0])} to ${en.num(v.range[1])}); the value is not used.`
      : `Setting "${v.label}": "${v.value}" cannot be read as ${EXPECTED.en[v.expected]}; the value is not used.`,
  'missing-kernbereich': (v) => `No partner from ${kernbereichAfterFrom(v.kernbereich, 'en')}: this core area is not represented in the network.`,
  'missing-actor-type': (v) =>
    `${v.requirement === 'required' ? 'Required actor missing' : 'Recommended actor missing'}: ${actorTypeLabel(v.actorType, 'en')} (${kernbereichLabel(v.kernbereich, 'en')}).` +
    (v.former.length > 0 ? ` Formerly in the list: ${en.list(v.former)}.` : '') +
    (v.referenceRate ? ` Nationally ${en.pct(v.referenceRate.share, 1)} of networks include such a partner (counted: ${rateCounts(v.actorType, 'en')}; NZFH municipal survey ${v.referenceRate.year}).` : ''),
  'actor-type-absent': (v) =>
    `${actorTypeLabel(v.actorType, 'en')}: not in the district, by the settings${v.instead ? `; families go to: ${v.instead}` : ''}. So no error; whether families get there well is a matter for the network's work.`,
  'sozialraum-missing-kernbereich': (v) =>
    v.missing.includes('jugendhilfe')
      ? `Sozialraum ${v.sozialraum}: no local partner from youth welfare; day care and family centres belong in the Sozialraum (criterion 4.3).`
      : `Sozialraum ${v.sozialraum}: no local partner from ${en.from(v.missing)}.${v.districtWide.length > 0 ? ` District-wide partners come from ${en.from(v.districtWide)}; clinics and the public health office work district-wide anyway.` : ' Clinics and the public health office work district-wide; whether families reach practices and counselling locally, the list does not show.'}`,
  'unclassified-actor': (v) => `"${v.name}" matches no actor type. Enter the kind of organisation in the type column.`,
  'kernbereich-differs': (v) => `"${v.name}" is listed as ${kernbereichLabel(v.stated, 'en')}; the NZFH grouping puts ${actorTypeLabel(v.actorType, 'en')} in ${kernbereichLabel(v.nzfh, 'en')}.`,
  'no-coordination': () =>
    'The partner list names no coordination office (criterion 3.1). That may be right when the coordinators do not list their own office; a "Koordination" entry with the post\'s extent in the Netzwerkarbeit sheet shows it.',
  'steering-unknown': () => 'The list has no steering-group column; it says nothing about criterion 3.2. The criteria paper makes a steering group possible, not required.',
  'steering-incomplete': (v) =>
    `The list suggests no one from ${en.from(v.missing)} sits in the steering group (criterion 3.2: where there is a steering group, youth welfare, counselling and health belong in it).`,
  'no-forum': () =>
    'No one is marked in the network-conference column (criterion 3.3). If no conference has been held yet, that is no contradiction; dated conferences in the Netzwerkarbeit sheet show the criterion.',
  'forum-low': (v) => `By the list, ${en.pct(v.share)} of partners take part in the network conference (criterion 3.3: a regular forum of all partners).`,
  'no-agreements': () =>
    'No partner is marked with a cooperation agreement. A bilateral agreement alone says little about criterion 3.4 (arrangements for working together on cases); this is a note, not a verdict.',
  'agreements-missing': (v) =>
    `${v.count} of ${v.total} partners have no cooperation agreement by the list, among them ${en.list(v.examples)}.${v.unasked > 0 ? ` For ${v.unasked} more the list says nothing (their sheet has no agreement column).` : ''}`,
  'health-youth-not-bound': (v) =>
    `The list suggests youth welfare and health are not bound by agreements: no agreement with an independent partner in ${en.sectors(v.unbound)} (criterion 5.2; the Jugendamt's own services, such as employed family midwives, bind nothing).`,
  'criteria-sheet-not-found': () => 'No criteria sheet found (one row per NZFH criterion with a status). The template has one.',
  'criteria-not-listed': (v) => `${v.missing.length} NZFH criteria are missing from sheet "${v.sheet}": ${v.missing.join(', ')}.`,
  'criterion-duplicate': (v) => `Criterion ${v.criterion} appears more than once; the first row counts.`,
  'criterion-met-contradicted': (v) => `Criterion ${v.criterion} (${criterionTitle(v.criterion, 'en')}) is marked as met, but the network list shows the opposite: ${gapText(v.gap, 'en')}`,
  'criterion-met-without-evidence': (v) =>
    `Criterion ${v.criterion} (${criterionTitle(v.criterion, 'en')}) is marked as met but gives no evidence.` +
    (v.lastEntryMs !== null
      ? ` The last fitting entry in the Netzwerkarbeit sheet is from ${formatDate(v.lastEntryMs, 'en')}, older than ${v.months} months.`
      : ` A Nachweis cell or a dated entry in the Netzwerkarbeit sheet (no older than ${v.months} months) shows it.`),
  'criterion-list-hint': (v) =>
    `Criterion ${v.criterion} (${criterionTitle(v.criterion, 'en')}) is marked as met; the network list does not suggest it: ${gapText(v.gap, 'en')} That may be right; a dated entry in the Netzwerkarbeit sheet shows it.`,
  'budget-not-found': () => 'No budget sheet found (columns such as "Betrag" and "Sozialraum" or "Maßnahme"); budget and need are not compared.',
  'need-unknown': () => 'Need cannot be estimated: the number of births a year is missing (settings: "Geburten"), or failing that the number of children aged 0–3 ("Kinder 0–3", or population and share aged 0–3).',
  'budget-below-need': (v) =>
    `By the need model, need lies at ${en.model(v.need)} a year; the budget of ${en.euro(v.total)} covers ${en.pctRange(v.coverage)} of it, below the low estimate. The assumptions are in the need-model section.`,
  'budget-within-need-range': (v) =>
    `By the need model, need lies at ${en.model(v.need)} a year; the budget of ${en.euro(v.total)} lies within that range (it covers ${en.pctRange(v.coverage)}).`,
  'budget-covers-need': (v) => `The budget of ${en.euro(v.total)} reaches even the need model's high estimate (${en.model(v.need)}).`,
  'budget-sozialraum-below-need': (v) => `Sozialraum ${v.sozialraum}: by the model, the budget of ${en.euro(v.budget)} covers ${en.pct(v.coverage)} of local need (middle estimate ${en.euro(v.need)}).`,
  'need-defaults-used': (v) =>
    `The need model uses default values: ${v.sourced.length > 0 ? `sourced ${en.params(v.sourced)}` : ''}${v.sourced.length > 0 && v.assumptions.length > 0 ? '; ' : ''}${v.assumptions.length > 0 ? `assumed ${en.params(v.assumptions)}` : ''}. Your own values in the settings sheet replace them.`,
  'need-births-estimated': (v) =>
    `The number of births is not given; estimated as children under 3 ÷ 3 = ${formatNumber(v.births, 'en')} a year. The statistics office has the exact figure (settings: "Geburten").`,
  'need-settings-unused': (v) =>
    `${en.params(v.keys)} ${v.keys.length === 1 ? 'belongs' : 'belong'} to the simple need model and ${v.keys.length === 1 ? 'is' : 'are'} not used by the model by measures. To use the simple model, enter "Bedarfsmodell: einfach" in the settings.`,
  'need-simple-model': () =>
    'Need by the simple model (children 0–3 × share of burdened families × cost per family), as chosen in the settings. It prices every burdened child at long-term home visiting every year and so overstates need; the model by measures is more careful.',
  'budget-source-mix': (v) =>
    `Funding: ${en.pct(v.bundesstiftung)} federal foundation, ${en.pct(v.kommunal)} municipal, ${en.pct(v.land)} state (national average 2020: 47 % / 41 % / 8 %).`,
};
