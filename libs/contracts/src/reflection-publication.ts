import { defineUpdate } from '@temporalio/workflow';
import type {
  ProjectSnapshot,
  ReflectionPublicationRequest,
  ReflectionPublicationWithdrawal,
} from '@waardenpoort/domain';

/** The ethics secretary releases the commission's recorded reflection for the public pages (issue 18). */
export const publishReflection = defineUpdate<ProjectSnapshot, [ReflectionPublicationRequest]>('publishReflection');
/** ...and may take it off them again, with a reason. */
export const withdrawReflectionPublication = defineUpdate<ProjectSnapshot, [ReflectionPublicationWithdrawal]>(
  'withdrawReflectionPublication',
);
