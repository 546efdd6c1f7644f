import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MultiLine } from './text-input';

// The validation of the gate actions' prose fields, one decorator per kind of field. `applyDecorators` applies its
// arguments first to last, while decorators written above a property apply bottom-up: each list below is the
// written stack (MultiLine, ApiProperty, ..., MaxLength) in application order, so validation and its messages stay
// what they were.

/** Required multi-line prose: a string of 1 to `max` characters. */
export function ProseText(max: number, api: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(MaxLength(max), MinLength(1), IsString(), ApiProperty(api), MultiLine());
}

export interface ProseListOptions {
  /** Characters per entry at most */
  maxEach: number;
  /** Entries at most (default 50) */
  maxItems?: number;
  /** At least one entry */
  nonEmpty?: boolean;
  /** Each entry at least one character */
  noEmptyEntries?: boolean;
  /** The field may be left out */
  optional?: boolean;
}

/** A list of multi-line prose entries (one question, answer, condition or recommendation each). */
export function ProseList(o: ProseListOptions): PropertyDecorator {
  return applyDecorators(
    MaxLength(o.maxEach, { each: true }),
    ...(o.noEmptyEntries ? [MinLength(1, { each: true })] : []),
    IsString({ each: true }),
    ArrayMaxSize(o.maxItems ?? 50),
    ...(o.nonEmpty ? [ArrayMinSize(1)] : []),
    IsArray(),
    ...(o.optional ? [IsOptional(), ApiPropertyOptional({ type: [String] })] : [ApiProperty({ type: [String] })]),
    MultiLine(),
  );
}
