import { Box, Checkbox, Group, Input, Text } from '@mantine/core';
import { sectionLabel } from '@mps/shared-domain';
import { getFragmentData, graphql, type FragmentType, type OpenCycleSectionFieldsFragment } from '@mps/web-data-access';
import { formatDateTime, StatusBadge, type SectionStatusValue } from '@mps/web-ui';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildSectionTree,
  chapterState,
  pickableIds,
  toggleChapter,
  toggleSection,
  type PickableSection,
  type SectionNode,
} from './open-cycle-sections';

/** What the picker shows of each section: its place, number, title, status and the open cycle holding it. */
export const OPEN_CYCLE_SECTION_FIELDS = graphql(`
  fragment OpenCycleSectionFields on Section {
    id
    parentId
    position
    number
    title
    status
    archived
    reviewCycles {
      id
      title
      status
      closesAt
    }
  }
`);

export type PickerSection = OpenCycleSectionFieldsFragment & PickableSection;

/** The profile's live sections, each with the open cycle (if any) that already holds it. */
export function toPickerSections(refs: ReadonlyArray<FragmentType<typeof OPEN_CYCLE_SECTION_FIELDS>>): PickerSection[] {
  return getFragmentData(OPEN_CYCLE_SECTION_FIELDS, refs)
    .filter((s) => !s.archived)
    .map((s) => {
      const open = s.reviewCycles.find((c) => c.status === 'OPEN') ?? null;
      return { ...s, openCycle: open ? { id: open.id, title: open.title, closesAt: open.closesAt } : null };
    });
}

export interface SectionsPickerProps {
  sections: readonly PickerSection[];
  value: readonly string[];
  onChange(value: string[]): void;
  /** The field's error (translated), shown under the legend. */
  error?: ReactNode;
}

/**
 * The outline as a tree of checkboxes: numbers, titles and status. A section with subsections ticks or
 * unticks all of them (a mixed mark when only some are picked); a section already in an open cycle cannot
 * be picked, and says which cycle holds it and until when.
 */
export function SectionsPicker({ sections, value, onChange, error }: SectionsPickerProps) {
  const { t } = useTranslation();
  const tree = useMemo(() => buildSectionTree(sections), [sections]);
  const legendId = useId();
  const errorId = useId();
  const firstPickable = sections.find((s) => !s.openCycle)?.id;

  const renderNode = (node: SectionNode<PickerSection>, depth: number): ReactNode => {
    const s = node.section;
    const hasChildren = node.children.length > 0;
    const ids = pickableIds(node);
    const state = hasChildren ? chapterState(node, value) : value.includes(s.id) ? 'all' : 'none';
    const label = sectionLabel(s);
    const picked = ids.filter((id) => value.includes(id)).length;
    const description = s.openCycle
      ? t('reviewCycles.open.sectionInOpenCycle', { cycle: s.openCycle.title, date: formatDateTime(s.openCycle.closesAt) })
      : hasChildren
        ? t('reviewCycles.open.chapterPicked', { count: ids.length, picked })
        : undefined;
    return (
      <Box component="li" key={s.id} style={{ listStyle: 'none' }}>
        <Group gap="sm" wrap="nowrap" align="flex-start" py={4}>
          <Checkbox
            checked={state === 'all'}
            indeterminate={state === 'some'}
            disabled={hasChildren ? ids.length === 0 : Boolean(s.openCycle)}
            onChange={() => onChange(hasChildren ? toggleChapter(node, value) : toggleSection(s, value))}
            label={
              <Text span fw={depth === 0 ? 600 : 400}>
                {label}
              </Text>
            }
            description={description}
            aria-invalid={error && s.id === firstPickable ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            styles={{ body: { alignItems: 'flex-start' } }}
            style={{ flex: 1, minWidth: 0 }}
          />
          <StatusBadge status={s.status as SectionStatusValue} size="sm" />
        </Group>
        {hasChildren ? (
          <Box component="ul" m={0} ps={{ base: 'md', sm: 'xl' }} style={{ borderInlineStart: '1px solid var(--mantine-color-gray-3)' }}>
            {node.children.map((child) => renderNode(child, depth + 1))}
          </Box>
        ) : null}
      </Box>
    );
  };

  return (
    <Box component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }} aria-describedby={error ? errorId : undefined}>
      <Text component="legend" id={legendId} fw={600} size="md" mb={4}>
        {t('reviewCycles.open.sectionsLabel')}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {t('reviewCycles.open.sectionsHint')}
      </Text>
      {error ? (
        <Input.Error id={errorId} mb="xs">
          {error}
        </Input.Error>
      ) : null}
      {tree.length === 0 ? (
        <Text>{t('reviewCycles.open.noSections')}</Text>
      ) : (
        <Box component="ul" m={0} p={0}>
          {tree.map((node) => renderNode(node, 0))}
        </Box>
      )}
    </Box>
  );
}
