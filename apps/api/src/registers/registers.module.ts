import { Module } from '@nestjs/common';
import { GatesModule } from '../gates/gates.module';
import { ProjectsModule } from '../projects/projects.module';
import { RegistersController } from './registers.controller';
import { RegistersService } from './registers.service';

/** The registers: exports, preview and the publication gate's actions; RegistersService is for public routes too. */
@Module({
  imports: [ProjectsModule, GatesModule],
  controllers: [RegistersController],
  providers: [RegistersService],
  exports: [RegistersService],
})
export class RegistersModule {}
