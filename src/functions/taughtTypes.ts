import { classifyActor, classifyLabel, Classification } from '../core/taxonomy/classifier';
import { TaughtClassifier, teachClassifier } from '../core/taxonomy/taught';
import { readDocumentSettings } from '../workbook/documentSettings';
import { SETTING_KEYS, taughtFromSettings } from '../workbook/port';

const UNTAUGHT: Pick<TaughtClassifier, 'classifyLabel' | 'classifyActor'> = { classifyLabel, classifyActor: (name: string, typeText?: string | null): Classification => classifyActor(name, typeText ?? null) };
let last: { readonly stored: string; readonly classifier: Pick<TaughtClassifier, 'classifyLabel' | 'classifyActor'> } | null = null;

/**
 * The classifier with the types the planner taught in the task pane (stored in the workbook's
 * settings, read where the pane and fh-check read them), so FH.* cells type partners as the audit
 * does. Rebuilt only when the stored teaching changes: functions recalculate often.
 */
export function workbookClassifier(): Pick<TaughtClassifier, 'classifyLabel' | 'classifyActor'> {
  const settings = readDocumentSettings();
  const stored = settings[SETTING_KEYS.taughtTypes] ?? '';
  if (stored === '') return UNTAUGHT;
  if (last?.stored !== stored) last = { stored, classifier: teachClassifier(taughtFromSettings(settings)) };
  return last.classifier;
}
