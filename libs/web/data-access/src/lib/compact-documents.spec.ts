import { describe, expect, it } from 'vitest';
import * as generated from '../gql/graphql';
import { decodeDocument, documentShapes, encodeDocument } from './compact-documents';

/** Every document codegen generated (what the production build writes in the compact form). */
const documents = Object.entries(generated).filter(([name]) => /(Document|FragmentDoc)$/.test(name));

describe('compact GraphQL documents', () => {
  const shapes = documentShapes(documents.map(([, document]) => document));

  it('has documents to check', () => {
    expect(documents.length).toBeGreaterThan(50);
  });

  it('gives back every generated document exactly: same nodes, same keys in the same order', () => {
    for (const [name, document] of documents) {
      const decoded = decodeDocument(JSON.parse(JSON.stringify(encodeDocument(document, shapes))), shapes);
      expect({ name, json: JSON.stringify(decoded) }).toEqual({ name, json: JSON.stringify(document) });
      expect(decoded).toStrictEqual(JSON.parse(JSON.stringify(document)));
    }
  });

  it('is much smaller than the AST', () => {
    const ast = documents.reduce((total, [, document]) => total + JSON.stringify(document).length, 0);
    const compact = documents.reduce((total, [, document]) => total + JSON.stringify(encodeDocument(document, shapes)).length, 0);
    expect(compact).toBeLessThan(ast / 3);
  });

  it('refuses a node whose shape the table does not have, rather than writing a wrong document', () => {
    const withAlias = { kind: 'Document', definitions: [{ kind: 'OperationDefinition', operation: 'query', name: { kind: 'Name', value: 'Q' }, selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', alias: { kind: 'Name', value: 'a' }, name: { kind: 'Name', value: 'b' } }] } }] };
    expect(() => encodeDocument(withAlias, shapes)).toThrow(/no shape for Field alias:n name:n/);
    const shapesWithAlias = documentShapes([withAlias]);
    expect(decodeDocument(encodeDocument(withAlias, shapesWithAlias), shapesWithAlias)).toStrictEqual(withAlias);
  });
});
