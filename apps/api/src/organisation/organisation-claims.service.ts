import { Injectable, Logger } from '@nestjs/common';
import type { Actor, DepartmentFields } from '@waardenpoort/domain';
import { DepartmentVersionConflictError, OrganisationRepository } from '@waardenpoort/persistence';
import { TokenVerifier } from '../auth/token-verifier';

/** Enough for every employee of a municipality; beyond it the oldest entries make room. */
const CACHE_LIMIT = 10_000;

/**
 * The identity provider as a source of the organisation model (JWT_DEPARTMENT_HEAD_OF_CLAIM and
 * JWT_DEPARTMENT_DEPUTY_OF_CLAIM): where a token carries such a claim, it says which departments its holder heads or
 * deputises for, and that wins over the file and the API for that person. A token without the claim changes nothing.
 */
@Injectable()
export class OrganisationClaimsService {
  private readonly logger = new Logger('Organisation');
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly organisation: OrganisationRepository,
    private readonly verifier: TokenVerifier,
  ) {}

  /** Never fails the request it runs for: the next request of the same person tries again. */
  async sync(actor: Actor): Promise<void> {
    const { headOf, deputyOf } = this.verifier.leadershipOf(actor);
    if (headOf === null && deputyOf === null) return;
    const fingerprint = JSON.stringify([headOf, deputyOf, actor.name]);
    if (this.seen.get(actor.sub) === fingerprint) return;
    try {
      await this.apply(actor, headOf, deputyOf);
    } catch (err) {
      this.logger.warn(
        `could not apply the department claims of ${actor.sub}: ${err instanceof Error ? err.message : String(err)}`,
      );
      return;
    }
    this.seen.delete(actor.sub);
    this.seen.set(actor.sub, fingerprint);
    if (this.seen.size > CACHE_LIMIT) {
      const oldest = this.seen.keys().next();
      if (!oldest.done) this.seen.delete(oldest.value);
    }
  }

  /**
   * Gives a department head's actor the departments the model names them head or deputy of (READ_SCOPE's
   * `department` scope reads them). Not enumerable on purpose: the actor also travels into Updates and the audit
   * trail as JSON, which must stay what the token said.
   */
  async attachLedDepartments(actor: Actor): Promise<void> {
    if (!actor.roles.includes('department-head')) return;
    const led = (await this.organisation.ledBy(actor.sub)).filter((d) => d.active).map((d) => d.id);
    Object.defineProperty(actor, 'ledDepartments', { value: led, enumerable: false, configurable: true });
  }

  private async apply(actor: Actor, headOf: string[] | null, deputyOf: string[] | null): Promise<void> {
    const led = await this.organisation.ledBy(actor.sub);
    const ids = [...new Set([...(headOf ?? []), ...(deputyOf ?? []), ...led.map((d) => d.id)])].sort();
    for (const id of ids) {
      // Another person's claims may change the same department meanwhile: the change is made on the version read,
      // and made again on the newer one when it lost.
      for (let attempt = 1; ; attempt++) {
        try {
          await this.applyTo(id, actor, headOf, deputyOf);
          break;
        } catch (err) {
          if (!(err instanceof DepartmentVersionConflictError) || attempt >= 3) throw err;
        }
      }
    }
  }

  private async applyTo(id: string, actor: Actor, headOf: string[] | null, deputyOf: string[] | null): Promise<void> {
    const current = await this.organisation.get(id);
    const next: DepartmentFields = current
      ? { ...current, deputySubs: [...current.deputySubs] }
      : { id, nameNl: id, nameEn: id, headSub: null, deputySubs: [], active: true };
    if (headOf !== null) {
      if (headOf.includes(id)) next.headSub = actor.sub;
      else if (next.headSub === actor.sub) next.headSub = null;
    }
    const deputy = deputyOf !== null ? deputyOf.includes(id) : next.deputySubs.includes(actor.sub);
    next.deputySubs = next.deputySubs.filter((s) => s !== actor.sub);
    // The head of a department is not also its deputy.
    if (deputy && next.headSub !== actor.sub) next.deputySubs.push(actor.sub);
    await this.organisation.save({
      fields: next,
      source: 'claims',
      by: actor,
      reason: 'claims of the identity provider',
      expectedVersion: current?.version ?? null,
    });
  }
}
