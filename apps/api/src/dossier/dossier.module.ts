import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { DossierController } from './dossier.controller';
import { DossierService } from './dossier.service';

@Module({ imports: [ProjectsModule], controllers: [DossierController], providers: [DossierService] })
export class DossierModule {}
