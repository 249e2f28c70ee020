import { Button, Group, Table, Text } from '@mantine/core';
import type { Role } from '@mps/shared-domain';
import { graphql } from '@mps/web-data-access';
import { useTranslation } from 'react-i18next';
import type { AdminMember } from './admin-types';

/** What a member's row (and its change form) shows of a membership. */
export const MEMBER_ROW_FIELDS = graphql(`
  fragment MemberRowFields on Membership {
    id
    role
    active
    status
    createdAt
    invitation {
      email
      sentAt
      expiresAt
      expired
      sendCount
    }
    user {
      id
      email
      displayName
    }
    organization {
      id
      name
      acronym
    }
  }
`);

interface MemberRowProps {
  member: AdminMember;
  isSelf: boolean;
  editing: boolean;
  onToggleEditing(): void;
  onDeactivate(): void;
}

/** One member in the members table; the section renders the change form below it while editing. */
export function MemberRow({ member, isSelf, editing, onToggleEditing, onDeactivate }: MemberRowProps) {
  const { t } = useTranslation();
  const name = member.user.displayName;
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600} component="span">
          {name}
        </Text>
        {isSelf ? (
          <Text component="span" c="dimmed" size="sm">
            {' '}
            ({t('members.you')})
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td data-label={t('members.email')} style={{ overflowWrap: 'break-word' }}>
        {member.user.email}
      </Table.Td>
      <Table.Td data-label={t('members.organization')}>{member.organization.name}</Table.Td>
      <Table.Td data-label={t('members.role')}>
        <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {t(`roles.${member.role as Role}`)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="wrap">
          <Button
            size="sm"
            variant="default"
            aria-label={t('members.changeNamed', { name })}
            aria-expanded={editing}
            onClick={onToggleEditing}
          >
            {t('members.change')}
          </Button>
          {!isSelf ? (
            <Button
              size="sm"
              variant="outline"
              color="red.8"
              aria-label={t('members.deactivateNamed', { name })}
              onClick={onDeactivate}
            >
              {t('members.deactivate')}
            </Button>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
