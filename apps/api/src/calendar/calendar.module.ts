import { Module } from '@nestjs/common';
import { CalendarFeedController, CalendarFeedReadController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** Personal calendar feeds of deadlines and commission meetings (iCalendar), read with a revocable secret. */
@Module({
  controllers: [CalendarFeedController, CalendarFeedReadController],
  providers: [CalendarService],
})
export class CalendarModule {}
