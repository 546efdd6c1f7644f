export * from './config';
export * from './holidays';
export * from './identity';
