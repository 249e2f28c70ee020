export * from './lib/auth.module';
export * from './lib/auth.service';
export * from './lib/jwt.strategy';
export * from './lib/resolver-declarations.check';
export * from './lib/login-throttle.policy';
export * from './lib/page-cookie';
