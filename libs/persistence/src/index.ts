export * from './data-source';
export * from './database';
export * from './entities/idempotency-key.entity';
export * from './entities/project.entity';
export * from './entities/task.entity';
export * from './repositories/idempotency.repository';
export * from './repositories/project-read-model.repository';
