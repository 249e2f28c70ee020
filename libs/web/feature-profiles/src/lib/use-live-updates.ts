import { useDataClient, useSubscription, useAuth, useLiveReconnect } from '@mps/web-data-access';
import { SECTION_REVIEW_QUERY_NAMES } from '@mps/web-util';
import { useCallback, useEffect, useRef, useState } from 'react';
import { decideLiveAction, SECTION_SAVED, type LiveEvent } from './live-events';
import { PROFILE_EVENTS_SUBSCRIPTION, SECTION_QUERY } from './profile-documents';

/** Said about the open section when someone else saved it. */
export interface LiveNotice {
  /**
   * 'updated': the text shown was refreshed; 'newer-while-editing': the editor was left alone; 'commented' and
   * 'signed-off': someone else commented on or signed off the section (the panel was refreshed).
   */
  kind: 'updated' | 'newer-while-editing' | 'commented' | 'signed-off';
  sectionId: string;
  actorName: string | null;
  at: string;
}

export interface ProfileLiveUpdates {
  /** The notice for the open section, if any. */
  notice: LiveNotice | null;
  dismissNotice(): void;
  /** The section screen reports its section when it opens, and whenever it enters or leaves the editor. */
  setEditing(sectionId: string, editing: boolean): void;
  /** The section screen reports a successful save (so the draft is no longer behind). */
  sectionSaved(sectionId: string): void;
  /**
   * True when the section's text was fetched since the profile opened and no change to it was announced since: the
   * cache holds its latest version, so opening it again asks nothing. Live events keep that true (a save elsewhere
   * or a dropped connection makes it false, and the next visit fetches).
   */
  isFresh(sectionId: string): boolean;
  /** The section screen reports that it fetched (or is fetching) the section's text from the server. */
  markFresh(sectionId: string): void;
}

/** Bursts of outline changes (a coordinator reorganising) cost one refetch. */
const OUTLINE_REFETCH_DELAY_MS = 300;

/**
 * Follows profileEvents for the open profile and keeps the screen current
 * without disturbing anyone: outline changes by others refetch the outline
 * quietly; a new version of the section being read is fetched and announced; a
 * new version of the section being edited is announced and shown in the details
 * beside the editor, but the editor itself, the draft and the conflict flow on
 * save stay as they are. One's own events are ignored: the mutation already
 * updated the cache.
 */
