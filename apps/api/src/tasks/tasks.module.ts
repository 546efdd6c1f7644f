import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { TaskAssignmentController } from './task-assignment.controller';
import { TaskAssignmentService } from './task-assignment.service';
import { TaskExportController } from './task-export.controller';
import { TasksController } from './tasks.controller';

// The export controller first: its fixed paths (tasks.csv, tasks/department) must win over any `tasks/:id` route.
@Module({
  imports: [ProjectsModule],
  controllers: [TaskExportController, TasksController, TaskAssignmentController],
  providers: [TaskAssignmentService],
  exports: [TaskAssignmentService],
})
export class TasksModule {}
