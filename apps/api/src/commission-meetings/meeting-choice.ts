import { Injectable } from '@nestjs/common';
import { CommissionMeetingRepository } from '@waardenpoort/persistence';
import { ProblemException } from '../common/problem.exception';

/**
 * The secretary's choice of a meeting for a case, checked before it goes to the workflow so a wrong choice is a clear
 * refusal (the workflow's reservation checks it again under the meeting's lock).
 */
@Injectable()
export class MeetingChoice {
  constructor(private readonly meetings: CommissionMeetingRepository) {}

  async assertRoom(meetingId: string): Promise<void> {
    const m = await this.meetings.get(meetingId);
    const field = (nl: string, en: string, status: number, slug: string) =>
      new ProblemException(status, en, { slug, errors: [{ field: 'meetingId', messages: [nl, en] }] });
    if (!m)
      throw field('onbekende vergadering', `There is no commission meeting ${meetingId}.`, 404, 'meeting-not-found');
    if (m.status !== 'planned') {
      throw field('vergadering is niet gepland', `The meeting is ${m.status}.`, 409, 'meeting-not-planned');
    }
    if (m.assigned >= m.capacity) {
      throw field('vergadering is vol', `The meeting's agenda is full (${m.capacity} cases).`, 409, 'meeting-full');
    }
  }
}
