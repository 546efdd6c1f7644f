import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const LETTER_FORMATS = ['docx', 'pdf'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];
export const LETTER_LANGUAGES = ['nl', 'en'] as const;

export class CouncilLetterQuery {
  @ApiPropertyOptional({
    enum: LETTER_FORMATS,
    description: 'Overrides the Accept header: docx (Word, to edit) or pdf',
  })
  @IsOptional()
  @IsIn(LETTER_FORMATS)
  format?: LetterFormat;

  @ApiPropertyOptional({ enum: LETTER_LANGUAGES, default: 'nl', description: 'The language of the letter' })
  @IsOptional()
  @IsIn(LETTER_LANGUAGES)
  lang?: (typeof LETTER_LANGUAGES)[number];
}
