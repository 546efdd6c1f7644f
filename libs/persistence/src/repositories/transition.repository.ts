import type { DataSource } from 'typeorm';
import type { AuditHead, Transition } from '@waardenpoort/domain';
import { AuditRepository } from './audit.repository';
import { NotificationOutboxRepository } from './notification-outbox.repository';
import { ProjectReadModelRepository } from './project-read-model.repository';
import { RegisterEntryRepository } from './register-entry.repository';
import { PublicReflectionRepository } from './public-reflection.repository';

export interface PublishResult {
  /** false when the read model already held this snapshot's version or a newer one */
  applied: boolean;
  eventsInserted: number;
  notificationsInserted: number;
  /** The project's audit chain head after this transaction (null: the chain has no rows) */
  auditHead: AuditHead | null;
}

/** Publishes what one workflow transition produced: read model, audit trail and outbox commit together or not at all. */
export class TransitionRepository {
  private readonly readModel: ProjectReadModelRepository;
  private readonly audit: AuditRepository;
  private readonly outbox: NotificationOutboxRepository;
  private readonly registers: RegisterEntryRepository;
  private readonly publicReflections: PublicReflectionRepository;

  constructor(private readonly dataSource: DataSource) {
    this.readModel = new ProjectReadModelRepository(dataSource);
    this.publicReflections = new PublicReflectionRepository(dataSource);
    this.audit = new AuditRepository(dataSource);
    this.outbox = new NotificationOutboxRepository(dataSource);
    this.registers = new RegisterEntryRepository(dataSource);
  }

  async publish(t: Transition): Promise<PublishResult> {
    // A transition belongs to one project; a stray id would land in another project's chain or inbox.
    const projectId = t.snapshot.projectId.toLowerCase();
    const stray = [...t.events, ...t.notifications].find((x) => x.projectId.toLowerCase() !== projectId);
    if (stray) throw new Error(`transition of project ${t.snapshot.projectId} carries an item of ${stray.projectId}`);

    return this.dataSource.transaction(async (em) => {
      // The snapshot goes first: its upsert locks the project row, so concurrent publishes of one project queue
      // there, and all of them then take the audit chain's advisory lock in the same order (no deadlock). Other
      // writers that lock both must keep this order: project row first, then the chain.
      const applied = await this.readModel.applySnapshotIn(em, t.snapshot);
      // Whoever did something the workflow accepted acts on the project from now on (READ_SCOPE `acting`).
      await this.readModel.recordParticipants(
        em,
        t.snapshot.projectId,
        t.events.flatMap((e) => (e.actor && e.action !== 'action-refused' ? [e.actor.sub] : [])),
      );
      // Written even when the snapshot was stale. A stale snapshot only says that a newer state already reached the
      // read model, not that this transition's events and notifications did: a publish that lost a race with a
      // later one (or was retried after its first attempt timed out without committing) still has to record what
      // happened. Both writes are idempotent by id, so a true replay adds nothing.
      // Fails closed: a chain that lost the head the workflow holds was rewritten; nothing is added to it (the
      // activity retries, and goes on once the rows are restored) and audit:verify names the row.
      if (t.auditHead) await this.audit.assertHolds(em, projectId, t.auditHead);
      const eventsInserted = await this.audit.append(em, t.events);
      const notificationsInserted = await this.outbox.enqueue(em, t.notifications);
      // Register entries submitted or published in this transition: their versions, with the trail (idempotent).
      await this.registers.record(em, t.events);
      // The public pages (issue 18): a released reflection, its withdrawal, a decision that became public.
      await this.publicReflections.applyIn(em, t);
      const auditHead = await this.audit.head(em, projectId);
      return { applied, eventsInserted, notificationsInserted, auditHead };
    });
  }
}
