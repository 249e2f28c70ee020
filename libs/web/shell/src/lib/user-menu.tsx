import { Avatar, Group, Text, UnstyledButton } from '@mantine/core';
import { DeferredMenu } from '@mps/web-ui';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface UserMenuProps {
  displayName: string;
  email: string;
  isPlatformAdmin: boolean;
  compact?: boolean;
  onSignOut(): void;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [parts[0]?.[0]];
  return letters.filter(Boolean).join('').toUpperCase();
}

export function UserMenu({ displayName, email, isPlatformAdmin, compact = false, onSignOut }: UserMenuProps) {
  const { t } = useTranslation();
  return (
    // Inside the header (its banner landmark) rather than portalled outside every landmark; no focus placeholder
    // (a role="presentation" child of role="menu").
    <DeferredMenu
      position="bottom-end"
      width={260}
      shadow="md"
      withinPortal={false}
      withInitialFocusPlaceholder={false}
      button={
        <UnstyledButton
          aria-label={t('header.accountMenu', { name: displayName })}
          style={{ color: '#fff', borderRadius: 6, padding: '4px 6px', minHeight: 44 }}
        >
          <Group gap={8} wrap="nowrap">
            {/* The initials are drawn from a data attribute (CSS generated content), not written as text: the button's
                accessible name then contains all of its visible text (WCAG 2.5.3, label in name). */}
            <Avatar size={32} radius="xl" color="white" variant="filled" aria-hidden styles={{ placeholder: { color: 'var(--mantine-color-navy-9)' } }}>
              <span className="mps-initials" data-initials={initials(displayName)} />
            </Avatar>
            {!compact ? (
              <Text fw={600} size="sm" c="white" truncate maw={160}>
                {displayName}
              </Text>
            ) : null}
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      }
    >
      {(Menu) => (
        <Menu.Dropdown>
          <Menu.Label>{t('header.signedInAs')}</Menu.Label>
          <div style={{ padding: '0 12px 8px' }}>
            <Text fw={700} size="sm">
              {displayName}
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {email}
            </Text>
            {isPlatformAdmin ? (
              <Text size="xs" mt={4} fw={600}>
                {t('header.platformAdmin')}
              </Text>
            ) : null}
          </div>
          <Menu.Divider />
          <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={18} aria-hidden />}>
            {t('header.account')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={18} aria-hidden />} onClick={onSignOut}>
            {t('header.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      )}
    </DeferredMenu>
  );
}
