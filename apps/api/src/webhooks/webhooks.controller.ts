import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AppConfig } from '@waardenpoort/config';
import type { Actor, ProjectEvent } from '@waardenpoort/domain';
import {
  checkWebhookTarget,
  isDeliveryErrorCode,
  WebhookRepository,
  type WebhookSubscription,
} from '@waardenpoort/persistence';
import type { Response } from 'express';
import { randomBytes, randomUUID } from 'node:crypto';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { APP_CONFIG } from '../config/config.module';
import { SYSTEM_AUDIT_ID } from '../policy/policy.controller';
import {
  CreatedWebhookDto,
  CreateWebhookDto,
  DeliveriesQuery,
  WebhookDeliveryDto,
  WebhookDto,
} from './dto/webhook.dto';
import { uuidParam } from '../common/uuid.pipe';

function toDto(s: WebhookSubscription): WebhookDto {
  return {
    id: s.id,
    targetUrl: s.targetUrl,
    eventTypes: s.eventTypes,
    description: s.description,
    createdBy: s.createdBySub,
    createdAt: s.createdAt.toISOString(),
    deletedAt: s.deletedAt?.toISOString() ?? null,
  };
}

/** Delivery errors as the API shows them: the dispatcher's vocabulary, anything else (older rows) generalised. */
const shownError = (error: string | null): string | null =>
  error === null ? null : isDeliveryErrorCode(error) ? error : 'connection-failed';

/** Subscribing and unsubscribing go on the system audit chain: who pointed the pipeline's events where, and when. */
function auditEvent(action: 'webhook-subscribed' | 'webhook-unsubscribed', actor: Actor) {
  return (s: WebhookSubscription): ProjectEvent => ({
    eventId: `${action}:${s.id}:${randomUUID()}`,
    projectId: SYSTEM_AUDIT_ID,
    at: new Date().toISOString(),
    actor,
    action,
    gate: null,
    payload: { subscriptionId: s.id, targetUrl: s.targetUrl, eventTypes: s.eventTypes },
    documentHashes: [],
    policyVersion: null,
    workflowId: null,
    runId: null,
  });
}

/** Subscriptions of the CIO office's monitoring pipelines to what happens in the pipeline, and their delivery log. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('api/v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhookRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Roles('cio-office')
  @ApiCreatedResponse({ type: CreatedWebhookDto, description: 'The subscription, with its secret (shown only now)' })
  async create(
    @Body() dto: CreateWebhookDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreatedWebhookDto> {
    const url = new URL(dto.targetUrl);
    // Credentials in a URL end up in logs and in the delivery log's view; the signature authenticates us instead.
    if (url.username || url.password) {
      throw new ProblemException(400, 'targetUrl must not contain a user name or password.', {
        slug: 'validation',
        errors: [{ field: 'targetUrl', messages: ['targetUrl must not contain credentials'] }],
      });
    }
    // Not into the municipality's own network: checked after DNS resolution now, and again at every delivery.
    const refused = await checkWebhookTarget(url.toString(), this.config.webhooks.allowedTargets);
    if (refused) {
      throw new ProblemException(400, `${refused}.`, {
        slug: 'validation',
        errors: [{ field: 'targetUrl', messages: [refused] }],
      });
    }
    if (!this.webhooks.canSeal) {
      throw new ProblemException(503, 'Webhooks are switched off here (no WEBHOOK_SECRET_KEY).', {
        slug: 'webhooks-disabled',
      });
    }
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const created = await this.webhooks.create(
      {
        targetUrl: url.toString(),
        eventTypes: dto.eventTypes,
        description: dto.description ?? null,
        createdBySub: actor.sub,
        secret,
      },
      auditEvent('webhook-subscribed', actor),
    );
    res.setHeader('Location', `/api/v1/webhooks/${created.id}`);
    return { ...toDto(created), secret };
  }

  @Get()
  @Roles('cio-office', 'auditor')
  @ApiOkResponse({ type: [WebhookDto], description: 'Subscriptions that are not deleted, oldest first' })
  async list(): Promise<WebhookDto[]> {
    return (await this.webhooks.list()).map(toDto);
  }

  @Get(':id')
  @Roles('cio-office', 'auditor')
  @ApiOkResponse({ type: WebhookDto, description: 'The subscription' })
  @ApiNotFoundResponse({ description: 'No such subscription' })
  async get(@Param('id', uuidParam('webhook')) subscriptionId: string): Promise<WebhookDto> {
    return toDto(await this.found(subscriptionId));
  }

  /** Stops the subscription at once: nothing new is sent, pending deliveries are cancelled; the log stays. */
  @Delete(':id')
  @Roles('cio-office')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: 'No such subscription, or deleted already' })
  async delete(@Param('id', uuidParam('webhook')) subscriptionId: string, @CurrentActor() actor: Actor): Promise<void> {
    if (!(await this.webhooks.delete(subscriptionId, auditEvent('webhook-unsubscribed', actor)))) {
      throw new ProblemException(404, `There is no active webhook subscription with id ${subscriptionId}.`, {
        slug: 'webhook-not-found',
      });
    }
  }

  @Get(':id/deliveries')
  @Roles('cio-office', 'auditor')
  @ApiOkResponse({ type: [WebhookDeliveryDto], description: 'Deliveries, newest first, each with all its attempts' })
  @ApiNotFoundResponse({ description: 'No such subscription' })
  async deliveries(
    @Param('id', uuidParam('webhook')) subscriptionId: string,
    @Query() query: DeliveriesQuery,
  ): Promise<WebhookDeliveryDto[]> {
    await this.found(subscriptionId);
    const rows = await this.webhooks.deliveries(subscriptionId, query.limit);
    return rows.map((d) => ({
      id: d.id,
      eventId: d.eventId,
      eventType: d.eventType,
      status: d.status,
      attempts: d.attempts,
      nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
      lastStatusCode: d.lastStatusCode,
      lastError: shownError(d.lastError),
      createdAt: d.createdAt.toISOString(),
      deliveredAt: d.deliveredAt?.toISOString() ?? null,
      body: JSON.parse(d.body) as Record<string, unknown>,
      log: d.log.map((a) => ({ ...a, error: shownError(a.error), attemptedAt: a.attemptedAt.toISOString() })),
    }));
  }

  private async found(subscriptionId: string): Promise<WebhookSubscription> {
    const s = await this.webhooks.find(subscriptionId);
    if (!s) {
      throw new ProblemException(404, `There is no webhook subscription with id ${subscriptionId}.`, {
        slug: 'webhook-not-found',
      });
    }
    return s;
  }
}
