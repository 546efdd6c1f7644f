import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { GatesController } from './gates.controller';
import { GatesService } from './gates.service';

@Module({
  imports: [ProjectsModule],
  controllers: [GatesController],
  providers: [GatesService],
  exports: [GatesService],
})
export class GatesModule {}
