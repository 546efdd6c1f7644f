export * from './amsterdam-time';
export * from './dispatcher';
export * from './render';
