import { Injectable } from '@nestjs/common';
import type { Advice, Decision, ProjectRoute, Reader } from '@waardenpoort/domain';
import { ProblemException } from '../common/problem.exception';
import { ActivePolicy } from '../policy/active-policy';
import { ProjectsService } from '../projects/projects.service';
import { composeLetter, type LetterProject } from './letter-content';
import type { Lang } from './letter-labels';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import type { LetterFormat } from './council-letter.query';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

export interface DraftLetter {
  body: Buffer;
  contentType: string;
  filename: string;
  policy: { id: string; version: number };
}

/** `Raadsinformatiebrief: Camera's uitgaansgebied` → `raadsinformatiebrief-cameras-uitgaansgebied`: ASCII only. */
export function letterFilename(title: string, projectId: string, format: LetterFormat): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `raadsinformatiebrief-${slug || projectId}.${format}`;
}

/**
 * The draft council information letter of a project: drawn from the project as the reader may read it (READ_SCOPE),
 * in the words of the template of the policy version in force now (a liaison drafting today expects today's
 * template; the route itself keeps saying which version decided it).
 */
@Injectable()
export class CouncilLetterService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly policy: ActivePolicy,
  ) {}

  async draft(id: string, reader: Reader, format: LetterFormat, lang: Lang, now = new Date()): Promise<DraftLetter> {
    const { project, groups } = await this.projects.readable(id, reader);
    const council = project.gates.find((g) => g.gate === 'council-information');
    if (!council || council.state === 'not-required') {
      throw new ProblemException(409, 'The route of this project does not require informing the council.', {
        slug: 'council-information-not-required',
      });
    }
    const decision = (project.decision ?? null) as Decision | null;
    if (!decision) {
      throw new ProblemException(409, 'This project has no decision yet; the letter reports the decision.', {
        slug: 'no-decision-yet',
      });
    }
    const policy = await this.policy.current();
    if (!policy.councilLetter) {
      throw new ProblemException(
        409,
        `Policy ${policy.id} version ${policy.version} has no council letter template (councilLetter); ` +
          'the CIO office activates a version that has one.',
        { slug: 'no-council-letter-template' },
      );
    }
    const letterProject: LetterProject = {
      id: project.id,
      title: project.title,
      summary: project.summary,
      department: project.department,
      technologies: project.technologies,
      plannedStart: project.plannedStart,
      gates: project.gates,
      policy: project.policy,
      ...('route' in project ? { route: project.route as ProjectRoute | null } : {}),
      advices: project.advices as Advice[],
      decision,
    };
    const letter = composeLetter({
      project: letterProject,
      groups,
      template: policy.councilLetter,
      templatePolicy: { id: policy.id, version: policy.version },
      lang,
      now,
    });
    const body = format === 'pdf' ? await renderPdf(letter) : await renderDocx(letter);
    return {
      body,
      contentType: format === 'pdf' ? PDF_TYPE : DOCX_TYPE,
      filename: letterFilename(project.title, project.id, format),
      policy: { id: policy.id, version: policy.version },
    };
  }
}
