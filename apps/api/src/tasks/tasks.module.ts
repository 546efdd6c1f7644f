import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { TaskAssignmentController } from './task-assignment.controller';
import { TaskAssignmentService } from './task-assignment.service';
import { TasksController } from './tasks.controller';

@Module({
  imports: [ProjectsModule],
  controllers: [TasksController, TaskAssignmentController],
  providers: [TaskAssignmentService],
  exports: [TaskAssignmentService],
})
export class TasksModule {}
