import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CommissionAgendaRepository } from '@waardenpoort/persistence';
import { Roles } from '../auth/auth.decorators';

export class MeetingFiguresDto {
  @ApiProperty() meetingId!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty() status!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty({ description: 'Cases on the agenda' }) cases!: number;
}

export class CommissionMonitoringDto {
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: [MeetingFiguresDto], description: 'Meetings of the last 90 days and all later ones' })
  meetings!: MeetingFiguresDto[];
  @ApiProperty({ description: 'Cases at the commission that wait for a meeting with room' }) waiting!: number;
  @ApiProperty({ nullable: true, type: Number }) longestWaitSeconds!: number | null;
  @ApiProperty({ nullable: true, type: Number }) meanWaitSeconds!: number | null;
}

const RECENT_MS = 90 * 24 * 3600 * 1000;

/** The commission's calendar as the CIO office watches it: how full each meeting is, and who waits for a place. */
@ApiTags('monitoring')
@ApiBearerAuth()
@Controller('api/v1/monitoring/commission-meetings')
export class CommissionMonitoringController {
  constructor(private readonly agendas: CommissionAgendaRepository) {}

  @Get()
  @Roles('cio-office', 'auditor', 'ethics-secretary')
  @ApiOkResponse({ type: CommissionMonitoringDto, description: "The commission's meeting figures" })
  @ApiForbiddenResponse({ description: 'The CIO office, auditors and the ethics secretary see these figures' })
  async figures(): Promise<CommissionMonitoringDto> {
    const now = new Date();
    const [meetings, waiting] = await Promise.all([
      this.agendas.meetingFigures(new Date(now.getTime() - RECENT_MS)),
      this.agendas.waiting(now),
    ]);
    return { generatedAt: now.toISOString(), meetings, ...waiting };
  }
}
