import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import {
  checkDepartmentFields,
  departmentIdProblem,
  sameDepartment,
  type Actor,
  type Department,
  type DepartmentFields,
  type FieldIssue,
} from '@waardenpoort/domain';
import {
  DepartmentVersionConflictError,
  OrganisationRepository,
  readOrganisationFile,
} from '@waardenpoort/persistence';
import { ProblemException } from '../common/problem.exception';
import { APP_CONFIG } from '../config/config.module';
import type { DepartmentDto, PutDepartmentDto } from './dto/department.dto';

function invalid(issues: FieldIssue[]): ProblemException {
  const byField = new Map<string, string[]>();
  for (const i of issues) byField.set(i.field, [...(byField.get(i.field) ?? []), i.message]);
  return new ProblemException(400, `Invalid department: ${issues.map((i) => i.message).join('; ')}.`, {
    slug: 'validation',
    errors: [...byField].map(([field, messages]) => ({ field, messages })),
  });
}

/** The department id of a path, or 400 naming `id`. */
export function departmentId(raw: string): string {
  const problem = departmentIdProblem(raw);
  if (problem) throw invalid([{ field: 'id', message: problem }]);
  return raw;
}

/**
 * The organisation model for the CIO office: departments with their head and deputies, changed through the admin
 * API or the organisation file (read at start). Every change is a version with who, when, why and its source.
 */
@Injectable()
export class OrganisationService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Organisation');

  constructor(
    private readonly organisation: OrganisationRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Reads the organisation file: a file that cannot be used stops the start, with every problem named. */
  async onApplicationBootstrap(): Promise<void> {
    const file = this.config.organisation.file;
    if (!file) return;
    const departments = readOrganisationFile(file);
    const lastRead = await this.organisation.lastFromFile();
    let changed = 0;
    for (const d of departments) {
      const last = lastRead.get(d.id);
      // Only what the file changed since it was last read: a change made since by the API or claims stays.
      if (last && sameDepartment(last, d)) continue;
      const saved = await this.organisation.save({
        fields: d,
        source: 'file',
        by: null,
        reason: `organisation file ${file}`,
      });
      if (saved.changed) changed += 1;
    }
    this.logger.log(`organisation file ${file}: ${departments.length} departments, ${changed} changed`);
  }

  async list(): Promise<DepartmentDto[]> {
    return this.withNames(await this.organisation.list());
  }

  async get(id: string): Promise<DepartmentDto> {
    const found = await this.organisation.get(departmentId(id));
    if (!found) throw new ProblemException(404, `No department ${JSON.stringify(id)}.`, { slug: 'not-found' });
    const [dto] = await this.withNames([found]);
    return dto;
  }

  async history(id: string): Promise<DepartmentDto[]> {
    const versions = await this.organisation.history(departmentId(id));
    if (versions.length === 0)
      throw new ProblemException(404, `No department ${JSON.stringify(id)}.`, { slug: 'not-found' });
    return this.withNames(versions);
  }

  async put(
    rawId: string,
    dto: PutDepartmentDto,
    actor: Actor,
  ): Promise<{ department: DepartmentDto; created: boolean }> {
    const id = departmentId(rawId);
    const issues = checkDepartmentFields(dto);
    // The head and deputies must be people Waardenpoort knows: mail goes to the directory's address.
    const named = [...(dto.headSub ? [dto.headSub] : []), ...dto.deputySubs];
    const known = await this.organisation.personNames(named);
    if (dto.headSub && !known.has(dto.headSub) && !issues.some((i) => i.field === 'headSub'))
      issues.push({
        field: 'headSub',
        message: `headSub ${JSON.stringify(dto.headSub)} is not in the person directory`,
      });
    dto.deputySubs.forEach((d, i) => {
      const field = `deputySubs[${i}]`;
      if (!known.has(d) && !issues.some((x) => x.field === field))
        issues.push({ field, message: `${field} ${JSON.stringify(d)} is not in the person directory` });
    });
    if (issues.length > 0) throw invalid(issues);
    const fields: DepartmentFields = {
      id,
      nameNl: dto.nameNl,
      nameEn: dto.nameEn,
      headSub: dto.headSub,
      deputySubs: dto.deputySubs,
      active: dto.active ?? true,
    };
    const result = await this.change(fields, dto.version === 0 ? null : dto.version, actor, dto.reason);
    return { department: (await this.withNames([result.department]))[0], created: dto.version === 0 };
  }

  /** Deactivates (the history stays); `expectedVersion` from If-Match when the caller sent one. */
  async deactivate(rawId: string, actor: Actor, expectedVersion: number | undefined): Promise<void> {
    const id = departmentId(rawId);
    const current = await this.organisation.get(id);
    if (!current) throw new ProblemException(404, `No department ${JSON.stringify(id)}.`, { slug: 'not-found' });
    await this.change({ ...current, active: false }, expectedVersion ?? current.version, actor, 'deactivated');
  }

  private async change(fields: DepartmentFields, expected: number | null, actor: Actor, reason: string) {
    try {
      return await this.organisation.save({ fields, source: 'api', by: actor, reason, expectedVersion: expected });
    } catch (err) {
      if (err instanceof DepartmentVersionConflictError) {
        throw new ProblemException(409, `${err.message}.`, { slug: 'department-version-conflict' });
      }
      throw err;
    }
  }

  private async withNames(departments: Department[]): Promise<DepartmentDto[]> {
    const names = await this.organisation.personNames(
      departments.flatMap((d) => [...(d.headSub ? [d.headSub] : []), ...d.deputySubs]),
    );
    return departments.map((d) => ({
      id: d.id,
      nameNl: d.nameNl,
      nameEn: d.nameEn,
      headSub: d.headSub,
      headName: d.headSub ? (names.get(d.headSub) ?? null) : null,
      deputySubs: d.deputySubs,
      deputyNames: d.deputySubs.map((s) => names.get(s) ?? s),
      active: d.active,
      version: d.version,
      source: d.source,
      changedAt: d.changedAt,
      changedBySub: d.changedBy?.sub ?? null,
      changedByName: d.changedBy?.name ?? null,
      reason: d.reason,
    }));
  }
}
