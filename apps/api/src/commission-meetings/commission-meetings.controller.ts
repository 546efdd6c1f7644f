import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ROLES, type Actor } from '@waardenpoort/domain';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/uuid.pipe';
import { CommissionMeetingsService } from './commission-meetings.service';
import {
  MeetingAgendaDto,
  AgendaExportQueryDto,
  CreateMeetingDto,
  MeetingChangeDto,
  MeetingDto,
  MeetingListQueryDto,
  MeetingReasonDto,
  UpdateMeetingDto,
} from './dto/commission-meeting.dto';

/**
 * The Ethics Commission's meeting calendar. The ethics secretary keeps it; everyone signed in sees the meetings, and
 * on an agenda the projects within their own read scope (others by id only).
 */
@ApiTags('commission-meetings')
@ApiBearerAuth()
@Controller('api/v1/commission-meetings')
export class CommissionMeetingsController {
  constructor(private readonly meetings: CommissionMeetingsService) {}

  @Post()
  @Roles('ethics-secretary')
  @ApiCreatedResponse({ type: MeetingDto, description: 'Planned; its submission deadline follows from the policy' })
  @ApiUnprocessableEntityResponse({ description: 'In the past, or neither a location nor an online URL' })
  @ApiForbiddenResponse({ description: 'Only the ethics secretary keeps the calendar' })
  create(@Body() dto: CreateMeetingDto, @CurrentActor() actor: Actor): Promise<MeetingDto> {
    return this.meetings.create(dto, actor);
  }

  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({ type: [MeetingDto], description: 'Earliest first' })
  list(@Query() query: MeetingListQueryDto): Promise<MeetingDto[]> {
    return this.meetings.list(query);
  }

  @Get(':id')
  @Roles(...ROLES)
  @ApiOkResponse({ type: MeetingDto, description: 'The meeting' })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  get(@Param('id', uuidParam('meeting')) id: string): Promise<MeetingDto> {
    return this.meetings.get(id);
  }

  @Patch(':id')
  @Roles('ethics-secretary')
  @ApiOkResponse({ type: MeetingChangeDto, description: 'The meeting, and the cases that moved (less capacity)' })
  @ApiConflictResponse({ description: 'Held or cancelled, or another version (application/problem+json)' })
  update(
    @Param('id', uuidParam('meeting')) id: string,
    @Body() dto: UpdateMeetingDto,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingChangeDto> {
    return this.meetings.update(id, dto, actor);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('ethics-secretary')
  @ApiOkResponse({ type: MeetingChangeDto, description: 'Cancelled; its cases moved to the next meeting with room' })
  @ApiConflictResponse({ description: 'Already held or cancelled (application/problem+json)' })
  cancel(
    @Param('id', uuidParam('meeting')) id: string,
    @Body() dto: MeetingReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingChangeDto> {
    return this.meetings.cancel(id, dto.reason, actor);
  }

  @Post(':id/held')
  @HttpCode(200)
  @Roles('ethics-secretary')
  @ApiOkResponse({ type: MeetingDto, description: 'Marked as held; the reflections are recorded per case' })
  @ApiConflictResponse({ description: 'Already held or cancelled (application/problem+json)' })
  held(
    @Param('id', uuidParam('meeting')) id: string,
    @Body() dto: MeetingReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingDto> {
    return this.meetings.held(id, dto.reason, actor);
  }

  @Get(':id/agenda')
  @Roles(...ROLES)
  @ApiOkResponse({ type: MeetingAgendaDto, description: "The meeting's agenda" })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  agenda(@Param('id', uuidParam('meeting')) id: string, @CurrentActor() actor: Actor): Promise<MeetingAgendaDto> {
    return this.meetings.agenda(id, actor);
  }

  @Get(':id/agenda/export')
  @Roles(...ROLES)
  @ApiProduces('text/csv', 'text/calendar')
  @ApiOkResponse({ description: 'The agenda as CSV (default) or the meeting as iCalendar (?format=ics)', type: String })
  async export(
    @Param('id', uuidParam('meeting')) id: string,
    @Query() query: AgendaExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const format = query.format ?? 'csv';
    const body = await this.meetings.export(id, format, actor);
    res.type(format === 'ics' ? 'text/calendar; charset=utf-8' : 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="commissie-${id}.${format}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    return body;
  }
}
