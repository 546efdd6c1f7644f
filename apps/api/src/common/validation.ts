import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ProblemException } from './problem.exception';

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; messages: string[] }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The one validation pipe: unknown fields are refused, every wrong field is named in the problem. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ProblemException(400, 'The request has invalid fields.', {
        slug: 'validation',
        title: 'Validation failed',
        errors: flatten(errors),
      }),
  });
}
