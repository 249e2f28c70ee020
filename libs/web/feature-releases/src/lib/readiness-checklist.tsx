import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@mps/web-data-access';
import type { ReleaseReadinessQuery } from '@mps/web-data-access';
import { LoadingSkeleton } from '@mps/web-ui';
import { QueryError } from '@mps/web-util';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RELEASE_READINESS_QUERY } from './releases-documents';

type Blocker = ReleaseReadinessQuery['releaseReadiness']['items'][number];

/** Where each blocker is fixed: its section, or the review cycle with the unresolved threads. */
export function blockerLink(profileId: string, blocker: Pick<Blocker, 'sectionId' | 'reviewCycleId'>): string | null {
  if (blocker.sectionId) return `/profiles/${profileId}/sections/${blocker.sectionId}`;
  if (blocker.reviewCycleId) return `/review-cycles/${blocker.reviewCycleId}`;
  return null;
}

/** The release gate as a checklist: every blocker in the server's words, each a link to where it is fixed. */
export function ReadinessChecklist({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RELEASE_READINESS_QUERY, {
    variables: { profileId },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingSkeleton variant="table" />;
  const { ready, items } = data.releaseReadiness;
  if (ready) {
    return (
      <Alert color="green" variant="light" icon={<IconCircleCheck size={20} aria-hidden />} title={t('releases.readyTitle')}>
        {t('releases.readyBody')}
      </Alert>
    );
  }
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('releases.blockedTitle', { count: items.length })}>
      <Text size="sm" mb="xs">
        {t('releases.blockedBody')}
      </Text>
      <List size="sm" spacing={4} aria-label={t('releases.blockersLabel')}>
        {items.map((blocker, index) => {
          const to = blockerLink(profileId, blocker);
          return (
            <List.Item key={`${blocker.kind}-${blocker.sectionId ?? blocker.reviewCycleId ?? ''}-${index}`}>
              {to ? (
                <Anchor component={Link} to={to}>
                  {blocker.message}
                </Anchor>
              ) : (
                blocker.message
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
