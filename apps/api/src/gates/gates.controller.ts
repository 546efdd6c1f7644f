import { Body, Controller, createParamDecorator, type ExecutionContext, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Actor } from '@waardenpoort/domain';
import * as defs from '@waardenpoort/contracts';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { ProjectResponseDto } from '../projects/dto/project.response';
import {
  AgendaDto,
  AmendDto,
  AnswersDto,
  CommissionDocumentsDto,
  CouncilInformationDto,
  DecisionDto,
  DpiaDto,
  DpoAdviceDto,
  PriorConsultationDto,
  QuestionsDto,
  QuickScanDto,
  ReasonDto,
  ReflectionDto,
} from './dto/gate-actions.dto';
import { GatesService } from './gates.service';
import { MeetingChoice } from '../commission-meetings/meeting-choice';
import { uuidParam } from '../common/uuid.pipe';
import { ClassResponsesOnEveryRoute } from '../common/class-responses';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The request's Idempotency-Key header, checked: 1 to 200 printable ASCII characters (400 naming it otherwise). */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const value = ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers[
    'idempotency-key'
  ];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY.test(value)) {
    throw new ProblemException(400, 'Idempotency-Key must be 1 to 200 printable ASCII characters.', {
      slug: 'validation',
      errors: [{ field: 'Idempotency-Key', messages: ['must be 1 to 200 printable ASCII characters'] }],
    });
  }
  return value;
});

/**
 * The actions people take on a project. Each is an Update on the project's workflow: refused at once (403, 409 or
 * 422 with the reason) when the gate is not open, the caller lacks the role, or the payload is incomplete.
 */
@ClassResponsesOnEveryRoute()
@ApiTags('gates')
@ApiBearerAuth()
@ApiOkResponse({ type: ProjectResponseDto, description: 'Accepted and recorded; the project as it now stands' })
@ApiForbiddenResponse({ description: 'Missing role, or segregation of duties' })
@ApiConflictResponse({
  description:
    'The gate or step is not open for this action, the project is closed, or a repeatable action reached the ' +
    "policy's limit (limit-reached)",
})
@ApiUnprocessableEntityResponse({ description: 'The payload is incomplete for this action' })
@ApiNotFoundResponse({ description: 'No such project' })
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description:
    'Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update ' +
    'id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same ' +
    'status and body); the same key with another action or body is 422 idempotency-key-reused.',
})
@Controller('api/v1/projects/:id')
export class GatesController {
  constructor(
    private readonly gates: GatesService,
    private readonly meetingChoice: MeetingChoice,
  ) {}

  @Post('quick-scan')
  @HttpCode(200)
  @Roles('case-owner')
  quickScan(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: QuickScanDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(
      pid,
      defs.submitQuickScan,
      {
        actor,
        answers: dto.answers,
        dpiaOptIn: dto.dpiaOptIn ?? false,
      },
      key,
    );
  }

  @Post('dpia')
  @HttpCode(200)
  @Roles('case-owner', 'privacy-officer')
  dpia(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: DpiaDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.submitDpia, { actor, document: dto.document, elements: dto.elements }, key);
  }

  @Post('dpia/advice')
  @HttpCode(200)
  @Roles('dpo')
  dpoAdvice(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: DpoAdviceDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.giveDpoAdvice, { actor, ...dto }, key);
  }

  @Post('dpia/prior-consultation')
  @HttpCode(200)
  @Roles('dpo', 'privacy-officer')
  priorConsultation(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: PriorConsultationDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.recordPriorConsultation, { actor, ...dto }, key);
  }

  @Post('commission/request')
  @HttpCode(200)
  @Roles('case-owner', 'dpo', 'cio-office')
  requestReflection(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.requestReflection, { actor, reason: dto.reason }, key);
  }

  @Post('commission/agenda')
  @HttpCode(200)
  @Roles('ethics-secretary')
  async agenda(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: AgendaDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    if (dto.meetingId !== undefined) {
      if (dto.meetingDate !== undefined) {
        throw new ProblemException(400, 'Give either meetingId or meetingDate, not both.', {
          slug: 'validation',
          errors: [{ field: 'meetingDate', messages: ['niet samen met meetingId', 'not together with meetingId'] }],
        });
      }
      await this.meetingChoice.assertRoom(dto.meetingId);
      return this.gates.act(pid, defs.scheduleCommission, { actor, meetingId: dto.meetingId }, key);
    }
    return this.gates.act(pid, defs.scheduleCommission, { actor, meetingDate: dto.meetingDate }, key);
  }

  @Post('commission/questions')
  @HttpCode(200)
  @Roles('ethics-secretary')
  questions(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: QuestionsDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.askCommissionQuestions, { actor, questions: dto.questions }, key);
  }

  @Post('commission/answers')
  @HttpCode(200)
  @Roles('case-owner')
  answers(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: AnswersDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.answerCommissionQuestions, { actor, answers: dto.answers }, key);
  }

  /** The case owner marks the documents for the commission meeting submitted: their submission task closes. */
  @Post('commission/documents')
  @HttpCode(200)
  @Roles('case-owner')
  documents(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: CommissionDocumentsDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.submitCommissionDocuments, { actor, ...dto }, key);
  }

  @Post('commission/reflection')
  @HttpCode(200)
  @Roles('ethics-secretary')
  reflection(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: ReflectionDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.recordReflection, { actor, ...dto }, key);
  }

  @Post('decision')
  @HttpCode(200)
  @Roles('portfolio-holder')
  decision(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: DecisionDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.decide, { actor, ...dto }, key);
  }

  @Post('council-information')
  @HttpCode(200)
  @Roles('council-liaison')
  council(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: CouncilInformationDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.recordCouncilInformation, { actor, ...dto }, key);
  }

  @Post('hold')
  @HttpCode(200)
  @Roles('case-owner', 'cio-office')
  hold(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.holdProject, { actor, reason: dto.reason }, key);
  }

  @Post('resume')
  @HttpCode(200)
  @Roles('case-owner', 'cio-office')
  resume(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.resumeProject, { actor, reason: dto.reason }, key);
  }

  @Post('withdraw')
  @HttpCode(200)
  @Roles('case-owner', 'cio-office')
  withdraw(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.withdrawProject, { actor, reason: dto.reason }, key);
  }

  @Post('amend')
  @HttpCode(200)
  @Roles('case-owner')
  amend(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: AmendDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.amendProject, { actor, reason: dto.reason, changes: dto.changes }, key);
  }
}
