import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '@waardenpoort/config';
import { AppModule } from './app.module';
import { API_VERSION, API_VERSION_HEADER, apiVersionHeader } from './common/api-version';
import { configureHttp } from './common/http-setup';
import { applyApiConventions } from './common/openapi-conventions';
import { createValidationPipe } from './common/validation';
import { mountDashboard } from './dashboard/dashboard-static';
import { LoggingModule } from './logging';

export interface CreateAppOptions {
  logger?: false;
  /**
   * Build the module graph without running any provider (no database, no Temporal): enough to describe the routes
   * (the OpenAPI document), not to serve them. scripts/dashboard-generate.mjs uses it.
   */
  preview?: boolean;
}

/** The identity provider's origin, which the dashboard's sign-in calls from the browser; none without OIDC. */
function providerOrigins(config: AppConfig): string[] {
  return config.auth.mode === 'jwks' && config.auth.oidc ? [new URL(config.auth.oidc.issuer).origin] : [];
}

/** The public sensor map's tile server, whose images the page loads; none without a configured background map. */
function tileOrigins(config: AppConfig): string[] {
  return config.publicMap.tiles ? [config.publicMap.tiles.origin] : [];
}

/** Builds the HTTP application; main.ts and the test suites share it so they test what runs. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  // Nest's own lines go through pino (logging/), the request's correlation id and project on them.
  const logs = options.logger !== false && options.preview !== true;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { quietLogs: !logs }), {
    bodyParser: false,
    // A provider that fails at start (a database login that could rewrite the audit trail) rejects here, so main.ts
    // reports it and tests can see it, instead of Nest exiting the process itself.
    abortOnError: false,
    preview: options.preview === true,
    logger: logs ? LoggingModule.nestLogger(config) : options.logger === false ? false : ['fatal', 'error', 'warn'],
  });
  app.disable('x-powered-by');
  // Off unless TRUST_PROXY names the proxies: otherwise anyone could pick their own req.ip with X-Forwarded-For.
  app.set('trust proxy', config.http.trustProxy);
  // First, so that every response carries it: CORS preflights, static files and body-parse problems included.
  app.use(apiVersionHeader);
  app.use(
    helmet({
      // Swagger UI at /api/docs loads its own scripts and styles from this origin; nothing comes from elsewhere. The
      // dashboard talks to one other origin, the identity provider's (discovery, token and revocation endpoints), and
      // loads images from one more when a background map is configured (PUBLIC_MAP_TILE_URL).
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          connectSrc: ["'self'", ...providerOrigins(config)],
          imgSrc: ["'self'", 'data:', ...tileOrigins(config)],
          styleSrc: ["'self'", "'unsafe-inline'"],
        },
      },
    }),
  );
  app.enableCors({
    origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false,
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Last-Event-ID'],
    exposedHeaders: ['Location', 'Idempotent-Replayed', 'Retry-After', API_VERSION_HEADER],
  });
  app.set('query parser', 'simple');
  configureHttp(app);
  // The dashboard at / (static files, same origin: the CSP above holds for its scripts, styles and fonts).
  mountDashboard(app);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = openApiDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  // /core/publish-openapi: the same document at the API's base path, readable from any origin (no token needed).
  app.use(`/api/v${API_VERSION.split('.')[0]}/openapi.json`, (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== '/') return next();
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.json(document);
  });
  return app;
}

/** The OpenAPI document of the app's routes: served at /api/docs-json, and the source of the dashboard's API types. */
export function openApiDocument(app: NestExpressApplication, config: AppConfig): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Waardenpoort API')
      .setDescription(
        'Ethische toetsing van data- en technologieprojecten: registratie, poorten, termijnen en verantwoording. ' +
          'Errors are application/problem+json (RFC 9457).',
      )
      .setVersion(API_VERSION)
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  return applyApiConventions(document, config.publicUrl);
}
