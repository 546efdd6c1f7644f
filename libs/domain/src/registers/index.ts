export * from './definition';
export * from './validate';
export * from './assemble';
export * from './json-schema';
export * from './examples';
export * from './state';
export * from './lifecycle';
