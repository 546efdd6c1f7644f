import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { CouncilLetterController } from './council-letter.controller';
import { CouncilLetterService } from './council-letter.service';

@Module({ imports: [ProjectsModule], controllers: [CouncilLetterController], providers: [CouncilLetterService] })
export class CouncilLetterModule {}
