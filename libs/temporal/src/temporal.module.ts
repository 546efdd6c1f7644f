import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { waardenpoortDataConverter } from './payload-codec';
import { PolicyActivationWorkflows } from './policy-activations';
import { ProjectWorkflows } from './project-workflows';
import { TEMPORAL_CLIENT, TEMPORAL_CONFIG } from './temporal.tokens';
import { activeTracing, tracingClientInterceptors } from './tracing';

export interface TemporalModuleOptions {
  address: string;
  namespace: string;
  taskQueue: string;
}

@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}
  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
    // The API process ends after this: send the spans still buffered.
    await activeTracing()?.shutdown();
  }
}

/**
 * The Temporal client for Nest. `Connection.lazy` does not dial at boot: the API comes up while Temporal is down,
 * answers 503 for what needs it, and reports it in /health.
 */
@Global()
@Module({})
export class TemporalModule {
  static forRoot(options: TemporalModuleOptions): DynamicModule {
    return {
      module: TemporalModule,
      providers: [
        { provide: TEMPORAL_CONFIG, useValue: options },
        {
          provide: TEMPORAL_CLIENT,
          useFactory: () =>
            new Client({
              connection: Connection.lazy({ address: options.address, connectTimeout: '3s' }),
              namespace: options.namespace,
              dataConverter: waardenpoortDataConverter,
              interceptors: tracingClientInterceptors(),
            }),
        },
        {
          provide: ProjectWorkflows,
          inject: [TEMPORAL_CLIENT],
          useFactory: (client: Client) =>
            new ProjectWorkflows(client, { namespace: options.namespace, taskQueue: options.taskQueue }),
        },
        {
          provide: PolicyActivationWorkflows,
          inject: [TEMPORAL_CLIENT],
          useFactory: (client: Client) =>
            new PolicyActivationWorkflows(client, { namespace: options.namespace, taskQueue: options.taskQueue }),
        },
        TemporalConnectionCloser,
      ],
      exports: [TEMPORAL_CLIENT, ProjectWorkflows, PolicyActivationWorkflows],
    };
  }
}
