import { Anchor, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import type { ProfileOutlineQuery } from '@mps/web-data-access';
import { LoadingSkeleton, PageHeader, StatusBadge } from '@mps/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../app/i18n';
import { usePageTitle } from '../../app/page-title';
import { QueryError } from '../../app/query-error';
import { PROFILE_OUTLINE_QUERY } from './profiles-documents';

type OutlineSection = ProfileOutlineQuery['profile']['sections'][number];
interface OutlineNode {
  section: OutlineSection;
  children: OutlineNode[];
}

/** Builds the section tree from the flat, depth-first list (ordered by position within each parent). */
export function buildOutline(sections: readonly OutlineSection[]): OutlineNode[] {
  const byParent = new Map<string | null, OutlineSection[]>();
  const ids = new Set(sections.map((s) => s.id));
  for (const s of sections) {
    const parent = s.parentId && ids.has(s.parentId) ? s.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), s]);
  }
  const build = (parent: string | null): OutlineNode[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.position - b.position)
      .map((section) => ({ section, children: build(section.id) }));
  return build(null);
}

function OutlineList({ nodes, depth }: { nodes: OutlineNode[]; depth: number }) {
  const { t } = useTranslation();
  return (
    <Box
      component="ol"
      style={{ listStyle: 'none', margin: 0, paddingInlineStart: depth === 0 ? 0 : 'clamp(12px, 3vw, 28px)' }}
    >
      {nodes.map(({ section, children }) => (
        <li key={section.id}>
          <Box
            py="sm"
            px={depth === 0 ? 0 : 'xs'}
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
              <Text fw={depth === 0 ? 700 : 500} size={depth === 0 ? 'lg' : 'md'} style={{ flex: '1 1 16rem' }}>
                {section.number ? (
                  <Text component="span" fw={700} mr={8} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {section.number}
                  </Text>
                ) : null}
                {section.title}
              </Text>
              <StatusBadge status={section.status} />
            </Group>
            <Text size="sm" c="dimmed" mt={2}>
              {section.assignedOrganizations.length > 0
                ? `${t('profiles.assigned')}: ${section.assignedOrganizations.map((o) => o.acronym ?? o.name).join(', ')}`
                : t('profiles.unassigned')}
            </Text>
          </Box>
          {children.length > 0 ? <OutlineList nodes={children} depth={depth + 1} /> : null}
        </li>
      ))}
    </Box>
  );
}

/** A profile's outline. The section editor will live here later. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { profileId = '' } = useParams();
  const { data, error, refetch } = useQuery(PROFILE_OUTLINE_QUERY, { variables: { id: profileId } });
  const profile = data?.profile;
  usePageTitle(profile?.title ?? t('profiles.title'));

  const back = (
    <Anchor component={Link} to="/profiles" size="sm">
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={16} aria-hidden />
        {t('profiles.back')}
      </Group>
    </Anchor>
  );

  if (error && !profile) {
    return (
      <>
        <PageHeader back={back} title={t('profiles.title')} />
        <QueryError error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!profile) return <LoadingSkeleton variant="page" rows={8} />;

  const outline = buildOutline(profile.sections);
  return (
    <>
      <PageHeader
        back={back}
        eyebrow={profile.workspace.name}
        title={profile.title}
        description={`${t('profiles.editionLabel', { edition: profile.edition })} · ${formatDate(profile.createdAt)}`}
      />
      <Stack component="section" aria-labelledby="outline-heading" gap="sm">
        <Title order={2} id="outline-heading">
          {t('profiles.outline')}
        </Title>
        <Text c="dimmed">{t('profiles.outlineIntro')}</Text>
        <Paper withBorder radius="md" px={{ base: 'sm', sm: 'lg' }} py="xs">
          {outline.length === 0 ? <Text py="md">{t('profiles.noSections')}</Text> : <OutlineList nodes={outline} depth={0} />}
        </Paper>
      </Stack>
    </>
  );
}

export default ProfilePage;
