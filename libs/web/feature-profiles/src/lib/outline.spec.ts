import { describe, expect, it } from 'vitest';
import { buildOutline, countDescendants, moveTargets } from './outline';

const sections = [
  { id: 'A', parentId: null, position: 0 },
  { id: 'A1', parentId: 'A', position: 0 },
  { id: 'A2', parentId: 'A', position: 1 },
  { id: 'A3', parentId: 'A', position: 2 },
  { id: 'B', parentId: null, position: 1 },
  { id: 'B1', parentId: 'B', position: 0 },
];

describe('outline', () => {
  it('builds the tree in position order', () => {
    const tree = buildOutline([...sections].reverse());
    expect(tree.map((n) => n.section.id)).toEqual(['A', 'B']);
    expect(tree[0]?.children.map((n) => n.section.id)).toEqual(['A1', 'A2', 'A3']);
  });

  it('lists sections whose chapter is not visible (a contributor’s) at the top level, in the outline’s order', () => {
    // A contributor reads A.2 (2nd in A) and C.1 (1st in C), not the chapters: the API lists them depth-first.
    const visible = [
      { id: 'A2', parentId: 'A', position: 1 },
      { id: 'A3', parentId: 'A', position: 2 },
      { id: 'C1', parentId: 'C', position: 0 },
    ];
    expect(buildOutline(visible).map((n) => n.section.id)).toEqual(['A2', 'A3', 'C1']);
  });

  it('computes moves as moveSection expects them', () => {
    expect(moveTargets(sections, 'A2')).toEqual({
      up: { parentId: 'A', position: 0 },
      down: { parentId: 'A', position: 2 },
      indent: { parentId: 'A1', position: 0 },
      outdent: { parentId: null, position: 1 },
    });
    expect(moveTargets(sections, 'A')).toEqual({
      up: null,
      down: { parentId: null, position: 1 },
      indent: null,
      outdent: null,
    });
    expect(moveTargets(sections, 'B').indent).toEqual({ parentId: 'A', position: 3 });
  });

  it('counts subsections', () => {
    expect(countDescendants(sections, 'A')).toBe(3);
    expect(countDescendants(sections, 'B1')).toBe(0);
  });
});
