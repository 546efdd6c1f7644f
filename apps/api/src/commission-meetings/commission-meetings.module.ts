import { Module } from '@nestjs/common';
import { PolicyModule } from '../policy/policy.module';
import { CommissionMeetingsController } from './commission-meetings.controller';
import { CommissionMeetingsService } from './commission-meetings.service';
import { CommissionMonitoringController } from './commission-monitoring.controller';

/** The Ethics Commission's meeting calendar: meetings, agendas, exports, and moving cases when a meeting changes. */
@Module({
  imports: [PolicyModule],
  controllers: [CommissionMeetingsController, CommissionMonitoringController],
  providers: [CommissionMeetingsService],
  exports: [CommissionMeetingsService],
})
export class CommissionMeetingsModule {}
