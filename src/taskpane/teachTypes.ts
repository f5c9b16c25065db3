import { placeOf } from '../core/address';
import { AuditResult, UnclassifiedRef } from '../core/audit/result';
import { Lang } from '../core/lang';
import { ACTOR_TYPES, ActorType } from '../core/taxonomy/actorTypes';
import { KERNBEREICHE } from '../core/taxonomy/kernbereich';
import { actorTypeLabel, kernbereichLabel } from '../report/names';
import { el, uid } from './dom';
import { Strings } from './strings';

/** How many unrecognised partners the card lists before "more in the findings". */
const SHOWN = 25;

/**
 * Partners no rule recognises, each with a type dropdown: the planner teaches what only she knows
 * ("Bethesda" is the district's birth clinic). Partners that could explain a missing required type
 * come first (those whose Kernbereich lacks the most), and in their dropdown the missing types lead.
 */
export function teachTypesCard(t: Strings, lang: Lang, result: AuditResult, teach: (label: string, actorType: string) => void, select: (p: UnclassifiedRef) => void): HTMLElement | null {
  if (result.unclassified.length === 0) return null;
  const missing = result.missingActorTypes.filter((m) => m.requirement === 'required').map((m) => ACTOR_TYPES.find((a) => a.id === m.id)).filter((a): a is ActorType => a !== undefined);
  const couldExplain = (p: UnclassifiedRef) => missing.some((m) => p.kernbereich === null || m.kernbereich === p.kernbereich);
  // The more missing required types a partner's Kernbereich holds, the likelier it closes a gap; an unknown Kernbereich could be any.
  const gaps = (p: UnclassifiedRef) => (p.kernbereich === null ? missing.length / 2 : missing.filter((m) => m.kernbereich === p.kernbereich).length);
  const ordered = [...result.unclassified].sort((a, b) => gaps(b) - gaps(a));
  const id = uid('teach');
  const rows = ordered.slice(0, SHOWN).map((p) => row(p));
  return el(
    'section',
    { class: 'card', 'aria-labelledby': id },
    el('h2', { id, class: 'card__title' }, t.teachTitle(result.unclassified.length)),
    el('p', {}, t.teachIntro),
    el('ul', { class: 'teach' }, ...rows),
    result.unclassified.length > SHOWN ? el('p', { class: 'hint' }, t.teachMore(result.unclassified.length - SHOWN)) : null,
  );

  function row(p: UnclassifiedRef): HTMLElement {
    const selectId = uid('type');
    const lead = missing.filter((m) => p.kernbereich === null || m.kernbereich === p.kernbereich);
    const dropdown = el(
      'select',
      { id: selectId },
      el('option', { value: '' }, t.teachChoose),
      lead.length > 0 ? el('optgroup', { label: t.teachMissing }, ...lead.map((m) => el('option', { value: m.id }, actorTypeLabel(m.id, lang)))) : null,
      ...KERNBEREICHE.map((k) =>
        el('optgroup', { label: kernbereichLabel(k, lang) }, ...ACTOR_TYPES.filter((a) => a.kernbereich === k).map((a) => el('option', { value: a.id }, actorTypeLabel(a.id, lang)))),
      ),
    );
    dropdown.addEventListener('change', () => {
      if (dropdown.value !== '') teach(p.name, dropdown.value);
    });
    const place = placeOf(p.sheet, p.cell);
    const link = el('button', { type: 'button', class: 'finding__link' }, el('span', { class: 'finding__text' }, p.name), el('span', { class: 'finding__place' }, el('span', { class: 'sr-only' }, `${t.goTo(place)}: `), place));
    link.addEventListener('click', () => select(p));
    return el('li', { class: couldExplain(p) ? 'teach__row teach__row--lead' : 'teach__row' }, link, el('label', { for: selectId, class: 'sr-only' }, t.teachLabel(p.name)), dropdown);
  }
}
