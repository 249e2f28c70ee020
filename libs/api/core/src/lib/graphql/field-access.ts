import { SetMetadata } from '@nestjs/common';

export const FIELD_ACCESS_METADATA = 'mps:field-access';

/**
 * Declares how a field resolver is authorized. Guards run once per operation
 * (not per field, for speed), so a field resolver is only reachable through
 * a parent object the operation was allowed to return. Every @ResolveField
 * must state, with this decorator, why its result is safe to show there; the
 * app refuses to start when one does not (see ResolverDeclarationsCheck).
 */
export const FieldAccess = (reason: string) => SetMetadata(FIELD_ACCESS_METADATA, reason);
