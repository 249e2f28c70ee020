import { Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher';

/** Header and main region for pages shown before sign-in. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipLink')}
      </a>
      <Box component="header" bg="navy.9" style={{ borderBottom: '4px solid #ffbf47' }}>
        <Container size="lg" h={64}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Text c="white" fw={700} style={{ fontSize: 'clamp(1rem, 0.9rem + 0.6vw, 1.25rem)' }}>
              {t('app.name')}
            </Text>
            <LanguageSwitcher />
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main-content" tabIndex={-1} py={{ base: 'lg', sm: 48 }} px="md">
        {children}
      </Box>
    </>
  );
}
