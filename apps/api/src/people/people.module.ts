import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { OrganisationModule } from '../organisation/organisation.module';
import { AbsencesController } from './absences.controller';
import { MeController } from './me.controller';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { PersonSyncInterceptor } from './person-sync.interceptor';

/** The person directory: who uses Waardenpoort and how they want to be told about their work. */
@Module({
  imports: [OrganisationModule],
  controllers: [MeController, AbsencesController, PeopleController],
  providers: [PeopleService, { provide: APP_INTERCEPTOR, useClass: PersonSyncInterceptor }],
})
export class PeopleModule {}
