// The API's JSON shapes as the dashboard reads them: names for the types generated from the OpenAPI document
// (api.generated.d.ts, `npm run generate:dashboard`) and, where the API returns the domain's own data (the policy),
// the domain's types (libs/domain, compiled into js/domain). Only for type checking the dashboard's JSDoc; nothing
// here is served. A shape that is not precise enough here is made precise in its DTO's @ApiProperty.

import type { components } from './api.generated';
import type { Role } from '../public/js/domain/roles.js';
import type { GateId, GateState } from '../public/js/domain/gates.js';
import type { ProjectStatus } from '../public/js/domain/project.js';
import type {
  AnswerValue,
  Condition,
  Policy as PolicyDocument,
  Question,
  QuestionOption,
} from '../public/js/domain/policy/types.js';

type Schemas = components['schemas'];

/** The steps inside the gates (GATE_STEPS in libs/domain), as the API names them. */
export type GateStep = NonNullable<Schemas['TimerDto']['step']>;

export type {
  AnswerValue,
  Condition,
  GateId,
  GateState,
  PolicyDocument,
  ProjectStatus,
  Question,
  QuestionOption,
  Role,
};

export type Label = Schemas['LabelDto'];
export type Person = Schemas['PersonDto'];
export type Gate = Schemas['GateResponseDto'];
export type Task = Schemas['TaskResponseDto'];
export type Timer = Schemas['TimerDto'];
export type Advice = Schemas['AdviceDto'];
export type Reason = Schemas['RouteReasonDto'];
export type Outcome = Schemas['RouteOutcomeDto'];
export type Decision = Schemas['ProjectDecisionDto'];
export type Project = Schemas['ProjectResponseDto'];
export type ProjectPage = Schemas['ProjectPageDto'];
export type PublicReflection = Schemas['PublicReflectionDto'];
export type PublicReflectionPage = Schemas['PublicReflectionPageDto'];
/** GET /api/v1/public/map: the public sensor map's background map, if one is configured */
export type PublicMap = Schemas['PublicMapDto'];
export type LeadTime = Schemas['LeadTimeDto'];
export type PipelineGate = Schemas['PipelineGateDto'];
export type PipelineReport = Schemas['PipelineReportDto'];
export type AuditEntry = Schemas['AuditEntryDto'];
export type CaughtMail = Schemas['CaughtMailDto'];
/** The Ethics Commission's meeting calendar (GET /api/v1/commission-meetings, …/agenda) */
export type Meeting = Schemas['MeetingDto'];
export type MeetingAgenda = Schemas['MeetingAgendaDto'];
export type MeetingChange = Schemas['MeetingChangeDto'];
/** GET /api/v1/me */
export type Me = Schemas['MeResponseDto'];
/** GET /api/v1/me/calendar-feed: whether a personal calendar feed address works */
export type CalendarFeedState = Schemas['CalendarFeedStateDto'];
/** POST /api/v1/me/calendar-feed: a new address, with its secret, shown this once */
export type CalendarFeedIssued = Schemas['CalendarFeedIssuedDto'];
/** GET /api/v1/tasks/department: a department head's view of the department's open tasks */
export type DepartmentTasks = Schemas['DepartmentTasksDto'];
export type DepartmentTask = Schemas['DepartmentTaskDto'];

/** GET /api/v1/auth/config: how this deployment signs people in */
export type SignInConfig = Schemas['SignInConfigDto'];

/** GET /api/v1/policy: the stored version's summary and the policy itself, as the domain defines it. */
export interface StoredPolicy {
  id: string;
  version: number;
  title: Label;
  policy: PolicyDocument;
}

/** Every error answer: application/problem+json (RFC 9457), from apps/api/src/common/problem-details.filter.ts. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Array<{ field: string; messages: string[] }>;
  correlationId?: string;
}

// --- The dashboard's own DOM helpers (dom.js) ---------------------------------------------------------------------

export type Child = string | number | Node | null | undefined | false;
export type Children = Child | Children[];
