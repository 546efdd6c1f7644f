import { dirname, join } from 'node:path';
import { bundleWorkflowCode, type Logger, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WORKFLOW_TRACING_MODULE } from './tracing-interceptors';

/**
 * The one place that knows where the workflow code lives. Production bundles the compiled JavaScript; tests and
 * dev tooling bundle the TypeScript sources directly (swc inside the bundler), so they need no prior build.
 */
export async function buildWorkflowBundle(
  options: { from: 'dist' | 'src'; logger?: Logger; interceptorModules?: string[]; tracing?: boolean } = {
    from: 'dist',
  },
): Promise<WorkflowBundleWithSourceMap> {
  const logger = options.logger ? { logger: options.logger } : {};
  const workflowsRoot = dirname(require.resolve('@waardenpoort/workflows/package.json'));
  const domainRoot = dirname(require.resolve('@waardenpoort/domain/package.json'));
  const contractsRoot = dirname(require.resolve('@waardenpoort/contracts/package.json'));
  // The payload converter runs inside the sandbox too: it shares one frozen policy per version among the workflows.
  const temporalRoot = dirname(require.resolve('@waardenpoort/temporal/package.json'));
  const converter = join(temporalRoot, options.from, `policy-converter.${options.from === 'dist' ? 'js' : 'ts'}`);
  // Loaded once per worker thread and shared by its workflows, instead of once per workflow (the reusable V8
  // context gives every workflow its own copy of the other modules): the domain library is pure functions and
  // constants, and the converter's only state is its cache of frozen policies. The SDK deep-freezes both.
  const preloadModules = ['@waardenpoort/domain', converter];
  // Tracing's workflow interceptors only in the traced bundle (tracedBundlePath): in the sandbox each workflow gets
  // its own copy of their modules, which a worker without tracing would pay for in memory (benchmark 4).
  // npm run test:stack's next build adds one more (options.interceptorModules).
  const workflowInterceptorModules = [
    ...(options.tracing ? [WORKFLOW_TRACING_MODULE] : []),
    ...(options.interceptorModules ?? []),
  ];
  if (options.from === 'dist') {
    return bundleWorkflowCode({
      workflowsPath: join(workflowsRoot, 'dist', 'index.js'),
      payloadConverterPath: converter,
      preloadModules,
      workflowInterceptorModules,
      ...logger,
    });
  }
  return bundleWorkflowCode({
    workflowsPath: join(workflowsRoot, 'src', 'index.ts'),
    payloadConverterPath: converter,
    preloadModules,
    workflowInterceptorModules,
    ...logger,
    webpackConfigHook: (config) => ({
      ...config,
      resolve: {
        ...config.resolve,
        alias: {
          ...(config.resolve?.alias as object),
          '@waardenpoort/domain$': join(domainRoot, 'src', 'index.ts'),
          '@waardenpoort/contracts$': join(contractsRoot, 'src', 'index.ts'),
        },
      },
    }),
  });
}

/**
 * The traced variant of a bundle file, written beside it (`npm run bundle`, the test run's set-up): the same workflows
 * with tracing's workflow interceptors. A worker with tracing on loads it instead of WORKFLOW_BUNDLE_PATH's file.
 */
export function tracedBundlePath(codePath: string): string {
  return codePath.endsWith('.js') ? `${codePath.slice(0, -3)}.traced.js` : `${codePath}.traced.js`;
}
