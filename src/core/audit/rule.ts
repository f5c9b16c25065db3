import { Finding } from '../findings/finding';
import { FindingCode } from '../findings/codes';
import { AuditFacts } from './facts';

/**
 * One rule of the audit: the finding codes it may produce, the facts it reads, and a pure function
 * from those facts to findings. The types hold a rule to both: it sees only the facts it declares
 * and can return only the codes it declares.
 */
export interface Rule<K extends keyof AuditFacts = keyof AuditFacts, C extends FindingCode = FindingCode> {
  /** Short name, as the rule's file is named. */
  readonly name: string;
  readonly codes: readonly C[];
  readonly needs: readonly K[];
  readonly run: (facts: Pick<AuditFacts, K>) => readonly Finding<C>[];
}

export function defineRule<K extends keyof AuditFacts, C extends FindingCode>(rule: Rule<K, C>): Rule<K, C> {
  return rule;
}
