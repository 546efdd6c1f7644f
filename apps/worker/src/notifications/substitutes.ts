import type { AbsenceRepository, PersonRepository } from '@waardenpoort/persistence';
import type { Recipient } from './recipients';

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+$/;

/**
 * Mail meant for someone who is away goes to their substitute for the period of the absence (the substitute has the
 * same roles, and acts for them). A mail to a named person is redirected; of a mail to a role, the absent person's
 * copy is left out when their substitute gets one in their own right (a substitute outside the project's read scope
 * gets no role mail through someone else). A substitute without a usable address leaves the mail with the absent
 * person, so nothing is lost. Role mailboxes (no sub) are nobody's and stay as they are. A recipient who gets the mail
 * in an absent person's place says so (`standsInFor`): the routing record names whom they stood in for.
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
  // Absent people whose copy their substitute, a recipient in their own right, takes over
  const coveredBy = new Map<string, Array<{ sub: string; name: string }>>();
  for (const r of found) {
    const who = r.sub === null ? null : { sub: r.sub, name: r.name };
    const away = who === null ? null : await absences.activeOf(who.sub, at);
    if (who && away && !personal) {
      if (!found.some((other) => other.sub === away.substituteSub)) routed.push(r);
      else coveredBy.set(away.substituteSub, [...(coveredBy.get(away.substituteSub) ?? []), who]);
      continue;
    }
    const substitute = away ? await sources.people.get(away.substituteSub) : null;
    if (who && substitute && typeof substitute.email === 'string' && ADDRESS.test(substitute.email.trim())) {
      routed.push({
        address: substitute.email.trim().toLowerCase(),
        sub: substitute.sub,
        name: substitute.name,
        language: substitute.language,
        digest: substitute.digest,
        standsInFor: [who],
      });
    } else {
      routed.push(r);
    }
  }
  return routed.map((r) => {
    const covered = r.sub === null ? undefined : coveredBy.get(r.sub);
    return covered ? { ...r, standsInFor: [...(r.standsInFor ?? []), ...covered] } : r;
  });
}
