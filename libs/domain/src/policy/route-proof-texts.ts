import type { LocalizedText } from './types';
import type { RouteProofFinding, RouteProofVerdict } from './route-proof';

export const ROUTE_PROOF_VERDICT_LABELS: Readonly<Record<RouteProofVerdict, LocalizedText>> = {
  holds: { nl: 'Klopt: dezelfde uitkomst en dezelfde regels', en: 'Holds: the same outcome and the same rules' },
  differs: { nl: 'Wijkt af', en: 'Differs' },
  incomplete: { nl: 'Niet te herleiden', en: 'Cannot be proved' },
};

const show = (v: unknown): string => (v === null || v === undefined ? '—' : JSON.stringify(v));
const answersText = (answers: Record<string, unknown>): string =>
  Object.keys(answers).length === 0
    ? '—'
    : Object.entries(answers)
        .map(([q, v]) => `${q} = ${show(v)}`)
        .join(', ');

/** One line per finding, Dutch and English, naming the rule, the dimension and the answers concerned. */
export function describeRouteProofFinding(f: RouteProofFinding): LocalizedText {
  switch (f.kind) {
    case 'record-incomplete':
      return {
        nl: `De vastlegging mist: ${f.missing.join(', ')}`,
        en: `The record lacks: ${f.missing.join(', ')}`,
      };
    case 'policy-version-missing':
      return {
        nl: `Beleid ${f.policy.id} versie ${f.policy.version} is niet (meer) opgeslagen`,
        en: `Policy ${f.policy.id} version ${f.policy.version} is not stored`,
      };
    case 'policy-document-altered':
      return {
        nl: `Beleid ${f.policy.id} versie ${f.policy.version} is na opslag gewijzigd (SHA-256 ${f.sha256}, nu ${f.recomputed})`,
        en: `Policy ${f.policy.id} version ${f.policy.version} was changed after it was stored (SHA-256 ${f.sha256}, now ${f.recomputed})`,
      };
    case 'answers-refused': {
      const issues = f.issues.map((i) => `${i.questionId ?? '—'}: ${i.message}`).join('; ');
      return {
        nl: `De vastgelegde antwoorden passen niet bij deze beleidsversie: ${issues}`,
        en: `The recorded answers do not fit this policy version: ${issues}`,
      };
    }
    case 'evaluation-failed':
      return {
        nl: `De regels zijn niet uit te voeren: ${f.message}`,
        en: `The rules cannot be evaluated: ${f.message}`,
      };
    case 'outcome-differs':
      return {
        nl: `Uitkomst ${f.dimension}: vastgelegd ${show(f.recorded)}, herberekend ${show(f.recomputed)}; regels: ${f.rules.join(', ') || '—'}; antwoorden: ${answersText(f.answers)}`,
        en: `Outcome ${f.dimension}: recorded ${show(f.recorded)}, recomputed ${show(f.recomputed)}; rules: ${f.rules.join(', ') || '—'}; answers: ${answersText(f.answers)}`,
      };
    case 'rule-fired-differently':
      return {
        nl: `Regel ${f.ruleId} ${f.recordedFired ? 'gold volgens de vastlegging, maar nu niet' : 'gold niet volgens de vastlegging, maar nu wel'}; antwoorden: ${answersText(f.answers)}`,
        en: `Rule ${f.ruleId} ${f.recordedFired ? 'fired as recorded but does not now' : 'did not fire as recorded but does now'}; answers: ${answersText(f.answers)}`,
      };
    case 'rule-unknown':
      return {
        nl: `Regel ${f.ruleId} staat in de vastlegging maar niet in deze beleidsversie`,
        en: `Rule ${f.ruleId} is in the record but not in this policy version`,
      };
  }
}
