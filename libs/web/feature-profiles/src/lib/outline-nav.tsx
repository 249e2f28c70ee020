import { Box, Button, Collapse, Group, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconListTree } from '@tabler/icons-react';
import { graphql, type OutlineSectionFieldsFragment } from '@mps/web-data-access';
import { bidiSlot, StatusBadgeView, withBdi } from '@mps/web-ui';
import { memo, useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organisationShortNames, sectionLabel, sectionTitleParts } from './format';
import { buildOutline, type OutlineNode } from './outline';
import { OutlineReviewCounts } from './outline-review-counts';
import classes from './profile-page.module.css';

/** What the outline (and the open section's header) shows of each section. */
export const OUTLINE_SECTION_FIELDS = graphql(`
  fragment OutlineSectionFields on Section {
    id
    parentId
    number
    numbered
    title
    position
    depth
    status
    canEdit
    assignedOrganizations {
      id
      name
      acronym
    }
    openThreadCount
    signOffProgress {
      reviewCycleId
      required
      approved
      changesRequested
    }
  }
`);

export type OutlineSection = OutlineSectionFieldsFragment;

export interface OutlineNavProps {
  profileId: string;
  sections: readonly OutlineSection[];
  selectedId: string | null;
  /** Coordinator tools shown above the list (e.g. "Add section"). */
  tools?: ReactNode;
}

/**
 * The profile's outline: numbers, titles, status in words and an icon, and the
 * organisations drafting each section. Arrow keys move between sections (one
 * tab stop, so that a long outline is not forty presses of Tab on the way to the
 * text), which a hint says, visibly while keyboard focus is in the outline and as the tab
 * stop's description; on narrow screens it folds behind an "Outline" button.
 */
export const OutlineNav = memo(function OutlineNav({ profileId, sections, selectedId, tools }: OutlineNavProps) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [open, { toggle, close }] = useDisclosure(false);
  const listId = useId();
  const hintId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const selected = sections.find((s) => s.id === selectedId) ?? null;

  // On narrow screens, picking a section folds the outline away again.
  useEffect(() => {
    close();
  }, [selectedId, close]);

  // In the scrolling outline column, keep the open section in sight.
  const navRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const nav = navRef.current;
    const link = nav?.querySelector<HTMLElement>('a[aria-current="page"]');
    if (!nav || !link || nav.scrollHeight <= nav.clientHeight) return;
    const top = link.getBoundingClientRect().top - nav.getBoundingClientRect().top + nav.scrollTop;
    if (top < nav.scrollTop || top + link.offsetHeight > nav.scrollTop + nav.clientHeight) {
      nav.scrollTop = Math.max(0, top - nav.clientHeight / 3);
    }
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const links = Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-outline-link]') ?? []);
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(index + 1, links.length - 1);
    else if (event.key === 'ArrowUp') next = Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = links.length - 1;
    if (next < 0) return;
    event.preventDefault();
    links[next]?.focus();
  };

  const tree = buildOutline(sections);
  const assignedTo = t('outline.assignedTo');
  const hasSelectedInList = sections.some((s) => s.id === selectedId);
  const firstId = sections[0]?.id;

  const renderNodes = (nodes: OutlineNode<OutlineSection>[], depth: number): ReactNode => (
    <ol className={classes.outlineList} data-depth={depth}>
      {nodes.map(({ section, children }) => {
        const isSelected = section.id === selectedId;
        const tabbable = isSelected || (!hasSelectedInList && section.id === firstId);
        const orgs = organisationShortNames(section.assignedOrganizations);
        const name = sectionTitleParts(section);
        return (
          <li key={section.id}>
            <Link
              to={`/profiles/${profileId}/sections/${section.id}`}
              className={classes.outlineLink}
              data-outline-link
              data-depth={depth}
              aria-current={isSelected ? 'page' : undefined}
              tabIndex={tabbable ? 0 : -1}
              // The one tab stop tells how to reach the others (a description on the list itself is never read).
              aria-describedby={tabbable ? hintId : undefined}
            >
              <span className={classes.outlineTitle}>
                {name.number ? <span className={classes.outlineNumber}>{name.number}</span> : null}
                <span>{name.title}</span>
              </span>
              <span className={classes.outlineMeta}>
                <StatusBadgeView status={section.status} size="sm" label={t(`status.${section.status}`, { ns: 'ui' })} />
                <OutlineReviewCounts section={section} t={t} />
                {orgs ? (
                  <span className={classes.outlineOrgs}>
                    <span className="visually-hidden">{assignedTo} </span>
                    {orgs}
                  </span>
                ) : null}
              </span>
            </Link>
            {children.length > 0 ? renderNodes(children, depth + 1) : null}
          </li>
        );
      })}
    </ol>
  );

  const list = (
    <Box ref={listRef} id={listId} onKeyDown={onKeyDown} className={classes.outlineKeys}>
      {/* Shown while keyboard focus is in the outline, so that keyboard users who see the screen learn it too. */}
      <span id={hintId} className={classes.outlineHint}>
        {t('outline.keyboardHint')}
      </span>
      {sections.length === 0 ? (
        <Text size="sm" c="dimmed" py="sm">
          {t('profiles.noSections')}
        </Text>
      ) : (
        renderNodes(tree, 0)
      )}
    </Box>
  );

  return (
    <nav ref={navRef} aria-labelledby="outline-heading" className={`${classes.outline} ${classes.outlineArea}`}>
      <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap">
        <Title order={2} size="h5" id="outline-heading" className={narrow && !tools ? 'visually-hidden' : undefined}>
          {t('profiles.outline')}
        </Title>
        {tools}
      </Group>
      {narrow ? (
        <>
          <Button
            variant="default"
            fullWidth
            justify="space-between"
            leftSection={<IconListTree size={18} aria-hidden />}
            rightSection={
              <IconChevronDown size={18} aria-hidden style={{ transform: open ? 'rotate(180deg)' : undefined }} />
            }
            aria-expanded={open}
            aria-controls={listId}
            onClick={toggle}
            classNames={{ label: classes.outlineToggleLabel }}
          >
            {open
              ? t('outline.hide')
              : selected
                ? withBdi(t('outline.showWithCurrent', { section: bidiSlot('section') }), { section: sectionLabel(selected) })
                : t('outline.show')}
          </Button>
          <Collapse expanded={open}>{list}</Collapse>
        </>
      ) : (
        list
      )}
    </nav>
  );
});
