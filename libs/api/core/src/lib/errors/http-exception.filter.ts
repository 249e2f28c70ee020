import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { toClientError } from './error-mapping';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  FAILED_PRECONDITION: 412,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * Plain HTTP routes (health, exports, open data) answer errors with the same
 * codes as GraphQL. GraphQL errors are shaped by `formatGraphQLError`, so this
 * filter leaves the graphql context alone.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const mapped = toClientError(exception);
    if (mapped.internal) this.logger.error(exception);
    const status =
      exception instanceof HttpException && exception.getStatus() === 404 ? 404 : (STATUS[mapped.code] ?? 500);
    const retryAfter = mapped.extensions?.['retryAfterSeconds'];
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(status).json({ error: { code: mapped.code, message: mapped.message, ...mapped.extensions } });
    return undefined;
  }
}
