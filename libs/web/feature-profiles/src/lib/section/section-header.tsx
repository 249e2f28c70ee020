import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { StatusBadge } from '@mps/web-ui';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationShortNames, sectionTitleParts } from '../format';
import type { OutlineSection } from '../outline-nav';
import classes from '../profile-page.module.css';

export interface SectionHeaderProps {
  entry: OutlineSection;
  /** "Edit", shown while reading to those who may edit. */
  edit: { disabled: boolean; onClick(): void; onPreload(): void } | null;
  /** Where focus returns when the editor closes. */
  editButtonRef: Ref<HTMLButtonElement>;
  /** Outline actions (rename, move, assign, archive), for those who may manage the outline. */
  actions: ReactNode;
}

/** The section's number and title, what may be done with it, its status and who drafts it. */
export function SectionHeader({ entry, edit, editButtonRef, actions }: SectionHeaderProps) {
  const { t } = useTranslation();
  const orgNames = organisationShortNames(entry.assignedOrganizations);
  const name = sectionTitleParts(entry);
  return (
    <Stack gap="xs" mb="lg">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Title order={1} id="section-title" style={{ overflowWrap: 'anywhere', flex: '1 1 14rem' }}>
          {name.number ? <span className="mps-section-number">{name.number} </span> : null}
          {name.title}
        </Title>
        <Group gap="xs" className={classes.noPrint}>
          {edit ? (
            <Button
              ref={editButtonRef}
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={edit.onClick}
              onMouseEnter={edit.onPreload}
              onFocus={edit.onPreload}
              disabled={edit.disabled}
            >
              {t('section.edit')}
            </Button>
          ) : null}
          {actions}
        </Group>
      </Group>
      <Group gap="sm" wrap="wrap">
        <StatusBadge status={entry.status} />
        <Text size="sm" c="dimmed">
          {orgNames ? t('section.draftedBy', { organisations: orgNames }) : t('section.unassigned')}
        </Text>
      </Group>
    </Stack>
  );
}
