import { Group, List, Text } from '@mantine/core';
import { useSubscription } from '@mps/web-data-access';
import { IconPencil, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SECTION_PRESENCE_SUBSCRIPTION } from '../profile-documents';
import classes from '../profile-page.module.css';

export interface PresentPersonView {
  userId: string;
  displayName: string;
  organizationAcronym?: string | null;
  activity: 'VIEWING' | 'EDITING';
}

/** People named one by one; beyond this, "and n more". */
const NAMED_AT_MOST = 4;

/**
 * Who else has the open section: this tab is shown to them as viewing or editing for as long as the section is open
 * (the subscription is the announcement; leaving the section or closing the tab ends it), and the list comes back
 * whenever it changes. Presence is a courtesy: when it is out of reach the screen simply shows no one.
 */
export function useSectionPresence(sectionId: string, editing: boolean): PresentPersonView[] {
  const { data, error } = useSubscription(SECTION_PRESENCE_SUBSCRIPTION, {
    variables: { sectionId, activity: editing ? 'EDITING' : 'VIEWING' },
    fetchPolicy: 'no-cache',
  });
  const presence = data?.sectionPresence;
  if (error || !presence || presence.sectionId !== sectionId) return [];
  return presence.others;
}

const nameOf = (person: PresentPersonView) =>
  person.organizationAcronym ? `${person.displayName} (${person.organizationAcronym})` : person.displayName;

/**
 * "Amina Diallo (MIA) is editing this section", said politely: the status region is always in the page (empty when
 * nobody else is there) so that screen readers announce who arrives; editing is said in words and with a pencil,
 * never by colour alone. Someone else editing while you edit is said as a warning of a likely conflict.
 */
export function SectionPresenceRegion({ others, editing }: { others: readonly PresentPersonView[]; editing: boolean }) {
  const { t } = useTranslation();
  const named = others.slice(0, NAMED_AT_MOST);
  const more = others.length - named.length;
  const someoneEditing = others.some((p) => p.activity === 'EDITING');
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label={t('presence.regionLabel')}
      className={`${classes.presence} ${classes.noPrint}`}
      data-empty={others.length === 0 ? true : undefined}
      data-conflict={editing && someoneEditing ? true : undefined}
    >
      {others.length > 0 ? (
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {someoneEditing ? (
            <IconPencil size={20} aria-hidden className={classes.presenceIcon} />
          ) : (
            <IconUsers size={20} aria-hidden className={classes.presenceIcon} />
          )}
          <div>
            <List listStyleType="none" spacing={2} size="sm">
              {named.map((person) => (
                <List.Item key={person.userId}>
                  {t(
                    person.activity === 'EDITING'
                      ? editing
                        ? 'presence.editingToo'
                        : 'presence.editing'
                      : 'presence.viewing',
                    { name: nameOf(person) },
                  )}
                </List.Item>
              ))}
            </List>
            {more > 0 ? (
              <Text size="sm" m={0}>
                {t('presence.more', { count: more })}
              </Text>
            ) : null}
          </div>
        </Group>
      ) : null}
    </div>
  );
}
