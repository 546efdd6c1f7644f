export * from './project-workflows';
export * from './temporal.module';
export * from './temporal.tokens';
export * from './payload-codec';
export * from './policy-converter';
export * from './workflow-heads';
export * from './policy-activations';
