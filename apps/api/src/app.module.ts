import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { AppConfig } from '@waardenpoort/config';
import { TemporalModule } from '@waardenpoort/temporal';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { GatesModule } from './gates/gates.module';
import { HealthModule } from './health/health.module';
import { PolicyModule } from './policy/policy.module';
import { ProjectsModule } from './projects/projects.module';
import { TasksModule } from './tasks/tasks.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url: config.database.url, poolSize: config.database.poolSize }),
        TemporalModule.forRoot(config.temporal),
        AuthModule,
        PolicyModule,
        HealthModule,
        ProjectsModule,
        GatesModule,
        TasksModule,
        AuditModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
    };
  }
}
