import { Alert, Anchor, Box, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useMutation, useQuery, abilitiesFor, describeError, getFragmentData, graphql, hasErrorCode, useAuth, type FragmentType, type ReviewCycleProgressFieldsFragment } from '@mps/web-data-access';
import { PERMISSIONS, sectionLabel, type Role } from '@mps/shared-domain';
import { bidiSlot, ConfirmDialog, formatDateTime, withBdi, LoadingSkeleton, PageHeader, StatusBadge, type SectionStatusValue } from '@mps/web-ui';
import { problemMessage, QueryError, usePageTitle } from '@mps/web-util';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SignOffMatrix } from './matrix-sign-offs';
import { ResponsesMatrix } from './responses-matrix';
import { CLOSE_REVIEW_CYCLE_MUTATION, REVIEW_CYCLE_MATRICES_QUERY, REVIEW_CYCLE_PAGE_QUERY } from './review-cycle-documents';
import { groupByKind, organisationName } from './review-cycle-format';
import { ClosingLine, CycleStatusBadge } from './review-cycle-status';

/** The cycle's header: what it is, who opened it, when it closes or closed. */
export const REVIEW_CYCLE_HEADER_FIELDS = graphql(`
  fragment ReviewCycleHeaderFields on ReviewCycle {
    title
    status
    canComment
    openedAt
    openedBy {
      id
      displayName
    }
    closesAt
    closedAt
    closedAutomatically
    closedBy {
      id
      displayName
    }
  }
`);

/** The progress summary's numbers. */
export const REVIEW_CYCLE_PROGRESS_FIELDS = graphql(`
  fragment ReviewCycleProgressFields on ReviewCycleProgress {
    comments
    threads
    threadsResolved
    dispositionsNeeded
    dispositionsRecorded
    signOffsExpected
    signOffsGiven
    sections
    sectionsApproved
    sectionsChangesRequested
  }
`);

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} lh={1.3}>
        {value}
      </Text>
      {detail ? (
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </Paper>
  );
}

/** Comments, threads resolved, dispositions recorded, sign-offs given and sections approved, each "x of y". */
export function ProgressSummary(props: { progress: FragmentType<typeof REVIEW_CYCLE_PROGRESS_FIELDS> }) {
  const { t } = useTranslation();
  const p: ReviewCycleProgressFieldsFragment = getFragmentData(REVIEW_CYCLE_PROGRESS_FIELDS, props.progress);
  const ofTotal = (done: number, total: number) => t('reviewCycles.page.ofTotal', { done, total });
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
      <Stat label={t('reviewCycles.page.statComments')} value={String(p.comments)} detail={t('reviewCycles.page.statThreads', { count: p.threads })} />
      <Stat label={t('reviewCycles.page.statResolved')} value={ofTotal(p.threadsResolved, p.threads)} />
      <Stat label={t('reviewCycles.page.statDispositions')} value={ofTotal(p.dispositionsRecorded, p.dispositionsNeeded)} />
      <Stat
        label={t('reviewCycles.page.statSignOffs')}
        value={p.signOffsExpected > 0 ? ofTotal(p.signOffsGiven, p.signOffsExpected) : '—'}
        detail={p.signOffsExpected > 0 ? undefined : t('reviewCycles.consultationOnly')}
      />
      <Stat
        label={t('reviewCycles.page.statApproved')}
        value={ofTotal(p.sectionsApproved, p.sections)}
        detail={p.sectionsChangesRequested > 0 ? t('reviewCycles.page.statChangesRequested', { count: p.sectionsChangesRequested }) : undefined}
      />
    </SimpleGrid>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Box component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Box>
  );
}

/** Organisations as "Kind: Name (ACR); Name (ACR)" lines, grouped like the pickers that chose them. */
function OrganisationList({ organisations, empty }: { organisations: ReadonlyArray<{ id: string; name: string; acronym: string | null; kind: string }>; empty: string }) {
  const { t } = useTranslation();
  if (organisations.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <List size="sm" spacing={4}>
      {groupByKind(organisations).map((g) => (
        <List.Item key={g.kind}>
          <Text span size="sm" fw={600}>
            {t(`organizationKinds.${g.kind}`)}:
          </Text>{' '}
          {g.organisations.map(organisationName).join('; ')}
        </List.Item>
      ))}
    </List>
  );
}

