import { ParseUUIDPipe } from '@nestjs/common';
import { ProblemException } from './problem.exception';

/**
 * The pipe of every `:id` path parameter: any UUID (no version asked), and otherwise a 400 problem+json
 * (`invalid-id`) naming what the id is of, before the handler runs. UUID_PATTERN (libs/domain) is the same rule
 * where a path is read without Nest's pipes (the auth guard's refusal counter).
 */
export function uuidParam(
  what: 'project' | 'webhook' | 'absence' | 'meeting' | 'activation' = 'project',
): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new ProblemException(400, `The ${what} id must be a UUID.`, { slug: 'invalid-id' }),
  });
}
