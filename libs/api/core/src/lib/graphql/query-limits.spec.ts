import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, DocumentNode, getIntrospectionQuery, GraphQLError, print } from 'graphql';
import { describe, expect, it } from '@jest/globals';
import { parseWithLimits, QUERY_LIMITS, queryLengthError, QueryLimits, validateWithLimits } from './query-limits';

const root = join(__dirname, '..', '..', '..', '..', '..', '..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

/**
 * Every operation the web app sends, as GraphQL Code Generator wrote it from
 * the documents under apps/web and libs/web (scripts/codegen-drift.spec.ts
 * keeps that file in step with the sources).
 */
function webDocuments(): Array<[string, string]> {
  const generated = readFileSync(join(root, 'libs/web/data-access/src/gql/graphql.ts'), 'utf8');
  return [...generated.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as/gm)].map(([, name, ast]) => [
    name!,
    print(JSON.parse(ast!) as DocumentNode),
  ]);
}

const INTROSPECTION: Array<[string, string]> = [
  ['standard introspection', getIntrospectionQuery()],
  [
    'introspection with every option',
    getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    }),
  ],
];

/** Parse and validate as the server does; parse errors come back as errors too. */
function check(source: string, limits: QueryLimits = QUERY_LIMITS): readonly GraphQLError[] {
  try {
    return validateWithLimits(schema, parseWithLimits(source, limits), limits);
  } catch (error) {
    return [error as GraphQLError];
  }
}
const limitsOf = (errors: readonly GraphQLError[]) => errors.map((e) => e.extensions['limit'] ?? e.message);

const half: QueryLimits = {
  maxQueryLength: QUERY_LIMITS.maxQueryLength / 2,
  maxTokens: QUERY_LIMITS.maxTokens / 2,
  maxComments: QUERY_LIMITS.maxComments / 2,
  maxDepth: Math.floor(QUERY_LIMITS.maxDepth * 0.75),
  maxAliases: QUERY_LIMITS.maxAliases / 2,
  maxCost: QUERY_LIMITS.maxCost / 2,
  maxDirectives: QUERY_LIMITS.maxDirectives / 2,
};

describe('query limits', () => {
  const documents = [...webDocuments(), ...INTROSPECTION];

  it('finds the web app’s documents', () => {
    expect(webDocuments().length).toBeGreaterThanOrEqual(20);
  });

  it.each(documents)('pass %s, with room to spare (half the tokens, aliases and cost, 3/4 of the depth)', (_name, source) => {
    expect(check(source)).toEqual([]);
    expect(check(source, half)).toEqual([]);
  });

  it('refuse deep nesting, also through fragments', () => {
    let inner = 'id';
    for (let i = 0; i < 2; i += 1) inner = `members { user { memberships { workspace { ${inner} } } } }`;
    expect(limitsOf(check(`{ workspaces { ${inner} } }`))).toContain('depth');
    const chain = Array.from({ length: 8 }, (_, i) => `fragment F${i} on User { memberships { user { ${i < 7 ? `...F${i + 1}` : 'id'} } } }`);
    expect(limitsOf(check(`{ me { ...F0 } } ${chain.join(' ')}`))).toContain('depth');
  });

  it('refuse more aliases than allowed', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(check(aliases(QUERY_LIMITS.maxAliases))).toEqual([]);
    expect(limitsOf(check(aliases(QUERY_LIMITS.maxAliases + 1)))).toEqual(['aliases']);
  });

  it('refuse a costly query that is neither deep nor aliased', () => {
    const wide = `{ workspaces { members { user { memberships { workspace { profiles { ${'id '.repeat(120)}} } } } } } }`;
    expect(limitsOf(check(wide))).toEqual(['cost']);
  });

  it('refuse too many tokens or comments while parsing', () => {
    expect(limitsOf(check(`{ me { ${'id '.repeat(QUERY_LIMITS.maxTokens)}} }`))).toEqual([
      expect.stringMatching(/more th\w+ 1000 tokens/),
    ]);
    expect(limitsOf(check(`${'#\n'.repeat(QUERY_LIMITS.maxComments + 1)}{ me { id } }`))).toEqual([
      expect.stringMatching(/more than 100 comments/),
    ]);
  });

  it('stop parsing a long query at the token limit instead of reading it all', () => {
    const long = `{ me { ${'id '.repeat(30_000)}} }`;
    expect(long.length).toBeLessThan(QUERY_LIMITS.maxQueryLength);
    const error = check(long)[0]!;
    // The position is where the parser gave up: right after the limit, not at the end of the text.
    expect(error.locations?.[0]?.column).toBeLessThan(QUERY_LIMITS.maxTokens * 3 + 10);
  });

  it('refuse a 3 MB query before reading it', () => {
    expect(limitsOf(check(`{ me { ${'id '.repeat(1_000_000)}} }`))).toEqual([expect.stringMatching(/more than 100000 UTF-16/)]);
    expect(queryLengthError(QUERY_LIMITS.maxQueryLength)).toBeNull();
    expect(queryLengthError(QUERY_LIMITS.maxQueryLength + 1)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'length' });
  });

  it('allow one login per operation, however it is aliased or spread', () => {
    const login = (alias: string) => `${alias}: login(email: "a@b.example", password: "x") { accessToken }`;
    expect(check(`mutation { ${login('one')} }`)).toEqual([]);
    expect(limitsOf(check(`mutation { ${login('a')} ${login('b')} }`))).toEqual(['oncePerRequest']);
    expect(limitsOf(check(`mutation { ${login('a')} ...F } fragment F on Mutation { ${login('b')} }`))).toEqual([
      'oncePerRequest',
    ]);
    expect(limitsOf(check(`mutation { ${login('a')} ... on Mutation { ${login('b')} } }`))).toEqual(['oncePerRequest']);
  });
});