/** The two matrices, asked for only by those who may see them. */
function Matrices({ cycleId, cycleTitle, profileId }: { cycleId: string; cycleTitle: string; profileId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(REVIEW_CYCLE_MATRICES_QUERY, { variables: { id: cycleId } });
  if (error && !data) {
    if (hasErrorCode(error, 'FORBIDDEN')) return <Text>{t('reviewCycles.page.matricesNotForYou')}</Text>;
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <LoadingSkeleton variant="table" rows={3} label={t('reviewCycles.page.loadingMatrices')} />;
  return (
    <Stack gap="xl">
      <SignOffMatrix profileId={profileId} organisations={data.reviewCycle.requiredSignatories} rows={data.reviewCycle.signOffMatrix} />
      <ResponsesMatrix cycleId={cycleId} cycleTitle={cycleTitle} profileId={profileId} comments={data.reviewCycle.commentResponses} />
    </Stack>
  );
}

/**
 * /review-cycles/:cycleId: where a cycle stands. Everyone who may read it sees the header, progress,
 * organisations and sections; coordinators and focal points also the sign-off and comment-response
 * matrices; coordinators close it.
 */
export function ReviewCyclePage() {
  const { t } = useTranslation();
  const { cycleId = '' } = useParams();
  const { user } = useAuth();
  const { data, error, refetch } = useQuery(REVIEW_CYCLE_PAGE_QUERY, { variables: { id: cycleId } });
  const cycle = data?.reviewCycle;
  const header = cycle ? getFragmentData(REVIEW_CYCLE_HEADER_FIELDS, cycle) : null;
  usePageTitle(header?.title ?? t('reviewCycles.page.pageTitle'));
  const [confirming, setConfirming] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const [close, { loading: closing }] = useMutation(CLOSE_REVIEW_CYCLE_MUTATION, {
    refetchQueries: [REVIEW_CYCLE_PAGE_QUERY, REVIEW_CYCLE_MATRICES_QUERY],
  });

  const back = (
    <Anchor component={Link} to="/review-cycles" size="sm">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {t('reviewCycles.page.back')}
    </Anchor>
  );

  if (error && !data)
    return (
      <>
        <PageHeader back={back} title={t('reviewCycles.page.pageTitle')} />
        <QueryError error={error} onRetry={() => void refetch()} />
      </>
    );
  if (!cycle || !header) return <LoadingSkeleton variant="page" />;

  const role = (cycle.profile.workspace.myRole ?? null) as Role | null;
  const abilities = abilitiesFor(role, user?.isPlatformAdmin ?? false);
  const open = header.status === 'OPEN';
  const mayClose = open && abilities.may('closeReviewCycle');
  const seesMatrices = abilities.can(PERMISSIONS.COMMENT_ANSWER) || (abilities.isPlatformAdmin && role === null);
  const profileId = cycle.profile.id;

  const confirmClose = async () => {
    setCloseError(null);
    try {
      await close({ variables: { id: cycle.id } });
      setConfirming(false);
      notifications.show({ color: 'green', message: t('reviewCycles.page.closed', { title: header.title }) });
    } catch (err) {
      setCloseError(problemMessage(t, describeError(err)));
    }
  };

  return (
    <>
      <PageHeader
        back={back}
        eyebrow={cycle.profile.workspace.name}
        title={header.title}
        actions={
          mayClose ? (
            <Button variant="outline" color="red.8" leftSection={<IconLock size={16} aria-hidden />} onClick={() => setConfirming(true)}>
              {t('reviewCycles.page.closeCycle')}
            </Button>
          ) : null
        }
      />
      <Stack gap="xl">
        <Stack gap={6}>
          <Group gap="sm" wrap="wrap">
            <CycleStatusBadge status={header.status} />
            <ClosingLine cycle={header} size="md" />
          </Group>
          <Text size="sm">
            {t('reviewCycles.page.profile')}{' '}
            <Anchor component={Link} to={`/profiles/${profileId}`}>
              <bdi>{cycle.profile.title}</bdi> (<bdi>{cycle.profile.edition}</bdi>)
            </Anchor>
          </Text>
          <Text size="sm" c="dimmed">
            {withBdi(t('reviewCycles.page.openedBy', { name: bidiSlot('name'), date: formatDateTime(header.openedAt) }), { name: header.openedBy.displayName })}
            {header.closedBy ? <> · {withBdi(t('reviewCycles.page.closedBy', { name: bidiSlot('name') }), { name: header.closedBy.displayName })}</> : null}
          </Text>
        </Stack>

        {role === 'CONTRIBUTOR' ? (
          <Alert variant="light" color={header.canComment ? 'blue' : 'gray'} icon={<IconInfoCircle aria-hidden />}>
            {header.canComment
              ? t('reviewCycles.page.contributorCanComment', { date: formatDateTime(header.closesAt) })
              : t('reviewCycles.page.contributorClosed')}
          </Alert>
        ) : null}

        <Block title={t('reviewCycles.page.progressTitle')}>
          <ProgressSummary progress={cycle.progress} />
        </Block>

        <Block title={t('reviewCycles.page.sectionsTitle', { count: cycle.sections.length })}>
          <List size="sm" spacing={6} listStyleType="none" ps={0}>
            {cycle.sections.map((s) => (
              <List.Item key={s.id}>
                <Group gap="sm" wrap="wrap">
                  <Anchor component={Link} to={`/profiles/${profileId}/sections/${s.id}`} fw={600}>
                    {sectionLabel(s)}
                  </Anchor>
                  <StatusBadge status={s.status as SectionStatusValue} size="sm" />
                </Group>
              </List.Item>
            ))}
          </List>
        </Block>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Block title={t('reviewCycles.page.participantsTitle')}>
            <OrganisationList organisations={cycle.participants} empty={t('reviewCycles.page.noParticipants')} />
          </Block>
          <Block title={t('reviewCycles.page.signatoriesTitle')}>
            <OrganisationList organisations={cycle.requiredSignatories} empty={t('reviewCycles.page.noSignatories')} />
          </Block>
        </SimpleGrid>

        {seesMatrices ? <Matrices cycleId={cycle.id} cycleTitle={header.title} profileId={profileId} /> : null}
      </Stack>

      <ConfirmDialog
        opened={confirming}
        title={t('reviewCycles.page.confirmCloseTitle', { title: header.title })}
        confirmLabel={t('reviewCycles.page.closeCycle')}
        tone="danger"
        loading={closing}
        error={closeError}
        onConfirm={() => void confirmClose()}
        onCancel={() => {
          setConfirming(false);
          setCloseError(null);
        }}
      >
        {t('reviewCycles.page.confirmCloseBody', { date: formatDateTime(header.closesAt) })}
      </ConfirmDialog>
    </>
  );
}
