export * from './activities';
export * from './holidays';
export * from './worker';
export * from './workflow-bundle';
