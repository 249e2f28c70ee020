import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, AppConfig } from '@mps/api-core';
import { IamModule } from '@mps/api-iam';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthorizationGuard } from './authorization.guard';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { PageCookie } from './page-cookie';
import { RefreshCookie } from './refresh-cookie';
import { ResolverDeclarationsCheck } from './resolver-declarations.check';

@Module({
  imports: [
    DiscoveryModule,
    IamModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    AccountService,
    AccountResolver,
    AuthService,
    AuthResolver,
    LoginThrottleService,
    RefreshCookie,
    PageCookie,
    JwtStrategy,
    ResolverDeclarationsCheck,
    { provide: APP_GUARD, useClass: AuthorizationGuard },
  ],
  exports: [AuthService, PageCookie],
})
export class AuthModule {}
