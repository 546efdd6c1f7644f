import { Module } from '@nestjs/common';
import { TaskExportController } from './task-export.controller';
import { TasksController } from './tasks.controller';

// The export controller first: its fixed paths (tasks.csv, tasks/department) must win over any `tasks/:id` route.
@Module({ controllers: [TaskExportController, TasksController] })
export class TasksModule {}
