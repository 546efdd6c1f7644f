import { CLOSED_PROJECT_STATUSES, type MeetingStatus } from '@waardenpoort/domain';
import { sqlProjectStatuses } from '../sql-names';

// The rows of the commission's calendar as the repository reads and answers them.

export interface CommissionMeeting {
  id: string;
  startsAt: string;
  location: string | null;
  onlineUrl: string | null;
  capacity: number;
  submissionDeadline: string;
  status: MeetingStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** Cases on the agenda now */
  assigned: number;
}

export interface NewCommissionMeeting {
  startsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  capacity: number;
  submissionDeadline: Date;
  createdBy: string;
}

export interface CommissionMeetingChanges {
  startsAt?: Date;
  submissionDeadline?: Date;
  location?: string | null;
  onlineUrl?: string | null;
  capacity?: number;
}

/** A place on an agenda as the reservation answers it. */
export interface ReservedSlot {
  meetingId: string;
  startsAt: string;
  submissionDeadline: string;
}

/** Where a case went: the next meeting with room, or none (it waits); or, waiting, onto a meeting just planned. */
export interface CaseMove {
  projectId: string;
  workflowId: string;
  slot: ReservedSlot | null;
}

export interface MeetingRow {
  id: string;
  starts_at: Date;
  location: string | null;
  online_url: string | null;
  capacity: number;
  submission_deadline: Date;
  status: MeetingStatus;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  assigned: string | number;
}

// A place held by a project that closed since (withdrawn, stopped, rejected) leaves room for another case.
const LIVE_COUNT = `(SELECT count(*) FROM commission_meeting_assignment a
                      WHERE a.meeting_id = m.id AND a.released_at IS NULL
                        AND NOT EXISTS (SELECT 1 FROM project p WHERE p.id = a.project_id
                                         AND p.status IN (${sqlProjectStatuses(CLOSED_PROJECT_STATUSES)})))`;
export const SELECT_MEETING = `SELECT m.*, ${LIVE_COUNT} AS assigned FROM commission_meeting m`;

export function toMeeting(r: MeetingRow): CommissionMeeting {
  return {
    id: r.id,
    startsAt: r.starts_at.toISOString(),
    location: r.location,
    onlineUrl: r.online_url,
    capacity: r.capacity,
    submissionDeadline: r.submission_deadline.toISOString(),
    status: r.status,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
    assigned: Number(r.assigned),
  };
}

export const slotOf = (r: { id: string; starts_at: Date; submission_deadline: Date }): ReservedSlot => ({
  meetingId: r.id,
  startsAt: r.starts_at.toISOString(),
  submissionDeadline: r.submission_deadline.toISOString(),
});
