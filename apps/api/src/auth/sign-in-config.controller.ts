import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { AppConfig } from '@waardenpoort/config';
import { APP_CONFIG } from '../config/config.module';
import { Public } from './auth.decorators';

/** Where the dashboard sends a person back after the provider's sign-in and sign-out pages. */
const OIDC_REDIRECT_PATH = '/aanmelden/terug';
const OIDC_POST_LOGOUT_PATH = '/afgemeld';

export class SignInConfigDto {
  @ApiProperty({
    enum: ['oidc', 'development', 'token'],
    description:
      "oidc: the municipality's identity provider (OpenID Connect, authorization code with PKCE); development: " +
      'the dev sign-in as any role (dev mode only); token: a bearer token pasted or sent by a client',
  })
  method!: 'oidc' | 'development' | 'token';
  @ApiPropertyOptional({ description: 'The provider (discovery at <issuer>/.well-known/openid-configuration)' })
  issuer?: string;
  @ApiPropertyOptional({ description: "The dashboard's client id at the provider" })
  clientId?: string;
  @ApiPropertyOptional({ description: 'The scopes asked for, space-separated' })
  scope?: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'RFC 8707 resource indicator, if the provider uses one',
  })
  resource?: string | null;
  @ApiPropertyOptional({ description: 'Redirect URI path (on this origin) to register at the provider' })
  redirectPath?: string;
  @ApiPropertyOptional({ description: 'Post-logout redirect URI path (on this origin) to register at the provider' })
  postLogoutPath?: string;
}

/** How the dashboard signs people in here: public, as the sign-in page needs it before anyone is signed in. */
@ApiTags('people')
@Controller('api/v1/auth')
export class SignInConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('config')
  @Public()
  @Header('Cache-Control', 'no-cache')
  @ApiOkResponse({ type: SignInConfigDto, description: 'How the dashboard signs in here' })
  signInConfig(): SignInConfigDto {
    const auth = this.config.auth;
    if (auth.mode === 'jwks' && auth.oidc) {
      return {
        method: 'oidc',
        issuer: auth.oidc.issuer,
        clientId: auth.oidc.clientId,
        scope: auth.oidc.scope,
        resource: auth.oidc.resource,
        redirectPath: OIDC_REDIRECT_PATH,
        postLogoutPath: OIDC_POST_LOGOUT_PATH,
      };
    }
    return { method: this.config.devMode && auth.mode === 'hs256' ? 'development' : 'token' };
  }
}
