import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import {
  AuditRepository,
  createDataSource,
  IdempotencyRepository,
  leastPrivilegeProblem,
  loginPrivileges,
  PolicyRepository,
  ProjectReadModelRepository,
  type DataSourceParams,
} from '@waardenpoort/persistence';
import { DataSource } from 'typeorm';

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  /**
   * `loginCheck`: 'refuse' (production) stops the API when its login could rewrite the audit trail (a superuser,
   * the owner of the tables or a member of it); 'warn' says so and goes on (development, test, the single-user
   * embedded database).
   */
  static forRoot(params: DataSourceParams & { loginCheck: 'refuse' | 'warn' }): DynamicModule {
    const { loginCheck, ...dataSourceParams } = params;
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => {
            const ds = createDataSource({ applicationName: 'waardenpoort-api', ...dataSourceParams });
            await ds.initialize();
            const problem = leastPrivilegeProblem(await loginPrivileges((sql) => ds.query(sql)));
            if (problem !== null && loginCheck === 'refuse') {
              await ds.destroy();
              throw new Error(`the API refuses to start: ${problem}`);
            }
            if (problem !== null) process.stderr.write(`api: warning (allowed outside production): ${problem}\n`);
            return ds;
          },
        },
        {
          provide: ProjectReadModelRepository,
          inject: [DataSource],
          useFactory: (ds: DataSource) => new ProjectReadModelRepository(ds),
        },
        {
          provide: IdempotencyRepository,
          inject: [DataSource],
          useFactory: (ds: DataSource) => new IdempotencyRepository(ds),
        },
        { provide: AuditRepository, inject: [DataSource], useFactory: (ds: DataSource) => new AuditRepository(ds) },
        { provide: PolicyRepository, inject: [DataSource], useFactory: (ds: DataSource) => new PolicyRepository(ds) },
        DataSourceCloser,
      ],
      exports: [DataSource, ProjectReadModelRepository, IdempotencyRepository, AuditRepository, PolicyRepository],
    };
  }
}
