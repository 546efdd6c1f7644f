import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import {
  AuditRepository,
  createDataSource,
  IdempotencyRepository,
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
  static forRoot(params: DataSourceParams): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => {
            const ds = createDataSource({ applicationName: 'waardenpoort-api', ...params });
            await ds.initialize();
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
