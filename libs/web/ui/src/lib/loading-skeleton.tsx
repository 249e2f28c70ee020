import { Box, Group, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LoadingSkeletonProps {
  /** The layout being loaded: a page with a heading, a table or a list. */
  variant?: 'page' | 'table' | 'list';
  rows?: number;
  /** Announced to screen readers; defaults to "Loading…". */
  label?: string;
}

/** A grey outline of the layout that is loading, instead of a spinner. */
export function LoadingSkeleton({ variant = 'list', rows = 4, label }: LoadingSkeletonProps) {
  const { t } = useTranslation('ui');
  const lines = Array.from({ length: rows }, (_, i) => i);
  return (
    <Box aria-busy="true" role="status" data-testid="loading-skeleton">
      <VisuallyHidden>{label ?? t('loading')}</VisuallyHidden>
      <Stack gap="md" aria-hidden>
        {variant === 'page' ? (
          <>
            <Skeleton height={14} width={140} radius="sm" />
            <Skeleton height={36} width="60%" radius="sm" />
            <Skeleton height={16} width="80%" radius="sm" mb="lg" />
          </>
        ) : null}
        {variant === 'table' ? <Skeleton height={40} radius="sm" /> : null}
        {lines.map((i) =>
          variant === 'table' ? (
            <Group key={i} gap="md" wrap="nowrap">
              <Skeleton height={20} width="30%" radius="sm" />
              <Skeleton height={20} width="25%" radius="sm" />
              <Skeleton height={20} width="20%" radius="sm" />
              <Skeleton height={20} width="15%" radius="sm" />
            </Group>
          ) : (
            <Stack key={i} gap={6}>
              <Skeleton height={18} width={`${70 - (i % 3) * 12}%`} radius="sm" />
              <Skeleton height={12} width={`${45 - (i % 2) * 10}%`} radius="sm" />
            </Stack>
          ),
        )}
      </Stack>
    </Box>
  );
}
