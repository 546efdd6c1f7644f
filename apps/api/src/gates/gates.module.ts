import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { TasksModule } from '../tasks/tasks.module';
import { GatesController } from './gates.controller';
import { GatesService } from './gates.service';
import { MeetingChoice } from '../commission-meetings/meeting-choice';
import { ReflectionPublicationController } from './reflection-publication.controller';

@Module({
  imports: [ProjectsModule, TasksModule],
  controllers: [GatesController, ReflectionPublicationController],
  providers: [GatesService, MeetingChoice],
  exports: [GatesService],
})
export class GatesModule {}
