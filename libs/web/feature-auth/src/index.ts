export * from './i18n';
export { LoginPage } from './lib/login-page';
export { ForgotPasswordPage } from './lib/forgot-password-page';
export { ResetPasswordPage } from './lib/reset-password-page';
export { InvitationPage } from './lib/invitation-page';
export { AccountPage } from './lib/account-page';
