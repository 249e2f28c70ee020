import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE_METADATA = 'mps:public-route';

/**
 * Marks a plain HTTP route (health, public downloads) as open to anyone.
 * GraphQL operations are declared in OPERATIONS (libs/shared/domain) instead.
 */
export const Public = () => SetMetadata(PUBLIC_ROUTE_METADATA, true);
