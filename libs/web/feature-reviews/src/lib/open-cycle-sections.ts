/** The sections picker's logic: the outline tree, which sections may be picked, and chapter toggling. */

export interface PickableSection {
  id: string;
  parentId: string | null;
  position: number;
  /** Open cycles holding the section: a section may be in at most one, so it cannot be picked then. */
  openCycle: { id: string; title: string; closesAt: string } | null;
}

export interface SectionNode<T extends PickableSection> {
  section: T;
  children: SectionNode<T>[];
}

/** The tree from the flat list (ordered by position within each parent); orphans become top-level. */
export function buildSectionTree<T extends PickableSection>(sections: readonly T[]): SectionNode<T>[] {
  const ids = new Set(sections.map((s) => s.id));
  const byParent = new Map<string | null, T[]>();
  for (const s of sections) {
    const parent = s.parentId && ids.has(s.parentId) ? s.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), s]);
  }
  const build = (parent: string | null): SectionNode<T>[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.position - b.position)
      .map((section) => ({ section, children: build(section.id) }));
  return build(null);
}

/** The node and everything below it, depth-first. */
export function subtree<T extends PickableSection>(node: SectionNode<T>): T[] {
  return [node.section, ...node.children.flatMap(subtree)];
}

/** Ids in the node's subtree that may be picked (not already in an open cycle). */
export function pickableIds<T extends PickableSection>(node: SectionNode<T>): string[] {
  return subtree(node)
    .filter((s) => !s.openCycle)
    .map((s) => s.id);
}

/** A chapter checkbox: checked when all its pickable sections are, mixed when some are. */
export function chapterState<T extends PickableSection>(
  node: SectionNode<T>,
  selected: readonly string[],
): 'all' | 'some' | 'none' {
  const ids = pickableIds(node);
  const picked = ids.filter((id) => selected.includes(id)).length;
  if (ids.length === 0 || picked === 0) return 'none';
  return picked === ids.length ? 'all' : 'some';
}

/**
 * Ticking a chapter picks every pickable section under it (itself included); unticking a chapter whose
 * sections are all picked drops them all. A mixed chapter becomes fully picked, as in file managers.
 * The order of `selected` is kept; new ids are added in outline order.
 */
export function toggleChapter<T extends PickableSection>(node: SectionNode<T>, selected: readonly string[]): string[] {
  const ids = pickableIds(node);
  if (chapterState(node, selected) === 'all') return selected.filter((id) => !ids.includes(id));
  return [...selected, ...ids.filter((id) => !selected.includes(id))];
}

/** Picking or unpicking one section alone; a section in an open cycle is never picked. */
export function toggleSection<T extends PickableSection>(section: T, selected: readonly string[]): string[] {
  if (selected.includes(section.id)) return selected.filter((id) => id !== section.id);
  if (section.openCycle) return [...selected];
  return [...selected, section.id];
}

/** The picked ids in outline order (what the summary lists and the API receives). */
export function inOutlineOrder<T extends PickableSection>(tree: readonly SectionNode<T>[], selected: readonly string[]): T[] {
  return tree.flatMap(subtree).filter((s) => selected.includes(s.id));
}
