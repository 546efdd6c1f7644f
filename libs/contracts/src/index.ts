export * from './definitions';
export * from './project-workflow';
export * from './search-attributes';
export * from './reflection-publication';
export * from './commission-meetings';
