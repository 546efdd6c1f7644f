export * from './commands';
export { decide, check, isAction, refusalOf } from './decide';
export { stamped, carriedForReevaluation } from './system';
export { COMMISSION_MEETING_SLOT } from './meetings';
export { TARGETED_REASSESSMENT } from './reassessment';
