import { Injectable } from '@nestjs/common';
import { type ActingFor, type Actor, type ProjectEvent } from '@waardenpoort/domain';
import {
  AbsenceRepository,
  PersonRepository,
  TaskAssignmentRepository,
  type AssignableTask,
  type AssignmentChange,
  type TaskAssignment,
} from '@waardenpoort/persistence';
import { randomUUID } from 'node:crypto';
import { ProblemException } from '../common/problem.exception';
import { ProjectsService } from '../projects/projects.service';

/** The gate each action of a person works on: its open task there is the one a claim or delegation guards. */
const ACTION_GATE: Readonly<Record<string, string>> = {
  submitQuickScan: 'quick-scan',
  submitDpia: 'dpia',
  giveDpoAdvice: 'dpia',
  recordPriorConsultation: 'dpia',
  scheduleCommission: 'commission-reflection',
  askCommissionQuestions: 'commission-reflection',
  answerCommissionQuestions: 'commission-reflection',
  submitCommissionDocuments: 'commission-reflection',
  recordReflection: 'commission-reflection',
  decide: 'portfolio-decision',
  recordCouncilInformation: 'council-information',
  submitRegisterEntry: 'publication',
  reviewRegisterEntry: 'publication',
};

/**
 * The case owner's submission task shares the commission gate with the secretary's steps: marking the documents
 * submitted works on that task only, and the secretary's actions on theirs.
 */
const worksOn = (action: string, step: string | null): boolean =>
  (step === 'submit-documents') === (action === 'submitCommissionDocuments');

/** The case owner's own actions outside any task: a substitute of the absent owner may take them for them. */
const OWNER_ACTIONS: ReadonlySet<string> = new Set(['hold', 'resume', 'withdraw', 'amend', 'requestReflection']);

const conflict = (slug: string, detail: string, holder?: TaskAssignment): ProblemException =>
  new ProblemException(409, detail, {
    slug,
    ...(holder ? { heldBy: { kind: holder.kind, sub: holder.holderSub, name: holder.holderName } } : {}),
  });

const taskNotFound = (id: string): ProblemException =>
  new ProblemException(404, `There is no open task with id ${id}.`, { slug: 'task-not-found' });

/** What a refusal of an action says about who has the task. */
function heldRefusal(holder: TaskAssignment): ProblemException {
  return holder.kind === 'claimed'
    ? conflict('task-claimed', `This task is claimed by ${holder.holderName}; only they can act on it now.`, holder)
    : conflict(
        'task-delegated',
        `This task is delegated to ${holder.holderName}; only they can act on it now.`,
        holder,
      );
}

/**
 * Who works on a task: claiming and releasing a role task, delegating a task to a named colleague with the role and
 * taking it back, and the check every action goes through (GatesService) that only the holder (or whoever stands
 * in for them) acts on a held task, and whom an actor acts for (an absent colleague, a delegating assignee).
 */
@Injectable()
export class TaskAssignmentService {
  constructor(
    private readonly assignments: TaskAssignmentRepository,
    private readonly absences: AbsenceRepository,
    private readonly people: PersonRepository,
    private readonly projects: ProjectsService,
  ) {}

  /**
   * Before an action goes to the workflow: refuses it (409 task-claimed / task-delegated, naming the holder) when
   * someone else holds the task it works on, and answers whom the actor acts for, if anyone.
   */
  async beforeAction(projectId: string, action: string, actor: Actor): Promise<ActingFor | undefined> {
    const standIns = await this.absences.standingInFor(actor.sub);
    const standsInFor = (sub: string | null): boolean => sub !== null && standIns.some((a) => a.personSub === sub);
    const gate = ACTION_GATE[action];
    if (gate !== undefined) {
      for (const { task, holder } of await this.assignments.openAtGate(projectId, gate)) {
        if (!worksOn(action, task.step)) continue;
        if (holder && holder.holderSub !== actor.sub && !standsInFor(holder.holderSub)) throw heldRefusal(holder);
        const assignee = task.assigneeSub;
        if (assignee === null || assignee === actor.sub) continue;
        // A person's task taken by their delegate, or by whoever stands in for them (or for their delegate).
        if ((holder?.kind === 'delegated' && holder.holderSub !== assignee) || standsInFor(assignee)) {
          return { sub: assignee, name: await this.nameOf(assignee, standIns) };
        }
      }
      return undefined;
    }
    if (OWNER_ACTIONS.has(action)) {
      const owner = await this.projects.caseOwnerOf(projectId);
      if (owner && owner.sub !== actor.sub && standsInFor(owner.sub)) return { sub: owner.sub, name: owner.name };
    }
    return undefined;
  }

  async claim(taskId: string, actor: Actor): Promise<TaskAssignment | null> {
    return this.change(taskId, actor, (task, holder) => {
      if (!actor.roles.includes(task.assigneeRole as never)) return { refused: this.notYourRole(task) };
      if (task.assigneeSub !== null) {
        return { refused: conflict('task-personal', 'This task is addressed to one person; it cannot be claimed.') };
      }
      if (holder) return { refused: heldRefusal(holder) };
      return this.write(task, actor, 'task-claimed', { kind: 'claimed', holder: actor, reason: null });
    });
  }

