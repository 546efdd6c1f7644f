import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectsModule } from '../projects/projects.module';
import { DossierController } from './dossier.controller';
import { DossierService } from './dossier.service';

@Module({ imports: [ProjectsModule, AuditModule], controllers: [DossierController], providers: [DossierService] })
export class DossierModule {}
