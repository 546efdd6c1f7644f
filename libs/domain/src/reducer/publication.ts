import { publicReflectionContent, recordedReflectionOf } from '../reflection-publication';
import type { ReflectionPublicationRequest, ReflectionPublicationWithdrawal } from '../reflection-publication';
import type { Draft } from './draft';

/** The ethics secretary releases the recorded reflection: the event carries exactly what becomes public. */
export function publishReflection(d: Draft, a: ReflectionPublicationRequest): void {
  const reflection = recordedReflectionOf(d.s);
  if (!reflection) return;
  d.s.reflectionPublication = { adviceId: reflection.id, publishedAt: d.now, withdrawnAt: null };
  d.emit('reflection-published', 'commission-reflection', a.actor, { ...publicReflectionContent(d.s, a, reflection) });
}

/** Taken off the public pages; the trail keeps the release and the withdrawal with its reason. */
export function withdrawReflectionPublication(d: Draft, a: ReflectionPublicationWithdrawal): void {
  const p = d.s.reflectionPublication;
  if (!p) return;
  d.s.reflectionPublication = { ...p, withdrawnAt: d.now };
  d.emit('reflection-publication-withdrawn', 'commission-reflection', a.actor, {
    adviceId: p.adviceId,
    reason: a.reason,
  });
}
