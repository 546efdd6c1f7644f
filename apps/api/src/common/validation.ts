import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { TextIssue } from '@waardenpoort/domain';
import type { ValidatorOptions } from 'class-validator';
import { ProblemException } from './problem.exception';
import { inputTextIssues } from './text-input';

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; messages: string[] }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

function asValidationErrors(issues: TextIssue[], fallback: string): ValidationError[] {
  return issues.map((i) => ({ property: i.field || fallback, constraints: { text: i.message }, children: [] }));
}

function invalid(errors: ValidationError[]): ProblemException {
  return new ProblemException(400, 'The request has invalid fields.', {
    slug: 'validation',
    title: 'Validation failed',
    errors: flatten(errors),
  });
}

/**
 * The one input pipe of every route. Before any rule of a DTO, every text that enters (body, query string, path
 * parameters; at any depth) goes through the text rule of libs/domain/src/text.ts: NFC, no control characters but
 * TAB/LF/CR (and those only in @MultiLine() fields), no unpaired surrogates or non-characters, no bidirectional
 * controls in one-line fields; every number finite and within ±2^53. Then class-validator: unknown fields are
 * refused, every wrong field is named in the problem.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // First the raw value as it came, at its most lenient (every string as prose): what no field may hold, and
    // nesting too deep to walk, is refused before class-transformer recurses into it.
    const raw = inputTextIssues(value, metadata.data ?? '', 'text');
    const dto = metadata.metatype !== undefined && this.toValidate(metadata);
    // A DTO's problems are reported with its own rules' (validate below), unless it cannot be walked at all.
    if (raw.length > 0 && (!dto || raw.some((i) => i.problem === 'depth'))) {
      throw invalid(asValidationErrors(raw, metadata.data ?? metadata.type));
    }
    if (!dto) {
      // A primitive parameter, or an untyped body (a policy document: its own checker knows its one-line fields).
      const kind = metadata.type === 'body' ? 'text' : 'line';
      const issues = kind === 'line' ? inputTextIssues(value, metadata.data ?? '', kind) : [];
      if (issues.length > 0) throw invalid(asValidationErrors(issues, metadata.data ?? metadata.type));
      if (typeof value === 'string') value = value.normalize('NFC');
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }

  /** The DTO instance, with its nested DTOs: where each field's kind (@MultiLine or not) is known. */
  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const issues = inputTextIssues(object, '', 'line');
    const errors = await super.validate(object, options);
    return [...asValidationErrors(issues, 'body'), ...errors];
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalid(errors),
  });
}
