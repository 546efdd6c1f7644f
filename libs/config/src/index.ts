export * from './config';
export * from './identity';
