import { print as printWeb } from '@0no-co/graphql.web';
import { addTypenameToDocument } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
// graphql-js itself, by a path the web build's alias of `graphql` (to @0no-co/graphql.web) leaves alone.
import { print as printGraphqlJs } from 'graphql/language/printer';
import { describe, expect, it } from 'vitest';
import * as generated from '../gql/graphql';

/** Every document codegen generated, as Apollo sends it (with __typename). */
const documents = Object.entries(generated)
  .filter(([name]) => /(Document|FragmentDoc)$/.test(name))
  .map(([name, document]) => [name, addTypenameToDocument(document as DocumentNode)] as const);

describe('the printer the app ships (@0no-co/graphql.web in place of graphql-js, apps/web/vite.config.mts)', () => {
  it('prints every document of the app to the very text graphql-js prints (what the server, and the boot script’s early queries, expect)', () => {
    expect(documents.length).toBeGreaterThan(50);
    for (const [name, document] of documents) expect({ name, text: printWeb(document) }).toEqual({ name, text: printGraphqlJs(document) });
  });
});
