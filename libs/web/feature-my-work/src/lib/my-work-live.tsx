import { useSubscription } from '@mps/web-data-access';
import { useEffect, useRef } from 'react';
import { MY_WORK_EVENTS_SUBSCRIPTION } from './my-work-documents';

/** A burst of events (a cycle opening creates several tasks) costs one refetch. */
const REFETCH_DELAY_MS = 400;

/** What changes My work: tasks, review rounds, sign-offs, comments, assignments and statuses. */
const RELEVANT = /^(TASK_|REVIEW_CYCLE_|SIGNOFF_|COMMENT_|SECTION_ASSIGNED|SECTION_STATUS_CHANGED|SECTION_ARCHIVED)/;

function useProfileRefetch(profileId: string, refetch: () => void) {
  const timer = useRef<number | null>(null);
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  });
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  useSubscription(MY_WORK_EVENTS_SUBSCRIPTION, {
    variables: { profileId },
    onData: ({ data }) => {
      const type = data.data?.profileEvents.type ?? '';
      if (!RELEVANT.test(type) || timer.current !== null) return;
      timer.current = window.setTimeout(() => {
        timer.current = null;
        latest.current();
      }, REFETCH_DELAY_MS);
    },
  });
}

/** One live follower per profile (hooks cannot loop, components can). */
export function MyWorkLive({ profileIds, refetch }: { profileIds: readonly string[]; refetch: () => void }) {
  return profileIds.map((id) => <ProfileFollower key={id} profileId={id} refetch={refetch} />);
}

function ProfileFollower({ profileId, refetch }: { profileId: string; refetch: () => void }) {
  useProfileRefetch(profileId, refetch);
  return null;
}
