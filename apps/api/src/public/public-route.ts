import { applyDecorators, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';

export const PUBLIC_PAGE_KEY = 'waardenpoort:public-page';

/**
 * A route of the public pages (`/api/v1/public/...`): no token (the auth guard lets it through, as @Public), and the
 * per-address `public` rate limit (PUBLIC_RATE_LIMIT_PER_MINUTE) on top of the default one.
 */
export const PublicPage = (): MethodDecorator & ClassDecorator =>
  applyDecorators(Public(), SetMetadata(PUBLIC_PAGE_KEY, true));

/** Whether the request goes to a route of the public pages (for the `public` throttler's skipIf). */
export function isPublicPage(context: ExecutionContext): boolean {
  return [context.getHandler(), context.getClass()].some(
    (target) => Reflect.getMetadata(PUBLIC_PAGE_KEY, target) === true,
  );
}
