import type { Policy, TaskTiming } from '@waardenpoort/domain';
import { checkPolicy } from '@waardenpoort/persistence';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './env';

/**
 * The bench policy: a copy of the deployed policy (the same questionnaire and rules, so the workflow input has
 * its real size) with deadlines of minutes instead of working days. Built from policy/waardenpoort-policy.v1.yaml
 * at run time, so it never drifts from it, and checked like any policy file. Benchmark 4 then sets each project's
 * quick-scan reminder to a known moment after its start (the workflow input carries the policy).
 */
export function writeBenchPolicy(dir: string): { file: string; policy: Policy } {
  const raw = parse(readFileSync(join(ROOT, 'policy', 'waardenpoort-policy.v1.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  const minutes = (assignee: string, escalateTo: string): Record<string, unknown> => ({
    assignee,
    deadline: 'PT20M',
    remindBefore: ['PT10M'],
    escalation: [{ role: escalateTo, after: 'PT30M' }],
  });
  raw.gates = {
    'quick-scan': minutes('case-owner', 'department-head'),
    dpia: { ...minutes('case-owner', 'department-head'), tasks: { 'dpo-advice': minutes('dpo', 'cio-office') } },
    'commission-reflection': minutes('ethics-secretary', 'cio-office'),
    'portfolio-decision': minutes('portfolio-holder', 'cio-office'),
    'council-information': minutes('council-liaison', 'department-head'),
  };
  raw.priorConsultation = { ...(raw.priorConsultation as object), term: 'PT30M', extension: 'PT30M' };
  raw.reevaluation = { high: 'PT2H', medium: 'PT4H', low: 'PT6H' };
  const policy = checkPolicy(raw, 'bench policy');
  const file = join(dir, 'bench-policy.v1.yaml');
  // JSON is YAML: loadPolicyFile reads it as it reads the deployed file.
  writeFileSync(file, JSON.stringify(raw, null, 1));
  return { file, policy };
}

/** The policy with the quick-scan timed so its one reminder falls `reminderAfterS` seconds after the task opens. */
export function withQuickScanReminder(policy: Policy, reminderAfterS: number): Policy {
  const lead = 600;
  const timing: TaskTiming = {
    ...policy.gates['quick-scan'],
    deadline: `PT${(reminderAfterS + lead).toFixed(3)}S`,
    remindBefore: [`PT${lead}S`],
    escalation: [{ role: 'department-head', after: 'PT1H' }],
  };
  return { ...policy, gates: { ...policy.gates, 'quick-scan': timing } };
}
