import type { RegisterKind } from '@waardenpoort/domain';
import type { Request, Response } from 'express';
import { entriesCsv, sensorsGeoJson, type ExportedEntry } from './register-export';

export type RegisterFormat = 'json' | 'csv' | 'geojson';

/** The format asked for: `?format=` first, else the Accept header (GeoJSON only for the sensor register). */
export function formatOf(format: RegisterFormat | undefined, req: Request, kind: RegisterKind): RegisterFormat {
  if (format) return format;
  const geo = kind === 'sensor';
  const types = geo ? ['application/json', 'text/csv', 'application/geo+json'] : ['application/json', 'text/csv'];
  const best = req.accepts(types);
  return best === 'text/csv' ? 'csv' : best === 'application/geo+json' ? 'geojson' : 'json';
}

/**
 * One register export as the response body, in the format asked for: the same for the signed-in export and the
 * public pages' route, so both show exactly the same columns and fields.
 */
export function registerBody(
  kind: RegisterKind,
  entries: ExportedEntry[],
  format: RegisterFormat | undefined,
  req: Request,
  res: Response,
): ExportedEntry[] | string {
  res.vary('Accept');
  const chosen = formatOf(format, req, kind);
  if (chosen === 'csv') {
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="waardenpoort-${kind}-register.csv"`);
    return entriesCsv(kind, entries);
  }
  if (chosen === 'geojson' && kind === 'sensor') {
    res.type('application/geo+json; charset=utf-8');
    return JSON.stringify(sensorsGeoJson(entries));
  }
  return entries;
}
