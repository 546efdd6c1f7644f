import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The dashboard's static files. Plain ES modules, no build step: the same folder serves from `src` (tests, ts-node)
 * and from `dist` (the built API), because both sit at the same depth below apps/api.
 */
export const DASHBOARD_DIR = resolve(__dirname, '..', '..', '..', 'dashboard', 'public');

/** Paths the dashboard routes itself (History API); each gets index.html. `/projects/<id>` is what mails link to. */
export const CLIENT_ROUTE =
  /^\/(?:|aanmelden|aanmelden\/terug|afgemeld|geen-toegang|pijplijn|projecten|projecten\/nieuw|projecten\/[0-9a-fA-F-]{36}(?:\/audit|\/taak\/[a-z-]+)?|projects\/[0-9a-fA-F-]{36}|taken|afdeling\/taken|post|instellingen|vergaderingen|vergaderingen\/[0-9a-fA-F-]{36}|beleid\/wat-als|beleid\/activaties|beleid\/activaties\/[0-9a-fA-F-]{36}|organisatie|organisatie\/afdeling\/[^/]{1,400}|openbaar|openbaar\/reflecties|openbaar\/algoritmes|openbaar\/sensoren|openbaar\/reflecties\/[0-9a-fA-F-]{36})\/?$/;

/** Paths that are never dashboard files, so the API's own requests skip the file-system lookups. */
const API_PATH = /^\/(?:api|health|metrics)(?:\/|$)/;

function packageDir(name: string, from?: string): string {
  return dirname(require.resolve(`${name}/package.json`, from ? { paths: [from] } : undefined));
}

/** One module of an installed package at a fixed path (GET and HEAD), revalidated on every load. */
function vendorFile(file: string): express.RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('text/javascript');
    res.sendFile(file, (err) => {
      if (err) next(err);
    });
  };
}

/**
 * Serves the dashboard at `/`: its pages and scripts, and the NL Design System styles (Utrecht components, design
 * tokens and the Noto Sans font they name) from the installed packages, all from this origin, so the CSP can stay
 * `default-src 'self'`. Call before the app initialises, so these handlers come before Nest's 404.
 */
export function mountDashboard(app: NestExpressApplication, dir: string = DASHBOARD_DIR): void {
  const logger = new Logger('Dashboard');
  if (!existsSync(join(dir, 'index.html'))) {
    logger.warn(`no dashboard at ${dir}: / is not served`);
    return;
  }
  const skipApi = (handler: express.RequestHandler): express.RequestHandler => {
    return (req: Request, res: Response, next: NextFunction) =>
      API_PATH.test(req.path) ? next() : handler(req, res, next);
  };
  const assets = { index: false, fallthrough: true, maxAge: '1d', immutable: false } as const;
  try {
    const tokens = packageDir('@utrecht/design-tokens');
    app.use(
      '/assets/nlds/components',
      express.static(join(packageDir('@utrecht/component-library-css'), 'dist'), assets),
    );
    app.use('/assets/nlds/tokens', express.static(join(tokens, 'dist'), assets));
    app.use('/assets/nlds/noto-sans', express.static(packageDir('@fontsource-variable/noto-sans', tokens), assets));
  } catch (err) {
    logger.warn(`NL Design System packages not found, the dashboard is unstyled: ${(err as Error).message}`);
  }
  // The OpenID Connect client the dashboard signs in with, from the installed package (no copy in the repository).
  try {
    app.use('/js/vendor/oauth4webapi.js', vendorFile(join(packageDir('oauth4webapi'), 'build', 'index.js')));
  } catch (err) {
    logger.warn(`oauth4webapi not found, sign-in with an identity provider is not possible: ${(err as Error).message}`);
  }
  // i18next, which gives the dashboard its texts in the reader's language from the catalogues in libs/domain/src/texts.
  try {
    app.use('/js/vendor/i18next.js', vendorFile(join(packageDir('i18next'), 'dist', 'esm', 'i18next.js')));
  } catch (err) {
    logger.error(`i18next not found, the dashboard cannot show its texts: ${(err as Error).message}`);
  }
  // Leaflet, which draws the public sensor register's map: its ES module, and its style sheet with the images it names.
  try {
    const leaflet = join(packageDir('leaflet'), 'dist');
    app.use('/js/vendor/leaflet.js', vendorFile(join(leaflet, 'leaflet-src.esm.js')));
    app.use('/assets/leaflet', express.static(leaflet, assets));
  } catch (err) {
    logger.warn(`leaflet not found, the public sensor register has no map: ${(err as Error).message}`);
  }
  // The YAML parser the what-if page reads a draft policy with: the browser build of the package the API itself parses
  // policy files with (a dependency of @waardenpoort/persistence).
  try {
    const yaml = join(packageDir('yaml', packageDir('@waardenpoort/persistence')), 'browser');
    app.use(
      '/js/vendor/yaml',
      express.static(yaml, { ...assets, maxAge: 0, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }),
    );
  } catch (err) {
    logger.warn(`yaml not found, the what-if page reads JSON drafts only: ${(err as Error).message}`);
  }
  // Revalidated on every load (ETag), so a new version of a page is never mixed with an old module.
  app.use(
    skipApi(
      express.static(dir, {
        index: false,
        fallthrough: true,
        setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
      }),
    ),
  );
  const index = join(dir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !CLIENT_ROUTE.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, (err) => {
      if (err) next(err);
    });
  });
}
