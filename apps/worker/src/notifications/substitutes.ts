import type { AbsenceRepository, PersonRepository } from '@waardenpoort/persistence';
import type { Recipient } from './recipients';

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+$/;

/**
 * Mail meant for someone who is away goes to their substitute for the period of the absence (the substitute has the
 * same roles, and acts for them). A mail to a named person is redirected; of a mail to a role, the absent person's
 * copy is left out when their substitute gets one in their own right (a substitute outside the project's read scope
 * gets no role mail through someone else). A substitute without a usable address leaves the mail with the absent
 * person, so nothing is lost. Role mailboxes (no sub) are nobody's and stay as they are.
 */
export async function sendToSubstitutes(
  found: Recipient[],
  sources: { people: PersonRepository; absences?: AbsenceRepository },
  personal: boolean,
  at: Date = new Date(),
): Promise<Recipient[]> {
  const absences = sources.absences;
  if (!absences) return found;
  const routed: Recipient[] = [];
  for (const r of found) {
    const away = r.sub === null ? null : await absences.activeOf(r.sub, at);
    if (away && !personal) {
      if (!found.some((other) => other.sub === away.substituteSub)) routed.push(r);
      continue;
    }
    const substitute = away ? await sources.people.get(away.substituteSub) : null;
    if (substitute && typeof substitute.email === 'string' && ADDRESS.test(substitute.email.trim())) {
      routed.push({
        address: substitute.email.trim().toLowerCase(),
        sub: substitute.sub,
        name: substitute.name,
        language: substitute.language,
        digest: substitute.digest,
      });
    } else {
      routed.push(r);
    }
  }
  return routed;
}
