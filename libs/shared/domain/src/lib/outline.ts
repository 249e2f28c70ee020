/**
 * The section outline of a Migration Profile: the `iom-standard` template and
 * the rule that derives outline numbers from the tree.
 */

/** How a section takes part in numbering. */
export type SectionNumbering = 'NUMBERED' | 'UNNUMBERED';
/** Top-level numbering scheme of a profile: chapters A, B, C... or 1, 2, 3... */
export type OutlineStyle = 'LETTERED_CHAPTERS' | 'DECIMAL';

export interface TemplateSection {
  /** Stable identity of the section across renumbering and editions. */
  readonly key: string;
  readonly title: string;
  readonly numbering: SectionNumbering;
  readonly children?: readonly TemplateSection[];
}

export interface ProfileTemplate {
  readonly key: string;
  readonly name: string;
  readonly style: OutlineStyle;
  readonly sections: readonly TemplateSection[];
}

const n = (key: string, title: string, children?: TemplateSection[]): TemplateSection => ({
  key,
  title,
  numbering: 'NUMBERED',
  children,
});
const u = (key: string, title: string): TemplateSection => ({ key, title, numbering: 'UNNUMBERED' });

export const IOM_STANDARD_TEMPLATE: ProfileTemplate = {
  key: 'iom-standard',
  name: 'IOM standard Migration Profile',
  style: 'LETTERED_CHAPTERS',
  sections: [
    u('twg-members', 'Technical Working Group members and observers'),
    u('key-data', 'Key data'),
    u('executive-summary', 'Executive summary'),
    n('trends', 'Migration trends and migrant characteristics', [
      n('trends.irregular', 'Irregular migration'),
      n('trends.immigration', 'Immigration'),
      n('trends.temporary', 'Temporary migration'),
      n('trends.emigration', 'Emigration'),
      n('trends.return', 'Return migration'),
      n('trends.internal', 'Internal migration'),
    ]),
    n('impact', 'Impact of migration', [
      n('impact.population', 'Population change'),
      n('impact.economic', 'Economic development'),
      n('impact.employment', 'Employment and the labour market'),
      n('impact.social', 'Social development'),
      n('impact.health', 'Health'),
      n('impact.environment', 'Environment'),
    ]),
    n('governance', 'Migration governance', [
      n('governance.policy', 'Policy framework'),
      n('governance.laws', 'Laws and regulations'),
      n('governance.institutions', 'Institutional framework'),
      n('governance.cooperation', 'International cooperation'),
    ]),
    n('findings', 'Key findings and recommendations', [
      n('findings.main', 'Main findings'),
      n('findings.governance', 'Recommendations on migration governance'),
      n('findings.mainstreaming', 'Recommendations on mainstreaming migration into development'),
      n('findings.statistics', 'Recommendations on migration statistics'),
    ]),
    u('annex', 'Annex: core comparable indicators'),
  ],
};

export const PROFILE_TEMPLATES: Readonly<Record<string, ProfileTemplate>> = {
  [IOM_STANDARD_TEMPLATE.key]: IOM_STANDARD_TEMPLATE,
};

export interface OutlineNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly position: number;
  readonly numbering: SectionNumbering;
}

/** A, B, ..., Z, AA, AB, ... */
export function letterFor(index: number): string {
  let out = '';
  let i = index + 1;
  while (i > 0) {
    const rem = (i - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    i = Math.floor((i - 1) / 26);
  }
  return out;
}

/**
 * Orders a flat list of sections depth-first by position and derives each
 * section's outline number. Unnumbered sections (front matter, annex) get ''
 * and their children are numbered on their own (1, 2...).
 */
export function orderOutline<T extends OutlineNode>(
  nodes: readonly T[],
  style: OutlineStyle,
): Array<{ node: T; number: string; depth: number }> {
  const children = new Map<string | null, T[]>();
  for (const node of nodes) {
    const list = children.get(node.parentId) ?? [];
    list.push(node);
    children.set(node.parentId, list);
  }
  for (const list of children.values()) {
    list.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  }
  const out: Array<{ node: T; number: string; depth: number }> = [];
  const visit = (parentId: string | null, prefix: string, depth: number) => {
    let counter = 0;
    for (const node of children.get(parentId) ?? []) {
      let number = '';
      if (node.numbering === 'NUMBERED') {
        const label = depth === 0 && style === 'LETTERED_CHAPTERS' ? letterFor(counter) : String(counter + 1);
        counter += 1;
        number = prefix ? `${prefix}.${label}` : label;
      }
      out.push({ node, number, depth });
      visit(node.id, number, depth + 1);
    }
  };
  visit(null, '', 0);
  return out;
}
