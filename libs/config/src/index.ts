export * from './config';
export * from './holidays';
