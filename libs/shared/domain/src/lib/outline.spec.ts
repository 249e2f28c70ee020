import { describe, expect, it } from '@jest/globals';
import { IOM_STANDARD_TEMPLATE, letterFor, orderOutline, OutlineNode, TemplateSection } from './outline';

function flatten(sections: readonly TemplateSection[], parentId: string | null = null): OutlineNode[] {
  return sections.flatMap((s, position) => [
    { id: s.key, parentId, position, numbering: s.numbering },
    ...flatten(s.children ?? [], s.key),
  ]);
}

describe('outline numbering', () => {
  it('numbers the standard outline: unnumbered front matter, chapters A-D, sections A.1...', () => {
    const ordered = orderOutline(flatten(IOM_STANDARD_TEMPLATE.sections), 'LETTERED_CHAPTERS');
    const numbers = Object.fromEntries(ordered.map(({ node, number }) => [node.id, number]));
    expect(numbers['executive-summary']).toBe('');
    expect(numbers['trends']).toBe('A');
    expect(numbers['trends.irregular']).toBe('A.1');
    expect(numbers['trends.internal']).toBe('A.6');
    expect(numbers['impact.environment']).toBe('B.6');
    expect(numbers['governance.cooperation']).toBe('C.4');
    expect(numbers['findings.statistics']).toBe('D.4');
    expect(numbers['annex']).toBe('');
    expect(ordered).toHaveLength(3 + 4 + 6 + 6 + 4 + 4 + 1);
  });

  it('orders depth-first by position whatever the input order, and renumbers after a move', () => {
    const nodes: OutlineNode[] = [
      { id: 'b', parentId: null, position: 1, numbering: 'NUMBERED' },
      { id: 'a1', parentId: 'a', position: 0, numbering: 'NUMBERED' },
      { id: 'a', parentId: null, position: 0, numbering: 'NUMBERED' },
      { id: 'b2', parentId: 'b', position: 5, numbering: 'NUMBERED' },
      { id: 'b1', parentId: 'b', position: 2, numbering: 'NUMBERED' },
    ];
    expect(orderOutline(nodes, 'DECIMAL').map((o) => `${o.node.id}=${o.number}`)).toEqual([
      'a=1',
      'a1=1.1',
      'b=2',
      'b1=2.1',
      'b2=2.2',
    ]);
  });

  it('letters past Z continue AA, AB', () => {
    expect([0, 25, 26, 27].map(letterFor)).toEqual(['A', 'Z', 'AA', 'AB']);
  });
});
