import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@waardenpoort/domain';
import type { Person } from '@waardenpoort/persistence';
import { LANGUAGES } from './preferences.dto';

export class MeResponseDto {
  @ApiProperty() sub!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Where mail goes; from the identity provider' })
  email!: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ enum: LANGUAGES }) language!: (typeof LANGUAGES)[number];
  @ApiProperty({ description: 'Tasks and reminders in one daily digest mail' }) digest!: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why the account has no role in Waardenpoort (which claims were read); null when it has one',
  })
  noRoleReason!: string | null;
}

export function toMeResponse(p: Person, noRoleReason: string | null = null): MeResponseDto {
  return {
    sub: p.sub,
    name: p.name,
    email: p.email,
    // The directory only ever stores roles a verified token carried, which the verifier filtered to known ones.
    roles: p.roles as Role[],
    language: p.language,
    digest: p.digest,
    updatedAt: p.updatedAt,
    noRoleReason,
  };
}
