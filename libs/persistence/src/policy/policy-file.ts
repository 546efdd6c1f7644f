import { validatePolicy, type Policy } from '@waardenpoort/domain';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export class InvalidPolicyError extends Error {
  constructor(
    readonly source: string,
    readonly errors: Array<{ path: string; message: string }>,
  ) {
    super(`policy ${source} is invalid:\n  - ${errors.map((e) => `${e.path}: ${e.message}`).join('\n  - ')}`);
  }
}

/** Parses and checks a policy document (YAML or JSON text); throws with every problem found. */
export function parsePolicy(text: string, source = 'policy'): Policy {
  let raw: unknown;
  try {
    raw = parse(text, { prettyErrors: true, strict: true, uniqueKeys: true });
  } catch (err) {
    throw new InvalidPolicyError(source, [{ path: '', message: `not valid YAML: ${(err as Error).message}` }]);
  }
  const result = validatePolicy(raw);
  if (!result.ok)
    throw new InvalidPolicyError(
      source,
      result.errors.map((e) => ({ path: e.path, message: e.message })),
    );
  return result.policy;
}

export function loadPolicyFile(path: string): Policy {
  return parsePolicy(readFileSync(path, 'utf8'), path);
}
