import { Box, Group, Paper, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The section's text while it loads. */
export function ProseSkeleton() {
  const { t } = useTranslation();
  return (
    <Box aria-busy="true" role="status" maw="70ch">
      <span className="visually-hidden">{t('section.loading')}</span>
      <Stack gap={10} aria-hidden>
        {[96, 100, 92, 98, 60, 0, 94, 100, 88, 45].map((w, i) =>
          w === 0 ? <Box key={i} h={8} /> : <Skeleton key={i} height={14} width={`${w}%`} radius="sm" />,
        )}
      </Stack>
    </Box>
  );
}

/** The editor while its code loads. */
export function EditorSkeleton() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" aria-busy="true" role="status">
      <span className="visually-hidden">{t('editor.loading')}</span>
      <Group gap={6} p={8} aria-hidden style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {Array.from({ length: 12 }, (_, i) => (
          <Skeleton key={i} height={32} width={32} radius="sm" />
        ))}
      </Group>
      <Stack gap={10} p="md" aria-hidden>
        {[90, 100, 70, 95].map((w, i) => (
          <Skeleton key={i} height={14} width={`${w}%`} radius="sm" />
        ))}
      </Stack>
    </Paper>
  );
}
