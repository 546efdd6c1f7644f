import { canonicalJson, checkTextTree, validatePolicy, type Policy } from '@waardenpoort/domain';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface PolicyProblem {
  path: string;
  message: string;
}

export class InvalidPolicyError extends Error {
  constructor(
    readonly source: string,
    readonly errors: PolicyProblem[],
  ) {
    super(`policy ${source} is invalid:\n  - ${errors.map((e) => `${e.path || '/'}: ${e.message}`).join('\n  - ')}`);
  }
}

const validators = new Map<string, ValidateFunction>();

function schemaValidator(schemaFile: string): ValidateFunction {
  let validate = validators.get(schemaFile);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
    validators.set(schemaFile, validate);
  }
  return validate;
}

/**
 * Checks a parsed policy document twice: against the JSON Schema (policy/policy.schema.json), and with the domain's
 * own validator for what a schema cannot say (questions that rules refer to exist, follow-ups look back only,
 * durations parse). Every problem is listed, each with its JSON Pointer path.
 */
export function checkPolicy(document: unknown, source = 'policy', schemaFile = POLICY_SCHEMA_FILE): Policy {
  // The text rule of every input (libs/domain/src/text.ts), made NFC in place. Texts may span lines; ids, which
  // the schema's patterns keep to [a-z0-9-], and field names may not.
  const textIssues = checkTextTree(document, { rootKind: 'text', normalise: true });
  if (textIssues.length > 0) {
    throw new InvalidPolicyError(
      source,
      textIssues.slice(0, 50).map((i) => ({ path: toPointer(i.field), message: i.message })),
    );
  }
  const validate = schemaValidator(schemaFile);
  if (!validate(document)) {
    const errors = (validate.errors ?? []).map((e: ErrorObject) => ({
      path: e.instancePath,
      message: `${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
    }));
    // A failing oneOf reports every branch; one line per path and message is enough for a person.
    const unique = [...new Map(errors.map((e) => [`${e.path} ${e.message}`, e])).values()].slice(0, 50);
    throw new InvalidPolicyError(source, unique);
  }
  const result = validatePolicy(document);
  if (!result.ok)
    throw new InvalidPolicyError(
      source,
      result.errors.map((e) => ({ path: e.path, message: e.message })),
    );
  return result.policy;
}

/** `questions[3].label` → `/questions/3/label`, the form the other policy problems use. */
function toPointer(field: string): string {
  if (field === '') return '';
  return `/${field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/')}`;
}

/** policy/policy.schema.json of this repository (the same depth below the root from src/ and from dist/). */
const POLICY_SCHEMA_FILE = join(__dirname, '..', '..', '..', '..', 'policy', 'policy.schema.json');

/** Parses a policy document (YAML or JSON text) and checks it; throws with every problem found. */
function parsePolicy(text: string, source = 'policy', schemaFile = POLICY_SCHEMA_FILE): Policy {
  let raw: unknown;
  try {
    raw = parse(text, { prettyErrors: true, strict: true, uniqueKeys: true });
  } catch (err) {
    throw new InvalidPolicyError(source, [{ path: '', message: `not valid YAML: ${(err as Error).message}` }]);
  }
  return checkPolicy(raw, source, schemaFile);
}

export function loadPolicyFile(path: string, schemaFile = POLICY_SCHEMA_FILE): Policy {
  return parsePolicy(readFileSync(path, 'utf8'), path, schemaFile);
}

/** SHA-256 of the canonical JSON of a policy: two equal policies hash alike whatever their YAML looked like. */
export function policyHash(policy: Policy): string {
  return createHash('sha256').update(canonicalJson(policy)).digest('hex');
}
