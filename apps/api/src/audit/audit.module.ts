import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { AuditController } from './audit.controller';

@Module({ imports: [ProjectsModule], controllers: [AuditController] })
export class AuditModule {}
