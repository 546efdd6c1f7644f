import { join } from 'node:path';

export interface DevServer {
  address: string;
  cli: string;
  uiUrl: string | null;
  reused: boolean;
  stop(): Promise<void>;
}

export interface TemporalScript {
  freePort(): Promise<number>;
  portOpen(host: string, port: number): Promise<boolean>;
  startDevServer(options: {
    address?: string;
    headless?: boolean;
    logLevel?: string;
    dbFile?: string;
    readyTimeoutMs?: number;
  }): Promise<DevServer>;
  SEARCH_ATTRIBUTES: Record<string, string>;
}

export interface TestRun {
  server: DevServer;
  databaseUrl: string;
  tmpDir: string;
}

/** The same script that `npm start` and CI use to get a Temporal server. */
export function temporalScript(): TemporalScript {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(__dirname, '..', '..', 'scripts', 'lib', 'temporal.cjs')) as TemporalScript;
}
