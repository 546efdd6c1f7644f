import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';

export const LANGUAGES = ['nl', 'en'] as const;

/** How the caller wants to hear from Waardenpoort; both fields, as PUT replaces the preferences. */
export class PreferencesDto {
  @ApiProperty({ enum: LANGUAGES, description: 'Language of mails: nl (Dutch, the default) or en' })
  @IsIn(LANGUAGES, { message: 'language must be nl or en' })
  language!: (typeof LANGUAGES)[number];

  @ApiProperty({
    description: 'true: tasks and reminders in one daily digest mail; escalations always come at once',
  })
  @IsBoolean({ message: 'digest must be true or false' })
  digest!: boolean;
}
