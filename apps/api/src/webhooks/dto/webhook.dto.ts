import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@waardenpoort/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
} from 'class-validator';
import { CountParam } from '../../common/count-param';

export class CreateWebhookDto {
  @ApiProperty({
    example: 'https://monitoring.enschede.nl/hooks/waardenpoort',
    maxLength: 2000,
    description:
      'Must resolve to public addresses only: loopback, private, CGNAT, link-local, unique-local, multicast and ' +
      'metadata addresses are refused (400 naming targetUrl) unless WEBHOOK_ALLOWED_TARGETS allows them; checked ' +
      'again at every delivery.',
  })
  @IsString()
  @MaxLength(2000)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false, allow_underscores: true },
    { message: 'targetUrl must be an http or https URL' },
  )
  targetUrl!: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, example: ['gate.completed', 'escalation'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes!: WebhookEventType[];

  @ApiPropertyOptional({ maxLength: 200, example: 'Grafana-alerting CIO Office' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;
}

export class DeliveriesQuery {
  @CountParam(500, { default: 100, maximum: 500 })
  limit: number = 100;
}

export class WebhookDto {
  @ApiProperty() id!: string;
  @ApiProperty() targetUrl!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true }) eventTypes!: string[];
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Set once the subscription is deleted',
  })
  deletedAt!: string | null;
}

export class CreatedWebhookDto extends WebhookDto {
  @ApiProperty({
    description:
      'The HMAC-SHA256 key. Shown only in this response: store it now. Each delivery carries ' +
      '`X-Waardenpoort-Timestamp: <unix seconds>` and `X-Waardenpoort-Signature: sha256=<hex>`, the HMAC of ' +
      '"<timestamp>.<raw body>" with this key.',
  })
  secret!: string;
}

const DELIVERY_ERROR_DESCRIPTION =
  'One of: timeout, refused-address (the target resolved to an address webhooks may not reach), dns-failed, ' +
  'connection-failed, tls-failed, secret-unavailable, http-<status>. Never the network error text.';

export class WebhookAttemptDto {
  @ApiProperty() attempt!: number;
  @ApiProperty({ format: 'date-time' }) attemptedAt!: string;
  @ApiProperty() durationMs!: number;
  @ApiProperty({ type: Number, nullable: true }) statusCode!: number | null;
  @ApiProperty({ enum: ['succeeded', 'failed'] }) outcome!: 'succeeded' | 'failed';
  @ApiProperty({ type: String, nullable: true, description: DELIVERY_ERROR_DESCRIPTION }) error!: string | null;
}

export class WebhookDeliveryDto {
  @ApiProperty({ description: 'Also sent as X-Waardenpoort-Delivery; the same on every retry' }) id!: string;
  @ApiProperty({ description: 'The audit event reported' }) eventId!: string;
  @ApiProperty() eventType!: string;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed', 'cancelled'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) nextAttemptAt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode!: number | null;
  @ApiProperty({ type: String, nullable: true, description: DELIVERY_ERROR_DESCRIPTION }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) deliveredAt!: string | null;
  @ApiProperty({ description: 'The JSON body as sent' }) body!: Record<string, unknown>;
  @ApiProperty({ type: [WebhookAttemptDto], description: 'Every attempt, oldest first' }) log!: WebhookAttemptDto[];
}
