import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  AbsenceRepository,
  AuditRepository,
  CalendarFeedRepository,
  CommissionAgendaRepository,
  CommissionMeetingRepository,
  createDataSource,
  createRepositories,
  IdempotencyRepository,
  leastPrivilegeProblem,
  loginPrivileges,
  MailDeliveryRepository,
  OrganisationRepository,
  PersonRepository,
  PolicyRepository,
  PolicyActivationRepository,
  ProjectChangeRepository,
  ProjectReadModelRepository,
  PublicReflectionRepository,
  RefusalCounterRepository,
  RegisterEntryRepository,
  ReportRepository,
  RouteProofRepository,
  TaskListRepository,
  TaskAssignmentRepository,
  TransitionRepository,
  WebhookFeedRepository,
  WebhookRepository,
  type DataSourceParams,
  type Repositories,
  type RepositoryOptions,
} from '@waardenpoort/persistence';
import { DataSource } from 'typeorm';

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

const REPOSITORIES = Symbol('REPOSITORIES');

/** Each repository class, injected by itself, and where createRepositories keeps it. */
const REPOSITORY_CLASSES: ReadonlyArray<[abstract new (...args: never[]) => unknown, keyof Repositories]> = [
  [AbsenceRepository, 'absences'],
  [AuditRepository, 'audit'],
  [CalendarFeedRepository, 'calendarFeeds'],
  [CommissionAgendaRepository, 'commissionAgendas'],
  [CommissionMeetingRepository, 'commissionMeetings'],
  [IdempotencyRepository, 'idempotency'],
  [MailDeliveryRepository, 'mailDeliveries'],
  [OrganisationRepository, 'organisation'],
  [PersonRepository, 'people'],
  [PolicyRepository, 'policies'],
  [PolicyActivationRepository, 'policyActivations'],
  [ProjectChangeRepository, 'projectChanges'],
  [ProjectReadModelRepository, 'projects'],
  [PublicReflectionRepository, 'publicReflections'],
  [RefusalCounterRepository, 'refusalCounters'],
  [RegisterEntryRepository, 'registerEntries'],
  [ReportRepository, 'reports'],
  [RouteProofRepository, 'routeProofs'],
  [TaskListRepository, 'taskLists'],
  [TaskAssignmentRepository, 'taskAssignments'],
  [TransitionRepository, 'transitions'],
  [WebhookFeedRepository, 'webhookFeed'],
  [WebhookRepository, 'webhooks'],
];

/** The data source and every repository over it, built once (createRepositories) and injectable everywhere. */
@Global()
@Module({})
export class PersistenceModule {
  /**
   * `loginCheck`: 'refuse' (production) stops the API when its login could rewrite the audit trail (a superuser,
   * the owner of the tables or a member of it); 'warn' says so and goes on (development, test, the single-user
   * embedded database).
   */
  static forRoot(
    params: DataSourceParams & { loginCheck: 'refuse' | 'warn'; repositories: RepositoryOptions },
  ): DynamicModule {
    const { loginCheck, repositories, ...dataSourceParams } = params;
    const classes = REPOSITORY_CLASSES.map(([cls]) => cls);
    return {
      module: PersistenceModule,
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
            if (problem !== null) new Logger('Persistence').warn(`allowed outside production: ${problem}`);
            return ds;
          },
        },
        {
          provide: REPOSITORIES,
          inject: [DataSource],
          useFactory: (ds: DataSource): Repositories => createRepositories(ds, repositories),
        },
        ...REPOSITORY_CLASSES.map(([cls, key]) => ({
          provide: cls,
          inject: [REPOSITORIES],
          useFactory: (all: Repositories) => all[key],
        })),
        DataSourceCloser,
      ],
      exports: [DataSource, ...classes],
    };
  }
}
