import { Injectable } from '@nestjs/common';
import {
  assembleEntry,
  isHttpsUrl,
  registerPolicyOf,
  registersOf,
  validateRegisterEntry,
  withCaseFacts,
  type Actor,
  type DpiaSubmission,
  type Policy,
  type ProjectSnapshot,
  type RegisterEntry,
  type RegisterIssue,
  type RegisterKind,
} from '@waardenpoort/domain';
import * as defs from '@waardenpoort/contracts';
import {
  AuditRepository,
  PersonRepository,
  PolicyRepository,
  ProjectReadModelRepository,
  RegisterEntryRepository,
  type ProjectEntity,
  type RegisterEntryVersion,
} from '@waardenpoort/persistence';
import { ProblemException } from '../common/problem.exception';
import { GatesService } from '../gates/gates.service';
import type { ProjectResponseDto } from '../projects/dto/project.response';
import { ProjectsService } from '../projects/projects.service';
import type { ReviewRegisterEntriesDto, SubmitRegisterEntriesDto } from './dto/register-entries.dto';
import { exportEntries, type ExportedEntry } from './register-export';
import { sanitizeEntry } from './register-entry.sanitize';

/** What the preview shows of a project: the registers its route names, a draft from the case, and every version. */
export interface RegisterPreview {
  registers: RegisterKind[];
  drafts: Partial<Record<RegisterKind, RegisterEntry>>;
  versions: RegisterEntryVersion[];
}

/** The parts of a read-model row the assembly reads, as the snapshot it came from. */
function snapshotOf(p: ProjectEntity): ProjectSnapshot {
  return {
    projectId: p.id,
    registration: {
      title: p.title,
      summary: p.summary,
      department: p.department,
      technologies: p.technologies,
      plannedStart: p.plannedStart,
    },
    status: p.status,
    gates: p.gates,
    route: p.details?.route ?? null,
    decision: p.details?.decision ?? null,
  } as ProjectSnapshot;
}

/**
 * The registers: exports of what was published (read model only, so a public route can call `exportRegister` as it
 * is), the per-project preview within the reader's scope, and the two actions of the publication gate, checked at
 * the edge (sanitised, then validated field by field: 400) before the workflow's validator checks them again.
 */
@Injectable()
export class RegistersService {
  constructor(
    private readonly entries: RegisterEntryRepository,
    private readonly people: PersonRepository,
    private readonly readModel: ProjectReadModelRepository,
    private readonly projects: ProjectsService,
    private readonly gates: GatesService,
    private readonly policies: PolicyRepository,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * The public link of the project's latest DPIA, from the trail's record of its submission (`document.publicUrl`,
   * or the reference itself when that is an https link), or null.
   */
  private async dpiaLink(projectId: string): Promise<string | null> {
    const payload = await this.audit.latestPayload(projectId, 'dpia-submitted');
    const document = (payload?.['document'] ?? null) as DpiaSubmission['document'] | null;
    if (!document) return null;
    if (typeof document.publicUrl === 'string' && isHttpsUrl(document.publicUrl)) return document.publicUrl;
    return typeof document.reference === 'string' && isHttpsUrl(document.reference) ? document.reference : null;
  }

  /**
   * The register section of the policy version the project is pinned to (the one its workflow validates with), or
   * null for a project without one.
   */
  private async pinnedPolicy(project: ProjectEntity): Promise<Pick<Policy, 'registers'> | null> {
    if (project.policyId === null || project.policyVersion === null) return null;
    const stored = await this.policies.byVersion(project.policyId, project.policyVersion);
    return stored ? stored.document : null;
  }

  async exportRegister(kind: RegisterKind): Promise<ExportedEntry[]> {
    return exportEntries(kind, await this.entries.published(kind));
  }

  async preview(projectId: string, reader: Actor, now = new Date()): Promise<RegisterPreview> {
    await this.projects.readableGroups(projectId, reader);
    const project = await this.readModel.findById(projectId);
    if (!project)
      throw new ProblemException(404, `There is no project with id ${projectId}.`, { slug: 'project-not-found' });
    const s = snapshotOf(project);
    const registers = registersOf(s);
    const { organization } = registerPolicyOf(await this.pinnedPolicy(project));
    const options = { now: now.toISOString(), organization, assessments: { dpia: await this.dpiaLink(projectId) } };
    const drafts = Object.fromEntries(registers.map((k) => [k, assembleEntry(k, s, options)]));
    return { registers, drafts, versions: await this.entries.ofProject(projectId) };
  }

  async submit(
    projectId: string,
    actor: Actor,
    dto: SubmitRegisterEntriesDto,
    key: string | undefined,
  ): Promise<ProjectResponseDto> {
    const project = await this.readModel.findById(projectId);
    if (!project)
      throw new ProblemException(404, `There is no project with id ${projectId}.`, { slug: 'project-not-found' });
    const entries: Partial<Record<RegisterKind, RegisterEntry>> = {};
    const issues: Array<RegisterIssue & { register: RegisterKind }> = [];
    const policy = await this.pinnedPolicy(project);
    const { functionAddresses } = registerPolicyOf(policy);
    for (const kind of ['algorithm', 'sensor'] as const) {
      const given = dto.entries[kind];
      if (given === undefined) continue;
      const entry = sanitizeEntry(kind, given);
      entries[kind] = entry;
      // What the case sets itself (status, category, own id) comes from the case, as the workflow sets it.
      const own = withCaseFacts(kind, snapshotOf(project), entry, new Date().toISOString(), policy);
      const personal = [project.caseOwnerEmail, actor.email].filter((e): e is string => !!e);
      const contact = typeof own.contact_email === 'string' ? own.contact_email : '';
      if (contact && (await this.people.isPersonEmail(contact))) personal.push(contact);
      const found = validateRegisterEntry(kind, own, { personalEmails: personal, functionAddresses });
      issues.push(...found.map((i) => ({ ...i, register: kind })));
    }
    if (issues.length > 0) {
      throw new ProblemException(400, 'The register entry does not meet the standard; see errors, field by field.', {
        slug: 'validation',
        errors: issues.map((i) => ({
          field: `entries.${i.register}.${i.field}`,
          messages: [i.message.nl, i.message.en],
        })),
      });
    }
    return this.gates.act(projectId, defs.submitRegisterEntry, { actor, entries }, key);
  }

  review(
    projectId: string,
    actor: Actor,
    dto: ReviewRegisterEntriesDto,
    key: string | undefined,
  ): Promise<ProjectResponseDto> {
    if (dto.outcome === 'return' && !dto.remarks) {
      throw new ProblemException(400, 'remarks are required when returning the entries.', {
        slug: 'validation',
        errors: [{ field: 'remarks', messages: ['is verplicht bij terugsturen', 'is required when returning'] }],
      });
    }
    return this.gates.act(projectId, defs.reviewRegisterEntry, { actor, ...dto }, key);
  }
}
