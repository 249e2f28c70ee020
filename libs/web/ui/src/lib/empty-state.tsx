import { Paper, Stack, Text, ThemeIcon, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: ReactNode;
  /** What will appear here, and how it gets here. */
  children?: ReactNode;
  icon?: ReactNode;
  /** One obvious next step, if there is one. */
  action?: ReactNode;
  headingOrder?: TitleOrder;
}

/** A calm explanation of an empty list: what will appear here and how. */
export function EmptyState({ title, children, icon, action, headingOrder = 2 }: EmptyStateProps) {
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'lg', sm: 'xl' }}
      bg="var(--mantine-color-gray-0)"
      style={{ borderStyle: 'dashed' }}
    >
      <Stack gap="sm" align="flex-start" maw="40rem">
        {icon ? (
          <ThemeIcon size={44} radius="xl" variant="light" color="navy" aria-hidden>
            {icon}
          </ThemeIcon>
        ) : null}
        <Title order={headingOrder} size="h3">
          {title}
        </Title>
        {children ? <Text c="dimmed">{children}</Text> : null}
        {action}
      </Stack>
    </Paper>
  );
}
