import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { AuditController } from './audit.controller';
import { AuditTrailVerifier } from './audit-trail-verifier';

@Module({
  imports: [ProjectsModule],
  controllers: [AuditController],
  providers: [AuditTrailVerifier],
  exports: [AuditTrailVerifier],
})
export class AuditModule {}
