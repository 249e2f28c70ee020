import { describe, expect, it } from 'vitest';
import { buildSectionTree, chapterState, inOutlineOrder, toggleChapter, toggleSection, type PickableSection } from './open-cycle-sections';

const s = (id: string, parentId: string | null, position: number, open = false): PickableSection => ({
  id,
  parentId,
  position,
  openCycle: open ? { id: 'c-1', title: 'Spring consultation', closesAt: '2026-05-01T17:00:00Z' } : null,
});

// A (A.1, A.2 in an open cycle, A.3), B (B.1)
const sections = [s('A', null, 0), s('A.2', 'A', 1, true), s('A.1', 'A', 0), s('A.3', 'A', 2), s('B', null, 1), s('B.1', 'B', 0)];
const tree = buildSectionTree(sections);
const chapterA = tree[0]!;

describe('sections picker', () => {
  it('builds the outline in position order', () => {
    expect(tree.map((n) => [n.section.id, n.children.map((c) => c.section.id)])).toEqual([
      ['A', ['A.1', 'A.2', 'A.3']],
      ['B', ['B.1']],
    ]);
  });

  it('a chapter ticks every pickable section under it (itself included), never one already in an open cycle', () => {
    const picked = toggleChapter(chapterA, []);
    expect(picked).toEqual(['A', 'A.1', 'A.3']);
    expect(chapterState(chapterA, picked)).toBe('all');
  });

  it('unticking a fully ticked chapter drops its sections and keeps the others', () => {
    expect(toggleChapter(chapterA, ['B.1', 'A', 'A.1', 'A.3'])).toEqual(['B.1']);
  });

  it('a partly ticked chapter is mixed, and ticking it completes it', () => {
    expect(chapterState(chapterA, ['A.1'])).toBe('some');
    expect(toggleChapter(chapterA, ['A.1'])).toEqual(['A.1', 'A', 'A.3']);
  });

  it('a single section toggles alone; one in an open cycle cannot be ticked', () => {
    expect(toggleSection(s('A.1', 'A', 0), ['A'])).toEqual(['A', 'A.1']);
    expect(toggleSection(s('A.1', 'A', 0), ['A', 'A.1'])).toEqual(['A']);
    expect(toggleSection(s('A.2', 'A', 1, true), ['A'])).toEqual(['A']);
  });

  it('lists the picked sections in outline order, whatever order they were ticked in', () => {
    expect(inOutlineOrder(tree, ['B.1', 'A.3', 'A']).map((x) => x.id)).toEqual(['A', 'A.3', 'B.1']);
  });
});
