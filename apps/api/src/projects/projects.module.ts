import { Module } from '@nestjs/common';
import { ProjectsController } from './projects.controller';
import { FirstTaskWaiter } from './first-task-waiter';
import { ProjectsService } from './projects.service';

@Module({
  controllers: [ProjectsController],
  providers: [ProjectsService, FirstTaskWaiter],
  exports: [ProjectsService],
})
export class ProjectsModule {}
