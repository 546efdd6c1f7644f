import type { DataSource, EntityManager } from 'typeorm';
import {
  canonicalJson,
  type GateId,
  type NotificationKind,
  type ProjectNotification,
  type Role,
} from '@waardenpoort/domain';
import { NotificationOutboxEntity, type OutboxStatus } from '../entities/notification-outbox.entity';

/** A queued notification with its delivery state, as plain data: the workflow's notification and the outbox columns. */
export type OutboxNotification = Omit<ProjectNotification, 'at'> & {
  /** ISO instant, workflow time (the notification's `at`) */
  createdAt: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  /** ISO instant */
  sentAt: string | null;
};

/** The columns a notification is queued with. */
export const OUTBOX_COLUMNS = [
  'id',
  'project_id',
  'kind',
  'gate',
  'recipient_role',
  'recipient_sub',
  'due_at',
  'created_at',
  'escalation_level',
  'payload',
] as const;
const CASTS: Partial<Record<(typeof OUTBOX_COLUMNS)[number], string>> = {
  project_id: 'uuid',
  due_at: 'timestamptz',
  created_at: 'timestamptz',
  escalation_level: 'integer',
  payload: 'jsonb',
};
/** Keeps one INSERT well below PostgreSQL's 65535 bind parameters. */
const INSERT_CHUNK = 1000;

/**
 * The transactional outbox: the workflow's notifications are written in the same transaction as the state they
 * are about, and delivered later by whoever reads pending rows. Nothing is lost when delivery is down, and nothing
 * is sent for a transition that rolled back.
 */
export class NotificationOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Queues `notifications` in the caller's transaction and returns how many were new. Ids are deterministic, so a
   * retried activity (or a duplicate in the same call) is a no-op, also when two retries race.
   */
  async enqueue(em: EntityManager, notifications: ProjectNotification[]): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < notifications.length; i += INSERT_CHUNK) {
      const chunk = notifications.slice(i, i + INSERT_CHUNK);
      const values = chunk.map(
        (_, r) =>
          `(${OUTBOX_COLUMNS.map((c, k) => {
            const cast = CASTS[c];
            return `$${r * OUTBOX_COLUMNS.length + k + 1}${cast ? `::${cast}` : ''}`;
          }).join(', ')})`,
      );
      const params = chunk.flatMap((n) => [
        n.notificationId,
        n.projectId,
        n.kind,
        n.gate,
        n.recipientRole,
        n.recipientSub,
        n.dueAt,
        n.at,
        n.escalationLevel,
        // Canonical text: the same notification always stores the same payload, and non-JSON values fail here.
        canonicalJson(n.payload),
      ]);
      const rows = await em.query<Array<{ id: string }>>(
        `INSERT INTO notification_outbox (${OUTBOX_COLUMNS.join(', ')}) VALUES ${values.join(', ')}
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        params,
      );
      inserted += rows.length;
    }
    return inserted;
  }

  /** A project's notifications in the order the workflow queued them; the id breaks ties deterministically. */
  async forProject(projectId: string): Promise<OutboxNotification[]> {
    const rows = await this.dataSource
      .getRepository(NotificationOutboxEntity)
      .find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((r) => ({
      notificationId: r.id,
      projectId: r.projectId,
      // The columns only ever receive what `enqueue` took from typed ProjectNotifications.
      kind: r.kind as NotificationKind,
      gate: r.gate as GateId | null,
      recipientRole: r.recipientRole as Role,
      recipientSub: r.recipientSub,
      dueAt: r.dueAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      escalationLevel: r.escalationLevel,
      payload: r.payload,
      status: r.status,
      attempts: r.attempts,
      lastError: r.lastError,
      sentAt: r.sentAt?.toISOString() ?? null,
    }));
  }
}
