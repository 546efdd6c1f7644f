import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AppConfig } from '@waardenpoort/config';
import { SignJWT } from 'jose';
import { Public } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { APP_CONFIG } from '../config/config.module';
import { DevTokenDto, DevTokenResponseDto } from './dto/dev-token.dto';

const LIFETIME_SECONDS = 8 * 3600;

/**
 * Whether this deployment may hand out tokens: only in dev mode (DEV_MODE=true, which the configuration allows on a
 * loopback bind only), never when an identity provider signs them.
 */
export function devTokensAllowed(config: AppConfig): boolean {
  return config.devMode && config.auth.mode === 'hs256';
}

/** Puts `value` at a dotted claim path, so the token matches JWT_ROLES_CLAIM (`realm_access.roles`, ...). */
function nestedClaim(path: string, value: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}

/**
 * Dev mode only (the dashboard module leaves it out otherwise): signs a token for any person and roles,
 * so the dashboard's "sign in as a role" works without an identity provider. The token is signed with the secret
 * this API verifies with (the development secret unless JWT_SECRET says otherwise), with the configured issuer and
 * audience, exactly like `npm run token`.
 */
@ApiTags('development')
@Controller('api/v1/dev')
export class DevTokenController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: DevTokenResponseDto, description: 'A development token (not available in production)' })
  @ApiBadRequestResponse({ description: 'Invalid fields, listed in `errors` (application/problem+json)' })
  @ApiNotFoundResponse({ description: 'Tokens come from the identity provider here' })
  async token(@Body() dto: DevTokenDto): Promise<DevTokenResponseDto> {
    const auth = this.config.auth;
    // Defence in depth: the module does not register this controller where this holds, but a wiring mistake must
    // not turn into a way to mint tokens.
    if (!devTokensAllowed(this.config) || auth.mode !== 'hs256') {
      throw new ProblemException(404, 'Development tokens are not available here.', { slug: 'not-found' });
    }
    const email = dto.email ?? `${dto.sub}@enschede.example`;
    const now = Math.floor(Date.now() / 1000);
    let jwt = new SignJWT({
      name: dto.name,
      email,
      ...nestedClaim(auth.rolesClaim, dto.roles),
      ...(dto.department ? nestedClaim(auth.departmentClaim, dto.department) : {}),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(dto.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + LIFETIME_SECONDS);
    if (auth.issuer) jwt = jwt.setIssuer(auth.issuer);
    if (auth.audience) jwt = jwt.setAudience(auth.audience);
    return {
      token: await jwt.sign(new TextEncoder().encode(auth.secret)),
      tokenType: 'Bearer',
      expiresAt: new Date((now + LIFETIME_SECONDS) * 1000).toISOString(),
      sub: dto.sub,
      name: dto.name,
      email,
      roles: dto.roles,
      department: dto.department ?? null,
    };
  }
}
