import { textProblem } from '@waardenpoort/domain';
import type { Environment } from './environment';

// The background map of the public sensor register page (issue 18): none unless configured.

export interface PublicMapConfig {
  /**
   * The background map's tile URL template ({z}, {x}, {y}; https) and its attribution, shown under the map; null: no
   * background map (the page draws the sensors on a plain background and says so).
   */
  tiles: { urlTemplate: string; origin: string; attribution: string } | null;
}

const MAX_TEMPLATE_LENGTH = 2_000;
const MAX_ATTRIBUTION_LENGTH = 300;
/** The placeholders Leaflet's tile layer fills in; any other `{name}` would stay in the URL as it is. */
const PLACEHOLDERS = /\{(?:z|x|y|-y|r)\}/g;

/**
 * The tile URL template and attribution, checked; what is wrong is added to `problems`. The origin goes into the
 * CSP's img-src (app.ts), so it is one fixed https origin: no subdomain placeholder, no credentials.
 */
export function publicMapSettings(env: Environment, problems: string[]): PublicMapConfig {
  const template = env.PUBLIC_MAP_TILE_URL;
  const attribution = env.PUBLIC_MAP_ATTRIBUTION?.trim();
  if (attribution !== undefined) {
    const problem = textProblem(attribution, 'line');
    if (problem) problems.push(`PUBLIC_MAP_ATTRIBUTION: ${problem}`);
    else if (attribution.length > MAX_ATTRIBUTION_LENGTH) {
      problems.push(`PUBLIC_MAP_ATTRIBUTION: at most ${MAX_ATTRIBUTION_LENGTH} characters`);
    }
  }
  if (template === undefined) {
    if (attribution !== undefined) problems.push('PUBLIC_MAP_ATTRIBUTION: only with PUBLIC_MAP_TILE_URL');
    return { tiles: null };
  }
  const origin = tileOrigin(template, problems);
  if (!attribution) {
    problems.push(
      'PUBLIC_MAP_ATTRIBUTION: a background map needs the attribution its licence asks for (e.g. "Kaartgegevens © Kadaster")',
    );
  }
  return origin && attribution ? { tiles: { urlTemplate: template, origin, attribution } } : { tiles: null };
}

function tileOrigin(template: string, problems: string[]): string | null {
  const wrong = (why: string): null => {
    problems.push(`PUBLIC_MAP_TILE_URL: ${why}`);
    return null;
  };
  if (template.length > MAX_TEMPLATE_LENGTH) return wrong(`at most ${MAX_TEMPLATE_LENGTH} characters`);
  if (/[\s"'<>\\`^|]/.test(template) || textProblem(template, 'line')) {
    return wrong('must be a URL template without spaces, quotes or control characters');
  }
  if (!template.includes('{z}') || !template.includes('{x}') || !/\{-?y\}/.test(template)) {
    return wrong('must contain {z}, {x} and {y} (or {-y})');
  }
  const sample = template.replace(PLACEHOLDERS, '0');
  if (/[{}]/.test(sample)) {
    return wrong('only {z}, {x}, {y}, {-y} and {r} are filled in; give one host, not a {s} subdomain placeholder');
  }
  let url: URL;
  try {
    url = new URL(sample);
  } catch {
    return wrong('must be an absolute URL');
  }
  if (url.protocol !== 'https:') return wrong('must be an https URL');
  if (url.username || url.password) return wrong('must not contain a user name or password');
  return url.origin;
}
