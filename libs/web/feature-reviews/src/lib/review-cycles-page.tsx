import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useQuery, getFragmentData, graphql, useCurrentWorkspace, type FragmentType } from '@mps/web-data-access';
import { EmptyState, LoadingSkeleton, PageHeader, ResponsiveTable } from '@mps/web-ui';
import { QueryError, usePageTitle } from '@mps/web-util';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REVIEW_CYCLES_LIST_QUERY } from './review-cycle-documents';
import { compareCycles } from './review-cycle-format';
import { ClosingLine, CycleStatusBadge } from './review-cycle-status';

/** What a row of the list shows of a cycle. */
export const REVIEW_CYCLE_LIST_ITEM_FIELDS = graphql(`
  fragment ReviewCycleListItemFields on ReviewCycle {
    id
    title
    status
    openedAt
    closesAt
    closedAt
    closedAutomatically
    progress {
      sections
      sectionsApproved
      signOffsExpected
      signOffsGiven
      threads
      threadsResolved
    }
  }
`);

type ListItem = NonNullable<ReturnType<typeof readItem>>;
const readItem = (ref: FragmentType<typeof REVIEW_CYCLE_LIST_ITEM_FIELDS>) => getFragmentData(REVIEW_CYCLE_LIST_ITEM_FIELDS, ref);

/** "3 of 8 sections approved · 5 of 16 sign-offs · 4 of 9 threads resolved", leaving out what the cycle has none of. */
export function ProgressLine({ progress }: { progress: ListItem['progress'] }) {
  const { t } = useTranslation();
  const parts = [
    t('reviewCycles.progressSections', { count: progress.sections, approved: progress.sectionsApproved }),
    progress.signOffsExpected > 0
      ? t('reviewCycles.progressSignOffs', { count: progress.signOffsExpected, given: progress.signOffsGiven })
      : t('reviewCycles.consultationOnly'),
    progress.threads > 0
      ? t('reviewCycles.progressThreads', { count: progress.threads, resolved: progress.threadsResolved })
      : t('reviewCycles.noThreads'),
  ];
  return (
    <Text size="sm" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}

/**
 * The review cycles of the current workspace's profiles, open ones first (soonest closing leading), then
 * closed ones. Contributors get only the cycles their organisation takes part in: the API filters them.
 */
export function ReviewCyclesPage() {
  const { t } = useTranslation();
  usePageTitle(t('reviewCycles.title'));
  const current = useCurrentWorkspace();
  const workspaceId = current.workspace?.id;
  const mayOpen = current.may('openReviewCycle');
  const { data, error, refetch } = useQuery(REVIEW_CYCLES_LIST_QUERY, {
    variables: { workspaceId: workspaceId ?? '' },
    skip: !workspaceId,
  });
  const profiles = data?.workspace.profiles ?? [];
  const cycles = profiles
    .flatMap((p) => p.reviewCycles.map((ref) => ({ cycle: readItem(ref), profile: p })))
    .sort((a, b) => compareCycles(a.cycle, b.cycle));

  const openButton =
    mayOpen && profiles.length > 0 ? (
      <Button component={Link} to="/review-cycles/new" leftSection={<IconPlus size={18} aria-hidden />}>
        {t('reviewCycles.openCycle')}
      </Button>
    ) : null;

  let body: React.ReactNode;
  if (current.loading) body = <LoadingSkeleton variant="table" />;
  else if (!workspaceId) body = <Text>{t('reviewCycles.noWorkspace')}</Text>;
  else if (error && !data) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <LoadingSkeleton variant="table" />;
  else if (cycles.length === 0)
    body = (
      <EmptyState
        icon={<IconBriefcase size={24} />}
        title={t('reviewCycles.emptyTitle')}
        action={
          mayOpen && profiles.length === 0 ? (
            <Anchor component={Link} to="/profiles">
              {t('reviewCycles.goToProfiles')}
            </Anchor>
          ) : (
            openButton
          )
        }
      >
        {mayOpen
          ? profiles.length === 0
            ? t('reviewCycles.emptyNoProfiles')
            : t('reviewCycles.emptyCoordinator')
          : current.role === 'CONTRIBUTOR'
            ? t('reviewCycles.emptyContributor')
            : t('reviewCycles.emptyBody')}
      </EmptyState>
    );
  else
    body = (
      <ResponsiveTable>
        <Table.Caption className="visually-hidden">
          {t('reviewCycles.tableCaption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reviewCycles.colCycle')}</Table.Th>
            <Table.Th scope="col">{t('reviewCycles.colStatus')}</Table.Th>
            <Table.Th scope="col">{t('reviewCycles.colClosing')}</Table.Th>
            <Table.Th scope="col">{t('reviewCycles.colProgress')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cycles.map(({ cycle, profile }) => (
            <Table.Tr key={cycle.id}>
              <Table.Td>
                <Anchor component={Link} to={`/review-cycles/${cycle.id}`} fw={600}>
                  {cycle.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t('reviewCycles.ofProfile', { profile: profile.title, edition: profile.edition })}
                </Text>
              </Table.Td>
              <Table.Td data-label={t('reviewCycles.colStatus')}>
                <CycleStatusBadge status={cycle.status} />
              </Table.Td>
              <Table.Td data-label={t('reviewCycles.colClosing')}>
                <ClosingLine cycle={cycle} />
              </Table.Td>
              <Table.Td data-label={t('reviewCycles.colProgress')}>
                <ProgressLine progress={cycle.progress} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ResponsiveTable>
    );

  return (
    <>
      <PageHeader
        eyebrow={current.workspace?.name}
        title={t('reviewCycles.title')}
        description={t('reviewCycles.description')}
        actions={cycles.length > 0 ? openButton : null}
      />
      <Stack gap="md">{body}</Stack>
    </>
  );
}
