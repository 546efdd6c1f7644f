import {
  ADVICE_GROUP,
  eventPayloadGroup,
  GATE_OUTCOME_GROUP,
  PROJECT_FIELD_GROUP,
  readableFieldGroups,
  type AuditAction,
  type FieldGroup,
  type ProjectScopeFacts,
  type Reader,
} from '@waardenpoort/domain';
import type { AuditTimelineEntry, ProjectEntity } from '@waardenpoort/persistence';
import { ProblemException } from '../common/problem.exception';
import type { ProjectResponseDto } from '../projects/dto/project.response';

/**
 * READ_SCOPE's facts of a read-model row, for this reader: `participant` says whether the reader acts on the project
 * (the repository looked it up in project_participant), so the `acting` scope needs no list of everyone.
 */
export function scopeFactsOf(project: ProjectEntity, reader: Reader, participant: boolean): ProjectScopeFacts {
  return {
    department: project.department,
    caseOwnerSub: project.caseOwnerSub,
    participantSubs: participant ? [reader.sub] : [],
    dpia: project.dpiaScope === true,
    commission: project.commissionScope === true,
  };
}

/**
 * The answer for a project the reader may not see: 404, the same as for a project that does not exist, so that
 * neither the existence nor the id of a project outside one's scope leaks.
 */
function projectNotFound(id: string): ProblemException {
  return new ProblemException(404, `There is no project with id ${id}.`, { slug: 'project-not-found' });
}

/** The field groups the reader may read of this project; throws the 404 above when none (not visible). */
export function readableGroupsOrNotFound(
  project: ProjectEntity,
  reader: Reader,
  participant: boolean,
): Set<FieldGroup> {
  const groups = readableFieldGroups(scopeFactsOf(project, reader, participant), reader);
  if (groups.size === 0) throw projectNotFound(project.id);
  return groups;
}

/**
 * Trims a project's answer to the field groups the reader may read (READ_SCOPE). A field of a group the reader lacks
 * is absent (not null: null means "nothing yet"); arrays whose items belong to different groups keep the items the
 * reader may read (`advices`), and per-item fields are removed (`gates[].outcome`, the named assignees).
 */
export function trimProject(dto: ProjectResponseDto, groups: ReadonlySet<FieldGroup>): ProjectResponseDto {
  const out: Record<string, unknown> = { ...dto };
  for (const [field, group] of Object.entries(PROJECT_FIELD_GROUP)) if (!groups.has(group)) delete out[field];
  const people = groups.has('people');
  out['advices'] = dto.advices.filter((a) => {
    const kind = (a as { kind?: keyof typeof ADVICE_GROUP }).kind;
    return kind !== undefined && kind in ADVICE_GROUP && groups.has(ADVICE_GROUP[kind]);
  });
  out['gates'] = dto.gates.map((g) => {
    const gate: Record<string, unknown> = { ...g };
    if (!groups.has(GATE_OUTCOME_GROUP[g.gate])) delete gate['outcome'];
    if (!people) delete gate['assigneeSub'];
    return gate;
  });
  if (!people) {
    out['openTasks'] = dto.openTasks.map((t) => {
      const task: Record<string, unknown> = { ...t };
      delete task['assigneeSub'];
      delete task['heldBy'];
      return task;
    });
    out['timers'] = dto.timers.map((t) => {
      const timer: Record<string, unknown> = { ...(t as Record<string, unknown>) };
      delete timer['recipientSub'];
      return timer;
    });
  }
  return out as unknown as ProjectResponseDto;
}

/**
 * Trims a project's audit timeline to the reader's field groups: an event at a gate whose outcome group the reader
 * lacks keeps its place in the chain (seq, action, time, hashes) without its payload; a refused attempt keeps its
 * place without who tried what (`refusals`); without `people`, actors other than the case owner are absent.
 */
export function trimTimeline(
  entries: AuditTimelineEntry[],
  groups: ReadonlySet<FieldGroup>,
  caseOwnerSub?: string,
): AuditTimelineEntry[] {
  return entries.map((e) => {
    const out: Record<string, unknown> = { ...e };
    const refused = e.action === ('action-refused' satisfies AuditAction);
    const group = eventPayloadGroup(e.action, e.gate);
    if (group !== null && !groups.has(group)) delete out['payload'];
    if (refused && !groups.has('refusals')) delete out['actor'];
    if (!groups.has('people') && e.actor && e.actor.sub !== caseOwnerSub) delete out['actor'];
    return out as unknown as AuditTimelineEntry;
  });
}
