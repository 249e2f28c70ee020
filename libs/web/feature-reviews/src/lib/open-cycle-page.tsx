import { Anchor, NativeSelect, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery, getFragmentData, useCurrentWorkspace } from '@mps/web-data-access';
import { EmptyState, LoadingSkeleton, PageHeader } from '@mps/web-ui';
import { NotAllowed, QueryError, usePageTitle } from '@mps/web-util';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { OpenCycleForm } from './open-cycle-form';
import { OPEN_CYCLE_ORGANISATION_FIELDS } from './open-cycle-organisations';
import { toPickerSections } from './open-cycle-sections-picker';
import { OPEN_CYCLE_PROFILE_QUERY, OPEN_CYCLE_WORKSPACE_QUERY } from './review-cycle-documents';

/** /review-cycles/new?profileId=...: coordinators open a review cycle on a profile of the current workspace. */
export function OpenCyclePage() {
  const { t } = useTranslation();
  usePageTitle(t('reviewCycles.open.title'));
  const current = useCurrentWorkspace();
  const workspaceId = current.workspace?.id;
  const [params, setParams] = useSearchParams();
  const workspaceQuery = useQuery(OPEN_CYCLE_WORKSPACE_QUERY, {
    variables: { workspaceId: workspaceId ?? '' },
    skip: !workspaceId,
  });
  const profiles = workspaceQuery.data?.workspace.profiles ?? [];
  // The profile in the address, else the edition in progress (the latest edition): earlier editions are rarely
  // reviewed again, and a choice left empty only hides the form.
  const latestEdition = [...profiles].sort((a, b) => b.edition.localeCompare(a.edition, undefined, { numeric: true }))[0];
  const profileId = params.get('profileId') ?? latestEdition?.id ?? '';
  const profileKnown = profiles.some((p) => p.id === profileId);
  const profileQuery = useQuery(OPEN_CYCLE_PROFILE_QUERY, {
    variables: { profileId },
    skip: !profileKnown,
    // Sections join and leave open cycles while the form is open elsewhere: always ask.
    fetchPolicy: 'network-only',
  });
  const organisations = useMemo(
    () => getFragmentData(OPEN_CYCLE_ORGANISATION_FIELDS, workspaceQuery.data?.workspace.organizations ?? []),
    [workspaceQuery.data],
  );
  const sections = useMemo(() => toPickerSections(profileQuery.data?.profile.sections ?? []), [profileQuery.data]);

  const back = (
    <Anchor component={Link} to="/review-cycles" size="sm">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {t('reviewCycles.open.back')}
    </Anchor>
  );

  if (current.loading) return <LoadingSkeleton variant="list" />;
  if (!workspaceId) return <Text>{t('reviewCycles.noWorkspace')}</Text>;
  if (!current.may('openReviewCycle')) return <NotAllowed body={t('reviewCycles.open.notAllowed')} />;

  let body: React.ReactNode;
  if (workspaceQuery.error && !workspaceQuery.data)
    body = <QueryError error={workspaceQuery.error} onRetry={() => void workspaceQuery.refetch()} />;
  else if (!workspaceQuery.data) body = <LoadingSkeleton variant="list" />;
  else if (profiles.length === 0)
    body = (
      <EmptyState
        title={t('reviewCycles.open.noProfilesTitle')}
        action={
          <Anchor component={Link} to="/profiles">
            {t('reviewCycles.goToProfiles')}
          </Anchor>
        }
      >
        {t('reviewCycles.emptyNoProfiles')}
      </EmptyState>
    );
  else
    body = (
      <Stack gap="xl">
        <NativeSelect
          label={t('reviewCycles.open.profileLabel')}
          description={t('reviewCycles.open.profileHint')}
          value={profileKnown ? profileId : ''}
          onChange={(e) => setParams(e.currentTarget.value ? { profileId: e.currentTarget.value } : {}, { replace: true })}
          data={[
            { value: '', label: t('reviewCycles.open.profilePlaceholder'), disabled: true },
            ...profiles.map((p) => ({ value: p.id, label: `${p.title} (${p.edition})` })),
          ]}
          maw="40rem"
        />
        {!profileKnown ? null : profileQuery.error && !profileQuery.data ? (
          <QueryError error={profileQuery.error} onRetry={() => void profileQuery.refetch()} />
        ) : !profileQuery.data ? (
          <LoadingSkeleton variant="list" />
        ) : (
          // Keyed by profile: choosing another profile starts the form again (its sections differ).
          <OpenCycleForm
            key={profileId}
            profileId={profileId}
            sections={sections}
            organisations={organisations}
            onStale={() => void profileQuery.refetch()}
          />
        )}
      </Stack>
    );

  return (
    <>
      <PageHeader back={back} eyebrow={current.workspace?.name} title={t('reviewCycles.open.title')} description={t('reviewCycles.open.description')} />
      {body}
    </>
  );
}