export function useProfileLiveUpdates({
  profileId,
  openSectionId,
  refetchOutline,
}: {
  profileId: string;
  openSectionId: string | null;
  refetchOutline(): Promise<unknown>;
}): ProfileLiveUpdates {
  const client = useDataClient();
  const { user } = useAuth();
  const [notice, setNoticeState] = useState<LiveNotice | null>(null);
  const noticeRef = useRef<LiveNotice | null>(null);
  const setNotice = useCallback((next: LiveNotice | null) => {
    noticeRef.current = next;
    setNoticeState(next);
  }, []);

  // Kept in refs: events arrive outside React's render, and must see the latest state.
  const latest = useRef({ userId: user?.id ?? null, openSectionId, refetchOutline });
  useEffect(() => {
    latest.current = { userId: user?.id ?? null, openSectionId, refetchOutline };
  });
  const editingRef = useRef<{ sectionId: string | null; editing: boolean }>({ sectionId: null, editing: false });
  const isEditing = (sectionId: string | null) =>
    sectionId !== null && editingRef.current.sectionId === sectionId && editingRef.current.editing;

  const outlineTimer = useRef<number | null>(null);
  const scheduleOutlineRefetch = useCallback(() => {
    if (outlineTimer.current !== null) return;
    outlineTimer.current = window.setTimeout(() => {
      outlineTimer.current = null;
      latest.current.refetchOutline().catch(() => undefined);
    }, OUTLINE_REFETCH_DELAY_MS);
  }, []);
  useEffect(
    () => () => {
      if (outlineTimer.current !== null) window.clearTimeout(outlineTimer.current);
    },
    [],
  );

  const reloadSection = useCallback(
    (sectionId: string) =>
      client.query({ query: SECTION_QUERY, variables: { id: sectionId }, fetchPolicy: 'network-only' }).then(
        () => true,
        () => false,
      ),
    [client],
  );

  // The review side (threads, sign-offs) is another feature's: its queries are refetched by operation name.
  const refreshReview = useCallback(
    () => client.refetchQueries({ include: [...SECTION_REVIEW_QUERY_NAMES] }).then(
      () => true,
      () => false,
    ),
    [client],
  );

  // Sections whose text in the cache is current (see isFresh). Whoever saved, this tab may not have the new text.
  const fresh = useRef(new Set<string>());
  const isFresh = useCallback((sectionId: string) => fresh.current.has(sectionId), []);
  const markFresh = useCallback((sectionId: string) => void fresh.current.add(sectionId), []);

  const onEvent = (event: LiveEvent) => {
    const open = latest.current.openSectionId;
    if (event.type === SECTION_SAVED && event.sectionId && event.sectionId !== open) fresh.current.delete(event.sectionId);
    const action = decideLiveAction(event, {
      currentUserId: latest.current.userId,
      openSectionId: open,
      editing: isEditing(open),
    });
    switch (action.kind) {
      case 'ignore':
        return;
      case 'refetch-outline':
        scheduleOutlineRefetch();
        return;
      case 'warn-editor':
        setNotice({ kind: 'newer-while-editing', sectionId: action.sectionId, actorName: action.actorName, at: action.at });
        // The details and history beside the editor (and the outline's status) catch up; the
        // editor keeps its own copy and base revision, so saving still meets the conflict flow.
        void reloadSection(action.sectionId);
        return;
      case 'cycle-changed':
        scheduleOutlineRefetch();
        void refreshReview();
        return;
      case 'refresh-review':
        if (action.outline) scheduleOutlineRefetch();
        void refreshReview().then((ok) => {
          const { notice: kind } = action;
          if (!ok || !kind || latest.current.openSectionId !== action.sectionId) return;
          // A newer version while editing matters more than a comment: it stays.
          if (noticeRef.current?.sectionId === action.sectionId && noticeRef.current.kind === 'newer-while-editing') return;
          setNotice({ kind, sectionId: action.sectionId, actorName: action.actorName, at: action.at });
        });
        return;
      case 'reload-section':
        // The section's status in the outline comes with it (same cache entry).
        void reloadSection(action.sectionId).then((ok) => {
          if (!ok || latest.current.openSectionId !== action.sectionId) return;
          // The editor may have opened meanwhile, on the text as it was before.
          const kind = isEditing(action.sectionId) ? 'newer-while-editing' : 'updated';
          setNotice({ kind, sectionId: action.sectionId, actorName: action.actorName, at: action.at });
        });
        return;
    }
  };
  const onEventRef = useRef(onEvent);
  useEffect(() => {
    onEventRef.current = onEvent;
  });

  useSubscription(PROFILE_EVENTS_SUBSCRIPTION, {
    variables: { profileId },
    skip: !profileId,
    // Events are signals, not data to keep.
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: ({ data }) => {
      const event = data.data?.profileEvents;
      if (event) onEventRef.current(event);
    },
  });

  // Back after a dropped connection: events may have been missed.
  useLiveReconnect(() => {
    fresh.current.clear();
    scheduleOutlineRefetch();
    const open = latest.current.openSectionId;
    if (open) void reloadSection(open);
    void refreshReview();
  });

  const setEditing = useCallback(
    (sectionId: string, editing: boolean) => {
      editingRef.current = { sectionId, editing };
      const current = noticeRef.current;
      if (!current) return;
      // A notice belongs to the section it is about: another section starts without one.
      if (current.sectionId !== sectionId) {
        setNotice(null);
        return;
      }
      if (editing && current.kind !== 'newer-while-editing') {
        setNotice(null);
      } else if (!editing && current.kind === 'newer-while-editing') {
        // Back to reading: show the newer version, and say whose it is.
        void reloadSection(sectionId).then((ok) => {
          if (noticeRef.current !== current) return;
          setNotice(ok ? { ...current, kind: 'updated' } : null);
        });
      }
    },
    [reloadSection, setNotice],
  );

  const sectionSaved = useCallback(
    (sectionId: string) => {
      // Saving succeeded, so it was based on the newest version (or combined with it).
      if (noticeRef.current?.sectionId === sectionId && noticeRef.current.kind === 'newer-while-editing') setNotice(null);
    },
    [setNotice],
  );

  const dismissNotice = useCallback(() => setNotice(null), [setNotice]);

  return {
    notice: notice && notice.sectionId === openSectionId ? notice : null,
    dismissNotice,
    setEditing,
    sectionSaved,
    isFresh,
    markFresh,
  };
}
