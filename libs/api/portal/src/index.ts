export * from './lib/portal.module';
export * from './lib/portal-page.entity';
export * from './lib/services/portal.service';
export { PortalPagesWriter } from './lib/services/portal-pages.service';
export * from './lib/http/portal.controller';
export { compareSections } from './lib/render/compare-page';
export { renderReleasePages } from './lib/render/release-pages';
export { PORTAL_RENDERER } from './lib/render/renderer';
