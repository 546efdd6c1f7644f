/** RFC 9457 problem details, the body of every error this API returns. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** For validation problems: each field that was wrong, and why. */
  errors?: Array<{ field: string; messages: string[] }>;
  correlationId?: string;
  /** For a task someone else holds (task-claimed, task-delegated): who has it */
  heldBy?: { kind: 'claimed' | 'delegated'; sub: string; name: string };
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://waardenpoort.enschede.nl/problems/';

export function problemType(slug: string): string {
  return `${TYPE_BASE}${slug}`;
}

const TITLES: Record<number, [string, string]> = {
  400: ['bad-request', 'Bad request'],
  401: ['unauthorized', 'Authentication required'],
  403: ['forbidden', 'Not allowed'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  409: ['conflict', 'Conflict'],
  413: ['payload-too-large', 'Request body too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable', 'Request cannot be processed'],
  429: ['too-many-requests', 'Too many requests'],
  500: ['internal', 'Internal server error'],
  503: ['unavailable', 'Service unavailable'],
};

export function defaultProblem(status: number): { type: string; title: string } {
  const [slug, title] = TITLES[status] ?? ['error', 'Error'];
  return { type: problemType(slug), title };
}
