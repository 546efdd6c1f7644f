import { join } from 'node:path';
import ts from 'typescript';
import { DASHBOARD_DIR } from './dashboard-static';

/**
 * The dashboard is plain ES modules with JSDoc types, served without a build step; this keeps it type-checked in
 * `npm test` (strict, against the browser's DOM typings) as if it were TypeScript.
 */
describe('dashboard client', () => {
  it('type-checks (apps/dashboard/tsconfig.json)', () => {
    const configPath = join(DASHBOARD_DIR, '..', 'tsconfig.json');
    const { config, error } = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
    expect(error).toBeUndefined();
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, join(DASHBOARD_DIR, '..'));
    expect(parsed.fileNames.length).toBeGreaterThan(10);
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      .slice(0, 20);
    expect(problems).toEqual([]);
  }, 60_000);
});
