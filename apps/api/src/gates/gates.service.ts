import { Injectable, Logger } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import type { Actor, ProjectSnapshot } from '@waardenpoort/domain';
import { ProjectWorkflows } from '@waardenpoort/temporal';
import { RefusalRecorder } from '../auth/refusal-recorder';
import { ProblemException } from '../common/problem.exception';
import type { ProjectResponseDto } from '../projects/dto/project.response';
import { ProjectsService } from '../projects/projects.service';

/** How each refusal of the workflow's validators reads over HTTP. */
const REFUSAL_STATUS: Record<string, number> = {
  'missing-role': 403,
  'segregation-of-duties': 403,
  'invalid-payload': 422,
  'invalid-answers': 422,
  'missing-answers': 422,
  'gate-not-active': 409,
  'wrong-step': 409,
  'project-on-hold': 409,
  'project-closed': 409,
};

/** Sends a person's action to the project's workflow as an Update and answers with the project as recorded. */
@Injectable()
export class GatesService {
  private readonly logger = new Logger(GatesService.name);

  constructor(
    private readonly workflows: ProjectWorkflows,
    private readonly projects: ProjectsService,
    private readonly refusals: RefusalRecorder,
  ) {}

  async act<A extends { actor: Actor }>(
    projectId: string,
    update: UpdateDefinition<ProjectSnapshot, [A]>,
    payload: A,
  ): Promise<ProjectResponseDto> {
    // 404 for a project we do not know. Not the read scope: whether the actor may act is the workflow's to decide
    // (and a refusal is recorded), and a refused attempt answers no more than that it was refused.
    await this.projects.assertExists(projectId);
    try {
      await this.workflows.executeUpdate(projectId, update, [payload]);
    } catch (err) {
      const problem = this.toProblem(err, projectId);
      const { status } = problem.problem;
      if (status === 403 || status === 409 || status === 422) {
        await this.refusals.record(projectId, payload.actor, {
          action: update.name,
          code: problem.problem.type.split('/').pop() ?? 'refused',
          reason: problem.problem.detail ?? '',
        });
      }
      throw problem;
    }
    return this.projects.getAfterAction(projectId, payload.actor);
  }

  private toProblem(err: unknown, projectId: string): ProblemException {
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
      const type = err.cause.type ?? 'refused';
      const status = REFUSAL_STATUS[type] ?? 422;
      const issues = err.cause.details?.[0];
      return new ProblemException(status, err.cause.message, {
        slug: type,
        title: 'Action refused',
        ...(Array.isArray(issues)
          ? {
              errors: (issues as Array<{ questionId: string | null; message: string }>).map((i) => ({
                field: i.questionId ? `answers.${i.questionId}` : 'answers',
                messages: [i.message],
              })),
            }
          : {}),
      });
    }
    if (err instanceof WorkflowNotFoundError || /already completed|not found/i.test((err as Error).message ?? '')) {
      return new ProblemException(409, `Project ${projectId} is closed; its workflow no longer takes actions.`, {
        slug: 'project-closed',
      });
    }
    this.logger.warn(`update on project ${projectId} failed: ${(err as Error).message}`);
    return new ProblemException(503, 'The workflow engine did not answer; the action was not recorded. Try again.', {
      slug: 'workflow-engine-unavailable',
      headers: { 'Retry-After': '5' },
    });
  }
}