  async release(taskId: string, actor: Actor): Promise<TaskAssignment | null> {
    return this.change(taskId, actor, (task, holder) => {
      if (!holder || holder.kind !== 'claimed') {
        return { refused: conflict('task-not-claimed', 'This task is not claimed; there is nothing to release.') };
      }
      if (holder.holderSub !== actor.sub) return { refused: heldRefusal(holder) };
      return this.write(task, actor, 'task-released', null);
    });
  }

  async delegate(taskId: string, actor: Actor, toSub: string, reason: string): Promise<TaskAssignment | null> {
    const standIns = await this.absences.standingInFor(actor.sub);
    const task = await this.readableTask(taskId, actor);
    const person = await this.people.get(toSub);
    if (person === null || !person.roles.includes(task.assigneeRole) || toSub === actor.sub) {
      const why =
        toSub === actor.sub ? 'must be someone else than you' : 'must be a known colleague with the role of the task';
      throw new ProblemException(422, `to ${why}.`, { slug: 'validation', errors: [{ field: 'to', messages: [why] }] });
    }
    const to = { sub: person.sub, name: person.name };
    return this.change(taskId, actor, (task, holder) => {
      const mayHandOver =
        holder !== null
          ? holder.holderSub === actor.sub || (holder.kind === 'delegated' && holder.bySub === actor.sub)
          : task.assigneeSub === null
            ? actor.roles.includes(task.assigneeRole as never)
            : task.assigneeSub === actor.sub || standIns.some((a) => a.personSub === task.assigneeSub);
      if (!mayHandOver) {
        return { refused: holder ? heldRefusal(holder) : this.notYourRole(task) };
      }
      // Delegating back to the named assignee ends the delegation.
      if (to.sub === task.assigneeSub) return this.write(task, actor, 'task-undelegated', null, reason);
      return this.write(task, actor, 'task-delegated', { kind: 'delegated', holder: to, reason }, reason);
    });
  }

  async undelegate(taskId: string, actor: Actor): Promise<TaskAssignment | null> {
    return this.change(taskId, actor, (task, holder) => {
      if (!holder || holder.kind !== 'delegated') {
        return { refused: conflict('task-not-delegated', 'This task is not delegated.') };
      }
      const involved = [holder.holderSub, holder.bySub, task.assigneeSub];
      if (!involved.includes(actor.sub)) return { refused: heldRefusal(holder) };
      return this.write(task, actor, 'task-undelegated', null);
    });
  }

  /** 404 unless the task is open in a project the actor may read (READ_SCOPE), then the change under its lock. */
  private async change(
    taskId: string,
    actor: Actor,
    decide: (task: AssignableTask, holder: TaskAssignment | null) => AssignmentChange | { refused: ProblemException },
  ): Promise<TaskAssignment | null> {
    await this.readableTask(taskId, actor);
    const outcome = await this.assignments.change(taskId, decide);
    if (outcome === null) throw taskNotFound(taskId);
    if ('refused' in outcome) throw outcome.refused;
    return (await this.assignments.active([taskId])).get(taskId) ?? null;
  }

  /** The open task, when it is of a project the actor may read (READ_SCOPE); the same 404 otherwise. */
  private async readableTask(taskId: string, actor: Actor): Promise<AssignableTask> {
    const task = await this.assignments.openTask(taskId);
    if (!task) throw taskNotFound(taskId);
    await this.projects.readableGroups(task.projectId, actor).catch(() => {
      throw taskNotFound(taskId);
    });
    return task;
  }

  private notYourRole(task: AssignableTask): ProblemException {
    return new ProblemException(403, `Only someone with the role ${task.assigneeRole} can take this task.`, {
      slug: 'missing-role',
    });
  }

  private write(
    task: AssignableTask,
    actor: Actor,
    action: 'task-claimed' | 'task-released' | 'task-delegated' | 'task-undelegated',
    set: { kind: 'claimed' | 'delegated'; holder: { sub: string; name: string }; reason: string | null } | null,
    reason?: string,
  ): AssignmentChange {
    const event: ProjectEvent = {
      eventId: `${action}:${task.id}:${randomUUID()}`,
      projectId: task.projectId,
      at: new Date().toISOString(),
      actor,
      action,
      gate: task.gate as ProjectEvent['gate'],
      payload: {
        taskId: task.id,
        step: task.step,
        ...(set ? { holder: { sub: set.holder.sub, name: set.holder.name } } : {}),
        ...(reason !== undefined ? { reason } : {}),
      },
      documentHashes: [],
      policyVersion: null,
      workflowId: null,
      runId: null,
    };
    return {
      event,
      set: set && {
        taskId: task.id,
        projectId: task.projectId,
        role: task.assigneeRole,
        kind: set.kind,
        holderSub: set.holder.sub,
        holderName: set.holder.name,
        bySub: actor.sub,
        byName: actor.name,
        reason: set.reason,
      },
    };
  }

  private async nameOf(sub: string, standIns: Array<{ personSub: string; personName: string }>): Promise<string> {
    const known = standIns.find((a) => a.personSub === sub)?.personName;
    return known ?? (await this.people.get(sub))?.name ?? sub;
  }
}
