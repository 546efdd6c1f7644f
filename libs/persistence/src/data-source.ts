import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { GuardedClient } from './guarded-client';
import { AuditEventEntity } from './entities/audit-event.entity';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import { NotificationOutboxEntity } from './entities/notification-outbox.entity';
import { ProjectEntity } from './entities/project.entity';
import { TaskEntity } from './entities/task.entity';
import { InitialReadModel1764360000000 } from './migrations/1764360000000-initial-read-model';
import { ProjectLifecycle1764500000000 } from './migrations/1764500000000-project-lifecycle';
import { PolicyVersions1764600000000 } from './migrations/1764600000000-policy-versions';
import { ApplicationRole1764900000000 } from './migrations/1764900000000-application-role';
import { PolicyVersionEntity } from './entities/policy-version.entity';
import { AuditTrailAndOutbox1764400000000 } from './migrations/1764400000000-audit-trail-and-outbox';
import { PersonEntity } from './entities/person.entity';
import { NotificationDeliveryEntity } from './entities/notification-delivery.entity';
import { NotificationDigestEntity } from './entities/notification-digest.entity';
import { PersonDirectoryAndMailDelivery1764700000000 } from './migrations/1764700000000-person-directory-and-mail-delivery';
import { WebhookDeliveryAttemptEntity, WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { WebhookCursorEntity, WebhookFeedEntity } from './entities/webhook-feed.entity';
import { WebhookSubscriptionEntity } from './entities/webhook-subscription.entity';
import { WebhooksAndMonitoring1764800000000 } from './migrations/1764800000000-webhooks-and-monitoring';
import { ProjectListOrder1765000000000 } from './migrations/1765000000000-project-list-order';
import { PipelineFigures1765100000000 } from './migrations/1765100000000-pipeline-figures';
import { PipelineCounters1765200000000 } from './migrations/1765200000000-pipeline-counters';
import { PolicyVersionsImmutable1765300000000 } from './migrations/1765300000000-policy-versions-immutable';
import { EscalationsByDepartment1765400000000 } from './migrations/1765400000000-escalations-by-department';
import { WebhookSecretsSealed1765520000000 } from './migrations/1765520000000-webhook-secrets-sealed';
import { ReadScope1765530000000 } from './migrations/1765530000000-read-scope';
import { ProjectParticipantEntity } from './entities/project-participant.entity';
import { ActionIdempotencyAndRefusalCounters1765615000000 } from './migrations/1765615000000-action-idempotency-and-refusal-counters';
import { RefusalCounterEntity } from './entities/refusal-counter.entity';
import { ProjectsNeedingAttention1765540000000 } from './migrations/1765540000000-projects-needing-attention';
import { RegisterEntryVersionEntity } from './entities/register-entry-version.entity';
import { RegisterEntries1765700000000 } from './migrations/1765700000000-register-entries';
import { PublicReflections1765718000000 } from './migrations/1765718000000-public-reflections';
import { CalendarFeeds1765800000000 } from './migrations/1765800000000-calendar-feeds';
import { Organisation1765910000000 } from './migrations/1765910000000-organisation';
import { ReflectionPublicationInDetails1765810000000 } from './migrations/1765810000000-reflection-publication-in-details';
import { AbsencesAndTaskAssignment1765920000000 } from './migrations/1765920000000-absences-and-task-assignment';
import { CommissionMeetings1765900000000 } from './migrations/1765900000000-commission-meetings';
import { RoutingStandIns1765930000000 } from './migrations/1765930000000-routing-stand-ins';
import { PolicyActivations1765940000000 } from './migrations/1765940000000-policy-activations';

const ENTITIES = [
  ProjectEntity,
  ProjectParticipantEntity,
  TaskEntity,
  IdempotencyKeyEntity,
  AuditEventEntity,
  NotificationOutboxEntity,
  PolicyVersionEntity,
  PersonEntity,
  NotificationDeliveryEntity,
  NotificationDigestEntity,
  WebhookFeedEntity,
  WebhookCursorEntity,
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
  WebhookDeliveryAttemptEntity,
  RefusalCounterEntity,
  RegisterEntryVersionEntity,
];
/** In order. Never edit one that has landed: add a new one. */
const MIGRATIONS = [
  InitialReadModel1764360000000,
  AuditTrailAndOutbox1764400000000,
  ProjectLifecycle1764500000000,
  PolicyVersions1764600000000,
  ApplicationRole1764900000000,
  PersonDirectoryAndMailDelivery1764700000000,
  WebhooksAndMonitoring1764800000000,
  ProjectListOrder1765000000000,
  PipelineFigures1765100000000,
  PipelineCounters1765200000000,
  PolicyVersionsImmutable1765300000000,
  EscalationsByDepartment1765400000000,
  WebhookSecretsSealed1765520000000,
  ReadScope1765530000000,
  ProjectsNeedingAttention1765540000000,
  ActionIdempotencyAndRefusalCounters1765615000000,
  RegisterEntries1765700000000,
  PublicReflections1765718000000,
  CalendarFeeds1765800000000,
  ReflectionPublicationInDetails1765810000000,
  CommissionMeetings1765900000000,
  Organisation1765910000000,
  AbsencesAndTaskAssignment1765920000000,
  RoutingStandIns1765930000000,
  PolicyActivations1765940000000,
];

export interface DataSourceParams {
  url: string;
  /** Connections in the pool; the embedded PGlite server takes exactly one. */
  poolSize?: number;
  applicationName?: string;
  /**
   * The role the sessions act as (`SET ROLE` at connect). Migrations run as the owner; the application runs as
   * `waardenpoort_app`, which may not UPDATE, DELETE or TRUNCATE the audit trail.
   */
  role?: string | null;
}

export function dataSourceOptions(params: DataSourceParams): DataSourceOptions {
  return {
    type: 'postgres',
    url: params.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'warn', 'migration'],
    poolSize: params.poolSize ?? 10,
    applicationName: params.applicationName ?? 'waardenpoort',
    extra: {
      Client: GuardedClient,
      connectionTimeoutMillis: 5_000,
      ...(params.role ? { options: `-c role=${params.role}` } : {}),
    },
  };
}

export function createDataSource(params: DataSourceParams): DataSource {
  return new DataSource(dataSourceOptions(params));
}
