import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '@waardenpoort/config';
import { TemporalModule } from '@waardenpoort/temporal';
import { AuditModule } from './audit/audit.module';
import { DossierModule } from './dossier/dossier.module';
import { AuthModule } from './auth/auth.module';
import { SubjectThrottlerGuard } from './auth/subject-throttler.guard';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { ConfigModule } from './config/config.module';
import { CouncilLetterModule } from './council-letter/council-letter.module';
import { GatesModule } from './gates/gates.module';
import { RegistersModule } from './registers/registers.module';
import { HealthModule } from './health/health.module';
import { PersistenceModule } from './persistence/persistence.module';
import { PolicyModule } from './policy/policy.module';
import { ProjectsModule } from './projects/projects.module';
import { TasksModule } from './tasks/tasks.module';
import { PeopleModule } from './people/people.module';
import { MailModule } from './mail/mail.module';
import { MonitoringModule } from './monitoring/monitoring.module';
import { EventsModule } from './events/events.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { PublicModule } from './public/public.module';
import { CalendarModule } from './calendar/calendar.module';
import { OrganisationModule } from './organisation/organisation.module';
import { CommissionMeetingsModule } from './commission-meetings/commission-meetings.module';
import { isPublicPage } from './public/public-route';
import { LoggingModule } from './logging';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: { quietLogs?: boolean } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot(config, { quiet: options.quietLogs }),
        ConfigModule.forRoot(config),
        ThrottlerModule.forRoot([
          { name: 'default', ttl: 60_000, limit: config.http.rateLimitPerMinute },
          // The public pages (issue 18): per client address over all their routes together, tokens or not.
          {
            name: 'public',
            ttl: 60_000,
            limit: config.http.publicRateLimitPerMinute,
            skipIf: (context) => !isPublicPage(context),
            getTracker: (req) => `ip:${String(req['ip'])}`,
            generateKey: (_context, tracker) => `public:${tracker}`,
          },
        ]),
        PersistenceModule.forRoot({
          url: config.database.url,
          poolSize: config.database.poolSize,
          role: config.database.role,
          // Fail closed: only dev mode merely warns about a login that could rewrite the trail.
          loginCheck: config.devMode ? 'warn' : 'refuse',
          repositories: { webhookSecretKey: config.webhooks.secretKey },
        }),
        TemporalModule.forRoot(config.temporal),
        AuthModule,
        PolicyModule,
        HealthModule,
        ProjectsModule,
        GatesModule,
        CouncilLetterModule,
        RegistersModule,
        TasksModule,
        AuditModule,
        DossierModule,
        PeopleModule,
        MailModule.forRoot(config),
        MonitoringModule,
        EventsModule,
        WebhooksModule,
        DashboardModule.forRoot(config),
        PublicModule,
        CalendarModule,
        OrganisationModule,
        CommissionMeetingsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // Per token subject (per client address when anonymous), over every route; problem+json 429 with
        // Retry-After when exceeded.
        { provide: APP_GUARD, useClass: SubjectThrottlerGuard },
      ],
    };
  }
}
