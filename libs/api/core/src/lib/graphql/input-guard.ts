import type { ApolloDriverConfig } from '@nestjs/apollo';
import { BREAK, DocumentNode, GraphQLError, OperationTypeNode, visit } from 'graphql';

/**
 * Text PostgreSQL cannot store: NUL (rejected in text and jsonb) and UTF-16
 * surrogates without their pair (not Unicode; jsonb rejects their escapes).
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !UNSTORABLE_TEXT.test(value);
}

/**
 * The path of the first unstorable string in a JSON value (keys included),
 * or null. Iterative, so deeply nested JSON cannot overflow the stack.
 */
export function findUnstorableText(value: unknown, root: string): string | null {
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return path;
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push([item, `${path}.${index}`]));
    } else if (current && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        if (!isStorableText(key)) return path;
        stack.push([item, `${path}.${key}`]);
      }
    }
  }
  return null;
}

/** Every string literal written in the query itself (arguments, JSON literals, defaults). */
function findUnstorableLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node) {
      if (!isStorableText(node.value)) {
        found = 'query';
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), http: { status: 400 } },
  });
}

/**
 * Input no resolver can use, refused once for every operation instead of in
 * each resolver: text with NUL or unpaired surrogates anywhere in the
 * arguments, variables or JSON content.
 */
export function inputErrors(document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError[] {
  const where = findUnstorableLiteral(document) ?? findUnstorableText(variables ?? {}, 'variables');
  return where
    ? [badInput('Text may not contain NUL characters or unpaired UTF-16 surrogates.', where === 'query' ? undefined : where)]
    : [];
}

/** Apollo's plugin type as Nest's driver (ESM typings of @apollo/server) expects it. */
export type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** Apollo plugin (HTTP): the checks above, and subscriptions, which need a WebSocket. */
export const inputGuardPlugin: ApolloPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, request }) {
        if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
          throw badInput('Subscriptions are served over WebSocket (graphql-ws, protocol graphql-transport-ws) on /graphql, not over HTTP.');
        }
        const [error] = inputErrors(document, request.variables);
        if (error) throw error;
      },
    };
  },
};
