/** Outline helpers: the tree from the flat depth-first list, and where a section can move. */

export interface OutlineItem {
  id: string;
  parentId: string | null;
  position: number;
}

export interface OutlineNode<T extends OutlineItem> {
  section: T;
  children: OutlineNode<T>[];
}

/** Builds the section tree from the flat, depth-first list (ordered by position within each parent). */
export function buildOutline<T extends OutlineItem>(sections: readonly T[]): OutlineNode<T>[] {
  const byParent = new Map<string | null, T[]>();
  const ids = new Set(sections.map((s) => s.id));
  for (const s of sections) {
    const parent = s.parentId && ids.has(s.parentId) ? s.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), s]);
  }
  // Sections whose parent is not listed (a contributor reads only the sections of their review cycles, not the
  // chapters above them) join the top level in the list's own depth-first order: their positions count within
  // different parents, so comparing them would put C.1 before A.2.
  const order = new Map(sections.map((s, i) => [s.id, i]));
  const orphans = sections.some((s) => s.parentId && !ids.has(s.parentId));
  const build = (parent: string | null): OutlineNode<T>[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => (parent === null && orphans ? order.get(a.id)! - order.get(b.id)! : a.position - b.position))
      .map((section) => ({ section, children: build(section.id) }));
  return build(null);
}

function siblings<T extends OutlineItem>(sections: readonly T[], parentId: string | null): T[] {
  return sections.filter((s) => (s.parentId ?? null) === parentId).sort((a, b) => a.position - b.position);
}

export interface MoveTarget {
  parentId: string | null;
  /** Place among the new siblings, not counting the section itself (as moveSection expects). */
  position: number;
}

export interface MoveTargets {
  up: MoveTarget | null;
  down: MoveTarget | null;
  /** Become the last subsection of the section above. */
  indent: MoveTarget | null;
  /** Become the next sibling of the current parent. */
  outdent: MoveTarget | null;
}

export function moveTargets<T extends OutlineItem>(sections: readonly T[], id: string): MoveTargets {
  const section = sections.find((s) => s.id === id);
  if (!section) return { up: null, down: null, indent: null, outdent: null };
  const parentId = section.parentId ?? null;
  const row = siblings(sections, parentId);
  const index = row.findIndex((s) => s.id === id);
  const above = index > 0 ? row[index - 1] : undefined;
  const parent = parentId ? sections.find((s) => s.id === parentId) : undefined;
  const parentRow = parent ? siblings(sections, parent.parentId ?? null) : [];
  return {
    up: index > 0 ? { parentId, position: index - 1 } : null,
    down: index < row.length - 1 ? { parentId, position: index + 1 } : null,
    indent: above ? { parentId: above.id, position: siblings(sections, above.id).length } : null,
    outdent: parent ? { parentId: parent.parentId ?? null, position: parentRow.findIndex((s) => s.id === parent.id) + 1 } : null,
  };
}

/** How many sections sit below this one in the tree (archiving takes them along). */
export function countDescendants<T extends OutlineItem>(sections: readonly T[], id: string): number {
  let count = 0;
  const stack = [id];
  while (stack.length) {
    const current = stack.pop();
    for (const s of sections) {
      if (s.parentId === current) {
        count += 1;
        stack.push(s.id);
      }
    }
  }
  return count;
}
