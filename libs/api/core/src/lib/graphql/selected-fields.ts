import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects on the value a resolver returns (one level down, through fragments),
 * so that a list's resolver can read in one statement what its items' fields will ask for. A superset is harmless:
 * it only reads a little more; `@include`/`@skip` are therefore not evaluated.
 */
export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[] = []): Set<string> {
  let sets: Array<SelectionSetNode | undefined> = info.fieldNodes.map((node) => node.selectionSet);
  // `path`: the names under a selected field instead (e.g. ['workspace'] for what is asked of the profile's workspace).
  for (const name of path) sets = fieldsOf(info, sets).filter((f) => f.name.value === name).map((f) => f.selectionSet);
  return new Set(fieldsOf(info, sets).map((f) => f.name.value));
}

/** The fields of some selection sets, through inline and named fragments. */
function fieldsOf(info: Pick<GraphQLResolveInfo, 'fragments'>, sets: ReadonlyArray<SelectionSetNode | undefined>): FieldNode[] {
  const fields: FieldNode[] = [];
  const seenFragments = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === 'Field') fields.push(selection);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
}
