import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AI_ACT_CLASSES,
  ALGORITHM_REGISTER_CATEGORIES,
  ATTENTION_ACTIVITIES,
  COMMISSION_OUTCOMES,
  COUNCIL_OUTCOMES,
  DECISION_OUTCOMES,
  DPIA_OUTCOMES,
  GATE_IDS,
  GATE_STEPS,
  IAMA_OUTCOMES,
  RISK_LEVELS,
  ROLES,
  SOURCE_KINDS,
  type Advice,
  type TimerKind,
} from '@waardenpoort/domain';

/**
 * The parts of a project's snapshot the API returns as they are (ProjectSnapshot in libs/domain/src/project.ts),
 * described for the OpenAPI document: the dashboard's types are generated from it.
 */

// The domain has these as types only; `satisfies` makes the compiler refuse a kind missing here.
const TIMER_KINDS = Object.keys({
  reminder: true,
  escalation: true,
  'statutory-term': true,
  meeting: true,
  reevaluation: true,
  'submission-deadline': true,
  'rule-in-force': true,
} satisfies Record<TimerKind, true>);
const ADVICE_KINDS = Object.keys({
  'dpo-advice': true,
  'commission-reflection': true,
  'dpa-prior-consultation': true,
} satisfies Record<Advice['kind'], true>);

export class LabelDto {
  @ApiProperty() nl!: string;
  @ApiProperty() en!: string;
}

export class PolicyRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
}

/** A person as the workflow recorded them, with the roles they acted in. */
export class PersonRefDto {
  @ApiProperty() sub!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
}

export class ReasonSourceDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: SOURCE_KINDS }) kind!: string;
  @ApiProperty() citation!: string;
  @ApiProperty({ type: LabelDto }) title!: LabelDto;
  @ApiPropertyOptional() url?: string;
  @ApiPropertyOptional() pinpoint?: string;
}

export class RouteReasonDto {
  @ApiProperty() ruleId!: string;
  @ApiProperty() reasonId!: string;
  @ApiProperty({ type: LabelDto }) text!: LabelDto;
  @ApiProperty({ type: ReasonSourceDto }) source!: ReasonSourceDto;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What the rule raised' })
  effects!: Record<string, unknown>;
}

export class RouteOutcomeDto {
  @ApiProperty({ enum: DPIA_OUTCOMES }) dpia!: string;
  @ApiProperty({ enum: IAMA_OUTCOMES }) iama!: string;
  @ApiProperty({ enum: AI_ACT_CLASSES }) aiActClass!: string;
  @ApiProperty({ enum: COMMISSION_OUTCOMES }) commission!: string;
  @ApiProperty({ enum: COUNCIL_OUTCOMES }) council!: string;
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel!: string;
  @ApiProperty({ enum: ALGORITHM_REGISTER_CATEGORIES }) algorithmRegister!: string;
  @ApiProperty() sensorRegister!: boolean;
  @ApiProperty({ type: PolicyRefDto }) policy!: PolicyRefDto;
  @ApiProperty({ type: [RouteReasonDto], description: 'Every rule that fired, in policy order' })
  reasons!: RouteReasonDto[];
}

export class RouteDto {
  @ApiProperty({ type: RouteOutcomeDto }) outcome!: RouteOutcomeDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      oneOf: [
        { type: 'boolean' },
        { type: 'number' },
        { type: 'string' },
        { type: 'array', items: { type: 'string' } },
      ],
    },
    description: 'The quick-scan answers, by question id',
  })
  answers!: Record<string, unknown>;
  @ApiProperty() dpiaOptIn!: boolean;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
}

export class AdviceDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ADVICE_KINDS }) kind!: string;
  @ApiProperty({ enum: GATE_IDS }) gate!: string;
  @ApiProperty() value!: string;
  @ApiProperty({ type: [String] }) conditions!: string[];
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: PersonRefDto }) by!: PersonRefDto;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class AdviceAnswerDto {
  @ApiProperty() adviceId!: string;
  @ApiProperty({ enum: ['follow', 'deviate'] }) response!: string;
  @ApiProperty() explanation!: string;
}

