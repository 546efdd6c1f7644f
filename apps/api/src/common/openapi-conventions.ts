import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { API_VERSION, API_VERSION_HEADER } from './api-version';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem';

/**
 * What holds for every route, written into the OpenAPI document once instead of on each controller: the version
 * header on every response, the problem+json body of every error, the errors every route can give (invalid input,
 * no token, an unexpected failure) and the server. deploy/api/nl-api-design-rules
 * .spectral.yaml checks the result against the NL API Design Rules (docs/api-design-rules.md).
 */

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/** ProblemDetails (problem.ts) as a schema; keep the two together. */
const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description:
    'Probleemdetails volgens RFC 9457: de body van elke foutmelding (application/problem+json). / ' +
    'RFC 9457 problem details: the body of every error.',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'The kind of problem, one address per kind' },
    title: { type: 'string', description: 'The kind of problem in a few words' },
    status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status code' },
    detail: { type: 'string', description: 'What was wrong with this request' },
    instance: { type: 'string', description: 'The path of the request' },
    errors: {
      type: 'array',
      description: 'For invalid input: each field that was wrong, and why',
      items: {
        type: 'object',
        required: ['field', 'messages'],
        properties: { field: { type: 'string' }, messages: { type: 'array', items: { type: 'string' } } },
      },
    },
    correlationId: {
      type: 'string',
      format: 'uuid',
      description: 'For an unexpected error (500): quote it when reporting the problem',
    },
    heldBy: {
      type: 'object',
      description: 'For a task someone else holds: who has it',
      required: ['kind', 'sub', 'name'],
      properties: {
        kind: { type: 'string', enum: ['claimed', 'delegated'] },
        sub: { type: 'string' },
        name: { type: 'string' },
      },
    },
  },
  example: {
    type: problemType('validation'),
    title: 'Validation failed',
    status: 400,
    detail: 'The request has invalid fields.',
    instance: '/api/v1/projects',
    errors: [{ field: 'title', messages: ['title must be longer than or equal to 3 characters'] }],
  },
};

const PROBLEM_REF = '#/components/schemas/Problem';
const HEADER_REF = `#/components/headers/${API_VERSION_HEADER}`;

/** The server the document names: the public address when it is https, else the host that served the document. */
function server(publicUrl: string): { url: string; description: string } {
  return publicUrl.startsWith('https://')
    ? { url: publicUrl.replace(/\/+$/, ''), description: 'Waardenpoort (PUBLIC_URL)' }
    : { url: '/', description: 'De host die dit document serveert / the host that served this document' };
}

function isReference(x: unknown): x is ReferenceObject {
  return typeof x === 'object' && x !== null && '$ref' in x;
}

/** The errors any route can give, added where a route does not describe them itself. */
function addCommonErrors(op: OperationObject): void {
  const responses = op.responses;
  if (((op.parameters?.length ?? 0) > 0 || op.requestBody !== undefined) && responses['400'] === undefined) {
    responses['400'] = { description: 'Invalid input: a path, query or body field is missing or wrong' };
  }
  if ((op.security ?? []).some((s) => Object.keys(s).length > 0) && responses['401'] === undefined) {
    responses['401'] = { description: 'No valid bearer token' };
  }
  if (responses['500'] === undefined) {
    responses['500'] = { description: 'Unexpected failure; the problem carries a correlation id' };
  }
}

/** The version header on each response; the problem body on each error that describes no body of its own. */
function describeResponse(code: string, response: ResponseObject): void {
  response.headers = { ...response.headers, [API_VERSION_HEADER]: { $ref: HEADER_REF } };
  if (/^[45]/.test(code) && response.content === undefined) {
    response.content = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: PROBLEM_REF } } };
  }
}

/** The document with the conventions above applied (in place, and returned). */
export function applyApiConventions(document: OpenAPIObject, publicUrl: string): OpenAPIObject {
  document.servers = [server(publicUrl)];
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA },
    headers: {
      ...document.components?.headers,
      [API_VERSION_HEADER]: {
        description: 'De volledige versie van de API (Semantic Versioning) / the full version of the API',
        schema: { type: 'string', example: API_VERSION },
      },
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      addCommonErrors(op);
      for (const [code, response] of Object.entries(op.responses)) {
        if (response !== undefined && !isReference(response)) describeResponse(code, response);
      }
    }
  }
  return document;
}
