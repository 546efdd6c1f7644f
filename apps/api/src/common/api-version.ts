import type { NextFunction, Request, Response } from 'express';

/**
 * The API's version (Semantic Versioning): its major is the `v1` in every path (/api/v1/...). Raise the minor for a
 * change a client can ignore (a new field, a new route), the major only with a new base path; a client reads the
 * whole number in each response's API-Version header and in the OpenAPI document's info.version.
 */
export const API_VERSION = '1.0.0';
export const API_VERSION_HEADER = 'API-Version';

/** Sets API-Version on every response, errors included: answered before any route or filter can forget it. */
export function apiVersionHeader(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader(API_VERSION_HEADER, API_VERSION);
  next();
}