export class ProjectDecisionDto {
  @ApiProperty({ enum: DECISION_OUTCOMES }) outcome!: string;
  @ApiProperty() rationale!: string;
  @ApiProperty({ type: [String] }) conditions!: string[];
  @ApiProperty({ enum: GATE_IDS, nullable: true }) returnTo!: string | null;
  @ApiProperty({ type: [AdviceAnswerDto] }) adviceResponses!: AdviceAnswerDto[];
  @ApiProperty({ type: PersonRefDto }) by!: PersonRefDto;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class CommissionQuestionDto {
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) askedAt!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ type: String, nullable: true }) answer!: string | null;
}

/** The commission's reflection as released for the public pages (the snapshot's `reflectionPublication`). */
export class ReflectionPublicationStateDto {
  @ApiProperty({ description: 'The released reflection (an advice id of kind commission-reflection)' })
  adviceId!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Set when the release was withdrawn from the public pages',
  })
  withdrawnAt!: string | null;
}

/** The case owner's submission task for the meeting (issue 19): open, submitted, or closed without. */
export class CommissionSubmissionDto {
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'The submission deadline' }) dueAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) submittedBy!: PersonRefDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Closed without a submission: the deadline passed, or the case left the meeting',
  })
  closedAt!: string | null;
}

export class CommissionDto {
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) meetingDate!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The meeting of the calendar the case is on' })
  meetingId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'By when the documents are in' })
  submissionDeadline!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Waiting for a meeting with room since',
  })
  waitingSince!: string | null;
  @ApiProperty({ type: CommissionSubmissionDto, nullable: true }) submission!: CommissionSubmissionDto | null;
  @ApiProperty({ type: [CommissionQuestionDto] }) questions!: CommissionQuestionDto[];
  @ApiProperty({
    type: ReflectionPublicationStateDto,
    nullable: true,
    description:
      'The latest release of the reflection for the public pages, withdrawn or not; null: never released. ' +
      'Part of the commission group of the read scope',
  })
  publication!: ReflectionPublicationStateDto | null;
}

export class PriorConsultationStateDto {
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty() extended!: boolean;
  @ApiProperty({ type: String, nullable: true }) answer!: string | null;
}

export class TimerDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: TIMER_KINDS }) kind!: string;
  @ApiProperty({ enum: GATE_IDS, nullable: true }) gate!: string | null;
  @ApiProperty({ enum: GATE_STEPS, nullable: true }) step!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'Escalation step (1, 2, ...) or reminder number' }) level!: number;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Absent for a reader without the `people` fields' })
  recipientSub?: string | null;
  @ApiProperty() fired!: boolean;
  @ApiPropertyOptional({ description: 'The rule that comes into force (kind `rule-in-force` only)' })
  ruleId?: string;
}

export class ReassessmentDto {
  @ApiProperty({ enum: ['policy-activation', 'amendment', 'reevaluation', 'rule-in-force'] }) trigger!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The policy activation that asked for it' })
  activationId!: string | null;
  @ApiProperty({
    enum: ['loading-policy', 'quick-scan'],
    description: 'Waiting for the policy in force to be read, or for the new quick-scan',
  })
  phase!: string;
  @ApiProperty({ type: PolicyRefDto, description: 'The version the route being compared was evaluated on' })
  fromPolicy!: { id: string; version: number };
}

export class AttentionDto {
  @ApiProperty({ enum: ATTENTION_ACTIVITIES }) activity!: string;
  @ApiProperty({ format: 'date-time' }) since!: string;
  @ApiProperty({ format: 'date-time' }) lastFailedAt!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, nullable: true }) sqlstate!: string | null;
  @ApiProperty() failures!: number;
  @ApiProperty({ type: [String] }) parkedEventIds!: string[];
}

export class TaskProjectDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() department!: string;
}
