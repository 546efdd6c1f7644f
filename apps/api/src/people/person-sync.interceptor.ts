import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, switchMap, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { OrganisationClaimsService } from '../organisation/organisation-claims.service';
import { PeopleService } from './people.service';

/**
 * Runs after the auth guard, so it only sees verified callers; the directory is current before the handler runs,
 * so a notification queued by this very request already finds its reader.
 */
@Injectable()
export class PersonSyncInterceptor implements NestInterceptor {
  constructor(
    private readonly people: PeopleService,
    private readonly organisation: OrganisationClaimsService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
    if (!actor) return next.handle();
    // The departments the token says its holder heads or deputises for enter the organisation model too.
    const synced = this.people
      .sync(actor)
      .then(() => this.organisation.sync(actor))
      .then(() => this.organisation.attachLedDepartments(actor));
    return from(synced).pipe(switchMap(() => next.handle()));
  }
}
