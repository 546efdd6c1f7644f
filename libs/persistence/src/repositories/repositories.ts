import type { DataSource } from 'typeorm';
import { AbsenceRepository } from './absence.repository';
import { AuditRepository } from './audit.repository';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CommissionAgendaRepository } from './commission-agenda.repository';
import { CommissionMeetingRepository } from './commission-meeting.repository';
import { IdempotencyRepository } from './idempotency.repository';
import { MailDeliveryRepository } from './mail-delivery.repository';
import { OrganisationRepository } from './organisation.repository';
import { PersonRepository } from './person.repository';
import { PolicyRepository } from './policy.repository';
import { PolicyActivationRepository } from './policy-activation.repository';
import { ProjectChangeRepository } from './project-change.repository';
import { ProjectReadModelRepository } from './project-read-model.repository';
import { PublicReflectionRepository } from './public-reflection.repository';
import { RefusalCounterRepository } from './refusal-counter.repository';
import { RegisterEntryRepository } from './register-entry.repository';
import { ReportRepository } from './report.repository';
import { RouteProofRepository } from './route-proof.repository';
import { TaskListRepository } from './task-list.repository';
import { TaskAssignmentRepository } from './task-assignment.repository';
import { TransitionRepository } from './transition.repository';
import { WebhookFeedRepository } from './webhook-feed.repository';
import { WebhookRepository } from './webhook.repository';

export interface RepositoryOptions {
  /** Seals webhook secrets at rest (WEBHOOK_SECRET_KEY); null keeps them as stored */
  webhookSecretKey: Uint8Array | null;
}

/**
 * Every repository over one data source, built in one place: the API's PersistenceModule provides these, the worker
 * builds them once at its start. A service that needs a new query adds it to one of them.
 */
export function createRepositories(dataSource: DataSource, options: RepositoryOptions) {
  const audit = new AuditRepository(dataSource);
  return {
    absences: new AbsenceRepository(dataSource, audit),
    audit,
    calendarFeeds: new CalendarFeedRepository(dataSource),
    commissionAgendas: new CommissionAgendaRepository(dataSource),
    commissionMeetings: new CommissionMeetingRepository(dataSource, audit),
    idempotency: new IdempotencyRepository(dataSource),
    mailDeliveries: new MailDeliveryRepository(dataSource),
    organisation: new OrganisationRepository(dataSource),
    people: new PersonRepository(dataSource),
    policies: new PolicyRepository(dataSource),
    policyActivations: new PolicyActivationRepository(dataSource),
    projectChanges: new ProjectChangeRepository(dataSource),
    projects: new ProjectReadModelRepository(dataSource),
    publicReflections: new PublicReflectionRepository(dataSource),
    refusalCounters: new RefusalCounterRepository(dataSource, audit),
    registerEntries: new RegisterEntryRepository(dataSource),
    reports: new ReportRepository(dataSource),
    routeProofs: new RouteProofRepository(dataSource),
    taskLists: new TaskListRepository(dataSource),
    taskAssignments: new TaskAssignmentRepository(dataSource, audit),
    transitions: new TransitionRepository(dataSource),
    webhookFeed: new WebhookFeedRepository(dataSource),
    webhooks: new WebhookRepository(dataSource, options.webhookSecretKey),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
