import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconMessagePlus, IconMessages } from '@tabler/icons-react';
import { useQuery, getFragmentData, useAuth } from '@mps/web-data-access';
import { formatDate, LoadingSkeleton } from '@mps/web-ui';
import { QueryError, type SectionReviewPanelProps } from '@mps/web-util';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadReviewForms, NewCommentForm } from './lazy-review-forms';
import { useReviewScope } from './review-scope';
import { REVIEW_COMMENT_FIELDS, REVIEW_REPLY_FIELDS, REVIEW_THREAD_FIELDS, SECTION_REVIEW_QUERY, SECTION_THREADS_QUERY } from './section-review-documents';
import classes from './section-review.module.css';
import { SignOffBox } from './sign-off-box';
import { ThreadCard } from './thread-card';
import { filterThreads, organizationCounts, statusCounts, type ThreadStatusFilter } from './threads';

const STATUS_FILTERS: readonly ThreadStatusFilter[] = ['open', 'resolved', 'mine', 'all'];

/** Beside the text: the section's sign-off state, then its comment threads with filters and the new-comment form. */
export function ReviewPanel({ sectionId, revision, canEdit, pendingSuggestionIds, onApplySuggestion }: SectionReviewPanelProps) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const userId = user?.id ?? null;
  const scope = useReviewScope();
  const { data, error, refetch } = useQuery(SECTION_REVIEW_QUERY, { variables: { id: sectionId } });
  const threadsQuery = useQuery(SECTION_THREADS_QUERY, { variables: { id: sectionId } });
  const section = data?.section;
  const comments = threadsQuery.data?.section.comments;
  const refetchThreads = threadsQuery.refetch;
  const [status, setStatus] = useState<ThreadStatusFilter>('open');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const commentButton = useRef<HTMLButtonElement>(null);
  // The forms (reply, sign-off, new comment) arrive while the threads load: ready before anyone can use them.
  useEffect(() => void loadReviewForms().catch(() => undefined), []);

  // A new revision (saved here or by someone else) moves anchors and may record applied suggestions.
  const revisionId = revision?.id ?? null;
  const firstRevision = useRef(revisionId);
  useEffect(() => {
    if (revisionId === firstRevision.current) return;
    firstRevision.current = revisionId;
    void refetch().catch(() => undefined);
    void refetchThreads().catch(() => undefined);
  }, [revisionId, refetch, refetchThreads]);

  const threads = useMemo(() => getFragmentData(REVIEW_THREAD_FIELDS, comments ?? []), [comments]);
  const openers = useMemo(() => threads.map((thread) => ({ ...getFragmentData(REVIEW_COMMENT_FIELDS, thread), thread })), [threads]);
  const filterable = useMemo(
    () => openers.map((o) => ({ ...o, replies: getFragmentData(REVIEW_REPLY_FIELDS, o.thread.replies) })),
    [openers],
  );
  // The selected thread stays listed whatever the filters (resolving it under "Open" does not make it vanish, and a
  // passage activated in the text always finds its thread).
  const selectedId = scope.selectedThreadId;
  const matching = new Set(filterThreads(filterable, { status, organizationId }, userId).map((o) => o.id));
  const shown = filterable.filter((o) => matching.has(o.id) || o.id === selectedId);
  const counts = statusCounts(filterable, organizationId, userId);
  const organisations = organizationCounts(filterable, status, userId);

  // A passage activated in the text, or a link to a thread: show the thread (whatever the filters) and move focus to
  // it, once. A linked thread is not listed until both of the panel's queries have answered, in either order: the
  // effect runs after every render (it returns at once when there is nothing to do) until the thread's card is there.
  const threadFocus = scope.threadFocus;
  const focusDone = useRef(0);
  useEffect(() => {
    if (!threadFocus || focusDone.current === threadFocus.seq || !cards.current.has(threadFocus.threadId)) return;
    const focus = () => {
      const card = cards.current.get(threadFocus.threadId);
      if (!card || focusDone.current === threadFocus.seq) return;
      focusDone.current = threadFocus.seq;
      card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      card.focus({ preventScroll: true });
    };
    // After the list has rendered the (now selected) thread.
    const id = window.setTimeout(focus, 0);
    return () => window.clearTimeout(id);
  });

  const failed = (error && !section) || (threadsQuery.error && !comments);
  if (failed) {
    return (
      <QueryError
        error={error ?? threadsQuery.error}
        onRetry={() => {
          void refetch().catch(() => undefined);
          void refetchThreads().catch(() => undefined);
        }}
      />
    );
  }
  if (!section || !comments) {
    return (
      <div className={classes.panelSection}>
        <LoadingSkeleton rows={3} label={t('sectionReview.loading')} />
      </div>
    );
  }

  const openCycle = section.reviewCycles.find((c) => c.status === 'OPEN') ?? null;
  const lastClosed = !openCycle ? section.reviewCycles.find((c) => c.status === 'CLOSED') : undefined;
  const composing = scope.composing;
  const canComment = section.canComment && Boolean(revision);

  return (
    <>
      <SignOffBox section={section} />
      <section aria-labelledby="comments-heading" className={classes.panelSection}>
        <Group gap={6} mb="xs" wrap="nowrap" justify="space-between">
          <Group gap={6} wrap="nowrap">
            <IconMessages size={18} aria-hidden />
            <Title order={2} size="h5" id="comments-heading">
              {t('sectionReview.commentsTitle')}
            </Title>
          </Group>
        </Group>

        {canComment && !composing ? (
          <Button
            ref={commentButton}
            size="sm"
            variant="light"
            mb="sm"
            fullWidth
            leftSection={<IconMessagePlus size={16} aria-hidden />}
            onClick={() => scope.startComment(scope.selection)}
          >
            {scope.selection ? t('sectionReview.commentOnSelection') : t('sectionReview.commentOnSection')}
          </Button>
        ) : null}
        {canComment && !composing && !scope.selection ? (
          <Text size="xs" c="dimmed" mb="sm">
            {t('sectionReview.selectHint')}
          </Text>
        ) : null}
        {!section.canComment && lastClosed ? (
          <Text size="sm" c="dimmed" mb="sm">
            {t('sectionReview.cycleClosed', { title: lastClosed.title, date: formatDate(lastClosed.closesAt) })}
          </Text>
        ) : null}

        {composing && revision ? (
          <div className={classes.thread} style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
            <Suspense fallback={null}>
              <NewCommentForm
                key={composing.seq}
                sectionId={sectionId}
                revisionId={composing.passage?.revisionId ?? revision.id}
                passage={composing.passage}
                text={!composing.passage || composing.passage.revisionId === revision.id ? revision.text : null}
                cycleTitle={openCycle?.title ?? null}
                onDone={(commentId) => {
                  scope.stopComment();
                  if (commentId) {
                    setStatus('open');
                    setOrganizationId(null);
                    scope.selectThread(commentId, { focusThread: true });
                  } else {
                    window.setTimeout(() => commentButton.current?.focus(), 0);
                  }
                }}
              />
            </Suspense>
          </div>
        ) : null}

        {openers.length ? (
          <Stack gap="xs" mb="sm">
            {/* Toggle buttons rather than a segmented control: they wrap in a narrow panel and at 200% zoom. */}
            <Group gap={4} role="group" aria-label={t('sectionReview.filterLabel')}>
              {STATUS_FILTERS.map((value) => (
                <Button
                  key={value}
                  size="compact-sm"
                  radius="xl"
                  variant={status === value ? 'filled' : 'default'}
                  aria-pressed={status === value}
                  onClick={() => setStatus(value)}
                >
                  {t(`sectionReview.filter.${value}`, { count: counts[value] })}
                </Button>
              ))}
            </Group>
            {organisations.length > 1 ? (
              <NativeSelect
                size="xs"
                label={t('sectionReview.organisationFilter')}
                value={organizationId ?? ''}
                onChange={(event) => setOrganizationId(event.currentTarget.value || null)}
                data={[
                  { value: '', label: t('sectionReview.allOrganisations') },
                  ...organisations.map((o) => ({ value: o.id, label: `${o.acronym || o.name} (${o.count})` })),
                ]}
              />
            ) : null}
          </Stack>
        ) : null}

        <div role="status" aria-live="polite" style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
          {openers.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('sectionReview.noThreads')}
            </Text>
          ) : shown.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('sectionReview.noThreadsFiltered')}
            </Text>
          ) : null}
        </div>

        <Stack gap="sm" component="div" aria-label={t('sectionReview.threadsLabel')} role="list">
          {shown.map((opener) => (
            <div role="listitem" key={opener.id}>
              <ThreadCard
                ref={(node) => {
                  if (node) cards.current.set(opener.id, node);
                  else cards.current.delete(opener.id);
                }}
                thread={opener.thread}
                sectionId={sectionId}
                currentRevisionId={revision?.id ?? null}
                selected={scope.selectedThreadId === opener.id}
                canComment={section.canComment}
                canEdit={canEdit}
                pendingInDraft={pendingSuggestionIds.includes(opener.id)}
                onSelect={() => scope.selectThread(opener.id)}
                onShowPassage={() => scope.showPassage(opener.id)}
                onApplySuggestion={onApplySuggestion}
              />
            </div>
          ))}
        </Stack>
      </section>
    </>
  );
}
