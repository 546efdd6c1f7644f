import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganisationClaimsService } from './organisation-claims.service';
import { OrganisationController } from './organisation.controller';
import { OrganisationService } from './organisation.service';

/** The organisation model: departments, heads and deputies, from claims, the organisation file and the admin API. */
@Module({
  imports: [AuthModule],
  controllers: [OrganisationController],
  providers: [OrganisationService, OrganisationClaimsService],
  exports: [OrganisationClaimsService],
})
export class OrganisationModule {}
