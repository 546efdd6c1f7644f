import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { AppConfig } from '@waardenpoort/config';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { APP_CONFIG } from '../config/config.module';
import { MetricsService } from './metrics.service';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Whether `authorization` carries the metrics token (compared as digests: constant time, no length leak). */
export function isMetricsToken(config: AppConfig, authorization: string | undefined): boolean {
  const expected = config.monitoring.metricsToken;
  if (expected === null) return false;
  const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Prometheus scrape endpoint. Not a user route, so no JWT: Prometheus has no identity at the identity provider.
 * With METRICS_TOKEN set it wants that token as a bearer token. Without it, it is open in dev mode only; elsewhere
 * it is not served (404): the figures tell who works on what, and a forgotten setting must not open them. It is
 * not rate limited: a scraper comes every few seconds by design.
 */
@ApiExcludeController()
@Controller('metrics')
@Public()
@SkipThrottle()
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const expected = this.config.monitoring.metricsToken;
    if (expected === null && !this.config.devMode) {
      throw new ProblemException(404, 'GET /metrics is not served here: set METRICS_TOKEN to scrape it.', {
        slug: 'not-found',
      });
    }
    if (expected !== null) {
      if (!isMetricsToken(this.config, authorization)) {
        throw new ProblemException(
          401,
          'GET /metrics needs the metrics token: "Authorization: Bearer <METRICS_TOKEN>".',
          {
            headers: { 'WWW-Authenticate': 'Bearer realm="waardenpoort-metrics"' },
          },
        );
      }
    }
    const text = await this.metrics.render();
    // Written as is: express' send() would re-order the media type's parameters.
    res.status(200).setHeader('Content-Type', this.metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.end(text);
  }
}
