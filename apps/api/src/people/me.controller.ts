import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Actor } from '@waardenpoort/domain';
import { CurrentActor, WithoutRole } from '../auth/auth.decorators';
import { TokenVerifier } from '../auth/token-verifier';
import { MeResponseDto, toMeResponse } from './dto/me.response';
import { PreferencesDto } from './dto/preferences.dto';
import { PeopleService } from './people.service';

@ApiTags('people')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid bearer token (application/problem+json)' })
@Controller('api/v1/me')
export class MeController {
  constructor(
    private readonly people: PeopleService,
    private readonly verifier: TokenVerifier,
  ) {}

  /** Also for a person without a role: the dashboard says who they are and why they cannot go further. */
  @Get()
  @WithoutRole()
  @ApiOkResponse({ type: MeResponseDto, description: 'The caller as the person directory knows them' })
  async me(@CurrentActor() actor: Actor): Promise<MeResponseDto> {
    return toMeResponse(await this.people.me(actor), this.verifier.whyNoRole(actor));
  }

  @Put('preferences')
  @ApiOkResponse({ type: MeResponseDto, description: 'Stored; the next mail follows them' })
  @ApiBadRequestResponse({ description: 'Invalid fields, listed in `errors` (application/problem+json)' })
  async setPreferences(@CurrentActor() actor: Actor, @Body() dto: PreferencesDto): Promise<MeResponseDto> {
    return toMeResponse(await this.people.setPreferences(actor, { language: dto.language, digest: dto.digest }));
  }
}
