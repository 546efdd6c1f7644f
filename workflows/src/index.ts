export * from './project.workflow';
export * from './search-attributes';
