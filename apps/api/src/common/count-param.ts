import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * An optional whole-number query parameter from 1 to `max` (a page, a page size, a limit), converted from its text.
 * `documented` says what OpenAPI shows (the default and, where it is a real bound, the maximum). The decorators are
 * listed in application order: the reverse of how they stood written above a property.
 */
export function CountParam(max: number, documented: { default: number; maximum?: number }): PropertyDecorator {
  return applyDecorators(
    Max(max),
    Min(1),
    IsInt(),
    Type(() => Number),
    IsOptional(),
    ApiPropertyOptional({
      minimum: 1,
      ...(documented.maximum === undefined ? {} : { maximum: documented.maximum }),
      default: documented.default,
    }),
  );
}
