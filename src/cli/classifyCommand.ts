import { KERNBEREICH_LABELS } from '../core/taxonomy/kernbereich';
import { classifyLabel } from '../core/taxonomy/classifier';
import { Lang } from '../core/lang';

export interface ClassifyRow {
  readonly label: string;
  readonly actorType: string | null;
  readonly actorTypeLabel: string | null;
  readonly kernbereich: string | null;
}

/** The JSON contract of `classify --json`: one object per label, nulls where nothing is recognised. */
export function classifyLabels(labels: readonly string[]): ClassifyRow[] {
  return labels.map((label) => {
    const c = classifyLabel(label);
    return { label, actorType: c.actorType?.id ?? null, actorTypeLabel: c.actorType?.label ?? null, kernbereich: c.kernbereich };
  });
}

export function renderClassifyText(rows: readonly ClassifyRow[], lang: Lang): string {
  const none = lang === 'de' ? '(nicht zuzuordnen)' : '(not recognised)';
  const width = Math.min(50, Math.max(...rows.map((r) => r.label.length), 10));
  return rows
    .map((r) => {
      const kb = r.kernbereich ? KERNBEREICH_LABELS[r.kernbereich as keyof typeof KERNBEREICH_LABELS][lang] : '';
      const what = r.actorTypeLabel ? `${r.actorTypeLabel} · ${kb}` : kb || none;
      return `${r.label.padEnd(width)}  →  ${what}`;
    })
    .join('\n');
}
