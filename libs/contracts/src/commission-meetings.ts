import { defineUpdate } from '@temporalio/workflow';
import type { CommissionDocumentsSubmission, CommissionMeetingMove, ProjectSnapshot } from '@waardenpoort/domain';

/**
 * The project's place moved to another commission meeting (its meeting was cancelled or is full), or to none: sent by
 * the API for the ethics secretary who changed the calendar, so the workflow's timer moves with it.
 */
export const moveCommissionMeeting = defineUpdate<ProjectSnapshot, [CommissionMeetingMove]>('moveCommissionMeeting');

/** The case owner marks the documents for the commission meeting as submitted: their submission task closes. */
export const submitCommissionDocuments = defineUpdate<ProjectSnapshot, [CommissionDocumentsSubmission]>(
  'submitCommissionDocuments',
);
