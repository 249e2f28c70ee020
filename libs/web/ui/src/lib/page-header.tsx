import { Box, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  /** A short line above the title, e.g. the workspace name. */
  eyebrow?: ReactNode;
  description?: ReactNode;
  /** Buttons or links for the page's main actions. */
  actions?: ReactNode;
  /** Rendered above everything, e.g. a "Back to profiles" link. */
  back?: ReactNode;
}

/** The page's one h1, with an optional caption and actions. */
export function PageHeader({ title, eyebrow, description, actions, back }: PageHeaderProps) {
  return (
    <Box component="header" mb="xl">
      {back ? <Box mb="sm">{back}</Box> : null}
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 20rem' }}>
          {eyebrow ? (
            <Text size="sm" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
              {eyebrow}
            </Text>
          ) : null}
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {description ? (
            <Text size="lg" c="dimmed" maw="42rem">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
    </Box>
  );
}
