import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  parse,
  ParseOptions,
  SelectionSetNode,
  Source,
  specifiedRules,
  validate,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import type { ApolloPlugin } from './input-guard';

/**
 * How big one GraphQL request may be, for every transport (HTTP and graphql-ws).
 * The web app's own operations stay far below (query-limits.spec.ts checks every
 * one of them and the standard introspection query against half these limits;
 * the costliest is the My work home screen, ~385, which gathers six bounded lists
 * in one round trip by design). Anything above is refused
 * before a resolver runs, with BAD_USER_INPUT and `extensions.limit`.
 */
export const QUERY_LIMITS = {
  /**
   * Characters of query text (UTF-16 code units). Checked before Apollo hashes or parses
   * the text; content belongs in variables, so the web app's largest query is under 2,000.
   */
  maxQueryLength: 100_000,
  /** Lexical tokens in the query text; enforced while parsing, so a 3 MB query stops after this many. */
  maxTokens: 1000,
  /** Comments are skipped by the parser but still lexed one by one. */
  maxComments: 100,
  /** Nested selection levels (fragments flattened); each level below members/memberships multiplies rows. */
  maxDepth: 7,
  /** Aliased fields, which is how one request repeats an expensive field. */
  maxAliases: 10,
  /**
   * GraphQL Armor's static cost: 1 per scalar, 2 per object, x1.5 per level. It counts the fields asked for, not
   * rows; every list the server returns is bounded on its own, and depth and aliases bound the multiplication.
   */
  maxCost: 800,
  maxDirectives: 20,
} as const;

/** Fields that may appear at most once per operation, aliases included (50 aliased logins made 50 sessions). */
export const ONCE_PER_REQUEST_FIELDS = ['login'] as const;

export type QueryLimit = 'length' | 'tokens' | 'comments' | 'depth' | 'aliases' | 'cost' | 'directives' | 'oncePerRequest';

/** The error every refused query gets; toClientError keeps its code and `limit`. */
export function queryLimitError(limit: QueryLimit, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', limit, http: { status: 400 } } });
}

/** Armor's rules throw "Syntax Error: ..." by default; report a contract error on the validation context instead. */
function reportAs(limit: QueryLimit) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(queryLimitError(limit, `Query refused: ${error.message.replace(/^Syntax Error: /, '')}`)),
    ],
  };
}

export type QueryLimits = { readonly [K in keyof typeof QUERY_LIMITS]: number };

/**
 * Depth, alias, cost and directive limits, as GraphQL Armor's validation rules
 * (plus its Apollo plugin that hides "Did you mean ...?" field suggestions).
 * Tokens are limited by graphql-js's own parser option (see `parseWithLimits`):
 * Armor's Apollo token plugin parses a second time in a hook that Apollo treats
 * as an unexpected failure (HTTP 500), where the parser option refuses during
 * the one parse Apollo does.
 */
function armor(limits: QueryLimits) {
  return new ApolloArmor({
    maxTokens: { enabled: false },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...reportAs('depth') },
    maxAliases: { n: limits.maxAliases, ...reportAs('aliases') },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true, ...reportAs('cost') },
    maxDirectives: { n: limits.maxDirectives, ...reportAs('directives') },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Refuses a second `login` (or any field of ONCE_PER_REQUEST_FIELDS) in one operation, counting aliases and fragments. */
export const OncePerRequestRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const counts = new Map<string, number>();
    const seenFragments = new Set<string>();
    const visit = (selectionSet: SelectionSetNode): void => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if ((ONCE_PER_REQUEST_FIELDS as readonly string[]).includes(selection.name.value)) {
            counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet);
        } else if (!seenFragments.has(selection.name.value)) {
          seenFragments.add(selection.name.value);
          const fragment = context.getFragment(selection.name.value);
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    // Only root fields can be mutations; deeper `login` fields do not exist.
    visit(operation.selectionSet);
    for (const [field, count] of counts) {
      if (count > 1) {
        context.reportError(
          queryLimitError('oncePerRequest', `Query refused: ${field} may appear only once per request (found ${count}).`),
        );
      }
    }
  },
});

/** Our limits as validation rules, to add to graphql-js's specified rules. */
export function queryLimitRules(limits: QueryLimits = QUERY_LIMITS): ValidationRule[] {
  return [...armor(limits).validationRules, OncePerRequestRule];
}

/** Apollo Server options that apply the limits to HTTP requests. */
export function apolloQueryLimits() {
  return {
    parseOptions: parseOptions(QUERY_LIMITS),
    validationRules: queryLimitRules(),
    // Armor is typed against @apollo/server's CommonJS declarations, Nest against its ESM ones: same objects.
    plugins: armor(QUERY_LIMITS).plugins as unknown as ApolloPlugin[],
    allowBatchedHttpRequests: false,
  };
}

const parseOptions = (limits: QueryLimits): ParseOptions => ({
  maxSourceLength: limits.maxQueryLength,
  maxLexicalTokens: limits.maxTokens,
  maxComments: limits.maxComments,
});

/** The refusal of a query text over QUERY_LIMITS.maxQueryLength, before anything reads it. */
export function queryLengthError(length: number): GraphQLError | null {
  return length > QUERY_LIMITS.maxQueryLength
    ? queryLimitError('length', `Query refused: the query text has more than ${QUERY_LIMITS.maxQueryLength} characters; send content as variables.`)
    : null;
}

/** Parses with the token limit (graphql-js stops lexing once it is exceeded). */
export function parseWithLimits(source: string | Source, limits: QueryLimits = QUERY_LIMITS): DocumentNode {
  return parse(source, parseOptions(limits));
}

const DEFAULT_RULES = [...specifiedRules, ...queryLimitRules()];

/** Validates with graphql-js's rules plus our limits; used for graphql-ws and the tests. */
export function validateWithLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: QueryLimits = QUERY_LIMITS,
): readonly GraphQLError[] {
  return validate(schema, document, limits === QUERY_LIMITS ? DEFAULT_RULES : [...specifiedRules, ...queryLimitRules(limits)]);
}
