export * from './activities';
export * from './worker';
export * from './workflow-bundle';
