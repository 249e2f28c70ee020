import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '@mps/api-audit';
import { AuthModule } from '@mps/api-auth';
import {
  AppConfig,
  ConfigModule,
  CoreModule,
  dataSourceOptions,
  graphqlOptions,
  HttpExceptionFilter,
  loggerOptions,
} from '@mps/api-core';
import { ExportsModule } from '@mps/api-exports';
import { IamModule } from '@mps/api-iam';
import { IndicatorsModule } from '@mps/api-indicators';
import { NotificationsModule } from '@mps/api-notifications';
import { PortalModule } from '@mps/api-portal';
import { PresenceModule } from '@mps/api-presence';
import { ProfilesModule } from '@mps/api-profiles';
import { ReleasesModule } from '@mps/api-releases';
import { ReviewsModule } from '@mps/api-reviews';
import { SeedModule } from '@mps/api-seed';
import { TasksModule } from '@mps/api-tasks';
import { ALL_ENTITIES } from './entities';
import { SectionFirstPaint } from './section-first-paint';

export type RunConfig = AppConfig & { databaseUrl: string };

/** Composes the domain modules; no business logic lives here. */
@Module({})
export class AppModule {
  static forRoot(config: RunConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config.logLevel, { production: config.isProduction })),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl, ALL_ENTITIES)),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions({ production: config.isProduction, introspection: config.graphqlIntrospection }) }),
        CoreModule,
        AuthModule,
        IamModule,
        ProfilesModule,
        ReviewsModule,
        ReleasesModule,
        IndicatorsModule,
        PresenceModule,
        NotificationsModule,
        TasksModule,
        ExportsModule,
        PortalModule,
        SeedModule,
        AuditModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpExceptionFilter }, SectionFirstPaint],
    };
  }
}
