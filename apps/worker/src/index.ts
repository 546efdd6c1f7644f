export * from './activities';
export { createLogger, installRuntimeLogging, temporalLogger } from './logging';
export * from './worker';
export * from './workflow-bundle';
