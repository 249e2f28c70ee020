import { Anchor, Box, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useDataClient, useQuery, abilitiesFor, getFragmentData, useAuth, useCurrentWorkspace } from '@mps/web-data-access';
import { useEffect, useMemo } from 'react';
import { bidiSlot, EmptyState, LoadingSkeleton, withBdi } from '@mps/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryError, useLeaveFirstPaint, usePageTitle } from '@mps/web-util';
import { DraftDownloads } from './draft-downloads';
import { sectionLabel } from './format';
import { AddSectionButton, SectionActionsMenu } from './outline-management';
import { OUTLINE_SECTION_FIELDS, OutlineNav } from './outline-nav';
import { PROFILE_SCREEN_QUERY, SECTION_QUERY } from './profile-documents';
import classes from './profile-page.module.css';
import { REVIEW_CYCLE_NOTICE_FIELDS, ReviewCyclesNotice } from './review-cycles-notice';
import { ProfileIndicatorBlocks } from './section/indicator-blocks';
import { SectionScreen } from './section/section-screen';
import { useProfileLiveUpdates } from './use-live-updates';

/**
 * A profile as a document: the outline on the left, the open section in the
 * middle (reading, or editing for those allowed), its details and history on
 * the right. The whole outline loads in one request, and the section in the
 * address with it; choosing a section fetches only that section's text, once:
 * sections read before come from the cache while live events keep it current.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  const { profileId = '', sectionId } = useParams();
  const current = useCurrentWorkspace();
  const { data, error, refetch } = useQuery(PROFILE_SCREEN_QUERY, { variables: { id: profileId } });
  const profile = data?.profile;
  const sections = getFragmentData(OUTLINE_SECTION_FIELDS, profile?.sections ?? []);
  const selected = sectionId ? sections.find((s) => s.id === sectionId) : sections[0];
  const live = useProfileLiveUpdates({ profileId, openSectionId: selected?.id ?? null, refetchOutline: refetch });
  const client = useDataClient();
  // The section named in the address loads alongside the outline, not after it (its screen then finds it in the
  // cache, or joins the request in flight).
  useEffect(() => {
    if (!sectionId || live.isFresh(sectionId)) return;
    live.markFresh(sectionId);
    client.query({ query: SECTION_QUERY, variables: { id: sectionId }, fetchPolicy: 'network-only' }).catch(() => undefined);
    // Only for the address the screen opened with: later sections are fetched by their own screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  usePageTitle(profile ? (selected ? `${sectionLabel(selected)} – ${profile.title}` : profile.title) : t('profiles.title'));
  // A section the server painted first but that is not in the outline now (archived meanwhile): the app says so.
  useLeaveFirstPaint(Boolean(profile) && !selected);

  const { user } = useAuth();
  // The profile's own workspace decides (a link may open a profile outside the current workspace).
  const abilities = abilitiesFor(profile?.workspace.myRole ?? current.role, user?.isPlatformAdmin ?? false);
  const mayManageOutline = abilities.may('addSection');
  // Contributors read only the sections of their review cycles (the API lists no others).
  const contributor = (profile?.workspace.myRole ?? current.role) === 'CONTRIBUTOR';
  const cycles = getFragmentData(REVIEW_CYCLE_NOTICE_FIELDS, profile?.reviewCycles ?? []);
  // The same element while nothing it shows changes: the outline (sixty rows and more) is memoised and skips the
  // renders that answers elsewhere on the screen cause (workspaces, threads, sign-offs, notifications).
  const defaultParentId = selected?.parentId ?? null;
  const tools = useMemo(
    () => (profile && mayManageOutline ? <AddSectionButton profileId={profile.id} sections={sections} defaultParentId={defaultParentId} /> : null),
    [profile, mayManageOutline, sections, defaultParentId],
  );

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
      <Stack gap="md">
        {back}
        <QueryError error={error} onRetry={() => void refetch()} />
      </Stack>
    );
  }

  const top = (
    <Stack gap={4} mb="lg" className={classes.noPrint}>
      {back}
      {profile ? (
        <Group justify="space-between" align="flex-start" gap="sm">
          <Text size="sm" c="dimmed" fw={600}>
            <bdi>{profile.title}</bdi> · {withBdi(t('profiles.editionLabel', { edition: bidiSlot('edition') }), { edition: profile.edition })}
          </Text>
          <DraftDownloads profile={profile} role={profile.workspace.myRole ?? current.role} isPlatformAdmin={user?.isPlatformAdmin ?? false} />
        </Group>
      ) : (
        <Skeleton height={14} width={260} radius="sm" />
      )}
    </Stack>
  );

  if (!profile) {
    return (
      <>
        {top}
        <div className={classes.container}>
          <div className={classes.layout}>
            <Box className={classes.outlineArea}>
              <LoadingSkeleton rows={10} label={t('profiles.loadingOutline')} />
            </Box>
            <Box className={classes.sectionArea}>
              <LoadingSkeleton variant="page" rows={6} label={t('section.loading')} />
            </Box>
            <Box className={classes.panelArea}>
              <LoadingSkeleton rows={3} label={t('section.loadingDetails')} />
            </Box>
          </div>
        </div>
      </>
    );
  }

  const organisations = profile.workspace.organizations;

  const emptyTitle = sectionId ? t('profiles.sectionMissingTitle') : contributor ? t('profiles.noReviewSectionsTitle') : t('profiles.noSections');
  const emptyBody = sectionId
    ? t('profiles.sectionMissingBody')
    : contributor
      ? t('profiles.noReviewSectionsBody')
      : mayManageOutline
        ? t('profiles.noSectionsCoordinator')
        : t('profiles.noSectionsBody');

  return (
    <>
      {top}
      <ReviewCyclesNotice cycles={cycles} includeClosed={contributor} />
      <div className={classes.container}>
        <div className={classes.layout}>
          <OutlineNav profileId={profile.id} sections={sections} selectedId={selected?.id ?? null} tools={tools} />
          {selected ? (
            <ProfileIndicatorBlocks profileId={profile.id} workspaceId={profile.workspace.id}>
            <SectionScreen
              key={selected.id}
              entry={selected}
              actions={
                mayManageOutline ? (
                  <SectionActionsMenu profileId={profile.id} section={selected} sections={sections} organisations={organisations} />
                ) : null
              }
              liveNotice={live.notice}
              onDismissLiveNotice={live.dismissNotice}
              onEditingChange={live.setEditing}
              onSaved={live.sectionSaved}
              isFresh={live.isFresh}
              markFresh={live.markFresh}
            />
            </ProfileIndicatorBlocks>
          ) : (
            <Box className={classes.sectionArea}>
              <EmptyState
                title={emptyTitle}
                headingOrder={1}
                action={
                  sectionId ? (
                    <Button component={Link} to={`/profiles/${profile.id}`} variant="default">
                      {t('profiles.openFirst')}
                    </Button>
                  ) : undefined
                }
              >
                {emptyBody}
              </EmptyState>
            </Box>
          )}
        </div>
      </div>
    </>
  );
}
