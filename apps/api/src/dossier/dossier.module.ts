import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectsModule } from '../projects/projects.module';
import { DossierController } from './dossier.controller';
import { DossierService } from './dossier.service';
import { RouteProofController } from './route-proof.controller';
import { RouteProofService } from './route-proof.service';

@Module({
  imports: [ProjectsModule, AuditModule],
  controllers: [DossierController, RouteProofController],
  providers: [DossierService, RouteProofService],
})
export class DossierModule {}
