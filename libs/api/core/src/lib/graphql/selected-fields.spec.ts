import { describe, expect, it } from '@jest/globals';
import { FragmentDefinitionNode, OperationDefinitionNode, parse, FieldNode } from 'graphql';
import { selectedFieldNames } from './selected-fields';

/** The info a resolver of `profile.sections` gets for `query`. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const profile = operation.selectionSet.selections[0] as FieldNode;
  const sections = profile.selectionSet!.selections.find((s): s is FieldNode => s.kind === 'Field' && s.name.value === 'sections')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [sections], fragments };
}

describe('selectedFieldNames', () => {
  it('names the fields selected one level down, through inline fragments and fragment spreads', () => {
    const names = selectedFieldNames(
      infoOf(`{ profile(id: "1") { sections { id ... on Section { title } ...S } } } fragment S on Section { currentRevision { html } ...T } fragment T on Section { canEdit }`),
    );
    expect([...names].sort()).toEqual(['canEdit', 'currentRevision', 'id', 'title']);
  });

  it('does not name the fields of nested objects', () => {
    expect(selectedFieldNames(infoOf(`{ profile(id: "1") { sections { currentRevision { id author { id } } } } }`)).has('author')).toBe(false);
  });
});
