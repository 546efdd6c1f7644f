import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@waardenpoort/domain';
import { PersonRepository, type Person, type PersonClaims } from '@waardenpoort/persistence';

/** Enough for every employee of a municipality; beyond it the oldest entries make room. */
const CACHE_LIMIT = 10_000;

function claimsOf(actor: Actor): PersonClaims {
  return {
    sub: actor.sub,
    name: actor.name,
    email: actor.email.trim() === '' ? null : actor.email.trim(),
    roles: [...new Set(actor.roles)].sort(),
    department: actor.department ?? null,
  };
}

/**
 * Keeps the person directory in step with the identity provider: on each authenticated request the caller's claims
 * are compared with what this process last wrote for them, and only a difference costs a database write.
 */
@Injectable()
export class PeopleService {
  private readonly logger = new Logger('People');
  private readonly written = new Map<string, string>();

  constructor(private readonly people: PersonRepository) {}

  /** Never fails the request it runs for: a directory that is a request behind does no harm. */
  async sync(actor: Actor): Promise<void> {
    const claims = claimsOf(actor);
    const fingerprint = JSON.stringify([claims.name, claims.email, claims.roles, claims.department]);
    if (this.written.get(claims.sub) === fingerprint) return;
    try {
      await this.people.sync(claims);
    } catch (err) {
      this.logger.warn(
        `could not update the directory for ${claims.sub}: ${err instanceof Error ? err.message : String(err)}`,
      );
      return;
    }
    this.written.delete(claims.sub);
    this.written.set(claims.sub, fingerprint);
    if (this.written.size > CACHE_LIMIT) {
      const oldest = this.written.keys().next();
      if (!oldest.done) this.written.delete(oldest.value);
    }
  }

  /** The caller's directory entry, written now if the request-time sync could not. */
  async me(actor: Actor): Promise<Person> {
    const found = await this.people.get(actor.sub);
    if (found) return found;
    await this.people.sync(claimsOf(actor));
    const written = await this.people.get(actor.sub);
    if (!written) throw new Error(`person ${actor.sub} missing right after it was written`);
    return written;
  }

  async setPreferences(actor: Actor, prefs: { language: 'nl' | 'en'; digest: boolean }): Promise<Person> {
    await this.me(actor);
    const updated = await this.people.setPreferences(actor.sub, prefs);
    if (!updated) throw new Error(`person ${actor.sub} missing right after it was written`);
    return updated;
  }
}
