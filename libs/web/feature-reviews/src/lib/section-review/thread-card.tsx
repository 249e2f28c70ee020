import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconCheck, IconFocus2, IconRotate } from '@tabler/icons-react';
import { useMutation, describeError, getFragmentData, type ReviewCommentFieldsFragment, type ReviewReplyFieldsFragment, type ReviewThreadFieldsFragment } from '@mps/web-data-access';
import { formatDateTime, FormError } from '@mps/web-ui';
import { problemMessage, type SuggestionToApply } from '@mps/web-util';
import { Suspense, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RESOLVE_COMMENT_MUTATION,
  REVIEW_COMMENT_FIELDS,
  REVIEW_REPLY_FIELDS,
} from './section-review-documents';
import { DeclineForm, DispositionForm, ReplyForm } from './lazy-review-forms';
import classes from './section-review.module.css';

export interface ThreadCardProps {
  thread: ReviewThreadFieldsFragment;
  sectionId: string;
  /** The section's current revision (replies are written reading it). */
  currentRevisionId: string | null;
  selected: boolean;
  /** The person may comment on the section now (replies). */
  canComment: boolean;
  /** The person may save the section (applying a suggestion is offered). */
  canEdit: boolean;
  /** The suggestion is in the person's unsaved text. */
  pendingInDraft: boolean;
  onSelect(): void;
  onShowPassage(): void;
  onApplySuggestion(suggestion: SuggestionToApply): void;
  /** The thread's element, to move focus to it from its passage. */
  ref?: Ref<HTMLElement>;
}


/** A long quote shortened for an accessible name. */
const excerpt = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 57)}…` : quote);

const orgLabel = (o: { name: string; acronym: string | null }) => o.acronym || o.name;

/** Who wrote a comment, for which organisation, and when. */
function Byline({ comment }: { comment: ReviewCommentFieldsFragment | ReviewReplyFieldsFragment }) {
  return (
    <Text size="xs" c="dimmed">
      <Text span size="sm" fw={600} c="var(--mantine-color-text)">
        <bdi>{comment.author.displayName}</bdi>
      </Text>
      {' · '}
      <abbr title={comment.organization.name} style={{ textDecoration: 'none' }}>
        <bdi>{orgLabel(comment.organization)}</bdi>
      </abbr>
      {' · '}
      <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
    </Text>
  );
}

/**
 * One thread in the panel: its passage (or that the passage was removed, quote kept), the comment, its suggested
 * wording with Apply / Decline, the disposition, the replies and a reply box, and Resolve / Reopen.
 */
export function ThreadCard({
  thread,
  sectionId,
  currentRevisionId,
  selected,
  canComment,
  canEdit,
  pendingInDraft,
  onSelect,
  onShowPassage,
  onApplySuggestion,
  ref,
}: ThreadCardProps) {
  const { t } = useTranslation();
  const comment = getFragmentData(REVIEW_COMMENT_FIELDS, thread);
  const replies = getFragmentData(REVIEW_REPLY_FIELDS, thread.replies);
  const [error, setError] = useState<string | null>(null);
  const [resolve, { loading: resolving }] = useMutation(RESOLVE_COMMENT_MUTATION);
  const anchor = comment.anchor;
  const onCurrent = anchor && !anchor.orphaned && anchor.revisionId === currentRevisionId;
  const cycleOpen = !comment.reviewCycle || comment.reviewCycle.status === 'OPEN';

  const toggleResolved = async () => {
    setError(null);
    // Selected, the thread stays listed under "Open" once resolved: "Reopen" stays at hand as an undo.
    onSelect();
    try {
      await resolve({ variables: { id: comment.id, resolved: !comment.resolved } });
    } catch (err) {
      setError(problemMessage(t, describeError(err)));
    }
  };

  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-label={
        anchor
          ? t('sectionReview.threadByOn', { author: comment.author.displayName, quote: excerpt(anchor.quote) })
          : t('sectionReview.threadBy', { author: comment.author.displayName })
      }
      className={classes.thread}
      data-selected={selected || undefined}
      data-resolved={comment.resolved || undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={(event) => {
        // Clicks on the thread's own controls do their own thing.
        if (!(event.target as HTMLElement).closest('button, a, input, textarea, select, [role="combobox"], [role="option"]')) onSelect();
      }}
    >
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" gap={4} wrap="wrap">
          <h3 style={{ margin: 0, fontSize: 'inherit', fontWeight: 'inherit' }}>
            <Byline comment={comment} />
          </h3>
          <Group gap={4}>
            {comment.internal ? (
              <Badge size="sm" variant="outline" color="gray" tt="none" radius="sm">
                {t('sectionReview.internal')}
              </Badge>
            ) : null}
            {comment.resolved ? (
              <Badge size="sm" variant="outline" color="green" tt="none" radius="sm" leftSection={<IconCheck size={12} aria-hidden />}>
                {t('sectionReview.resolved')}
              </Badge>
            ) : null}
          </Group>
        </Group>

        {anchor ? (
          <div>
            {anchor.orphaned ? (
              <Text size="xs" fw={600} c="#505a5f">
                {t('sectionReview.orphaned')}
              </Text>
            ) : null}
            <blockquote className={classes.quote} data-orphaned={anchor.orphaned || undefined}>
              {anchor.quote}
            </blockquote>
            {onCurrent ? (
              <Button variant="subtle" size="compact-xs" mt={2} leftSection={<IconFocus2 size={14} aria-hidden />} onClick={onShowPassage}>
                {t('sectionReview.showPassage')}
              </Button>
            ) : null}
          </div>
        ) : null}

        <p className={classes.body}>{comment.body}</p>

        {comment.suggestion ? (
          <SuggestionBlock
            comment={comment}
            canApply={canEdit && comment.canAnswer && Boolean(anchor) && !anchor?.orphaned}
            pendingInDraft={pendingInDraft}
            onApply={() =>
              anchor &&
              comment.suggestion &&
              onApplySuggestion({
                commentId: comment.id,
                revisionId: anchor.revisionId,
                start: anchor.start,
                end: anchor.end,
                quote: anchor.quote,
                text: comment.suggestion.text,
              })
            }
          />
        ) : null}

        {!comment.internal ? <DispositionBlock comment={comment} /> : null}

        {replies.length ? (
          <ul className={classes.replies} aria-label={t('sectionReview.repliesLabel', { count: replies.length })}>
            {replies.map((reply) => (
              <li key={reply.id}>
                <Byline comment={reply} />
                <p className={classes.body}>{reply.body}</p>
              </li>
            ))}
          </ul>
        ) : null}

        {error ? <FormError>{error}</FormError> : null}

        <Group gap="xs">
          {comment.canResolve ? (
            <Button
              size="compact-sm"
              variant="default"
              loading={resolving}
              leftSection={comment.resolved ? <IconRotate size={14} aria-hidden /> : <IconCheck size={14} aria-hidden />}
              onClick={() => void toggleResolved()}
            >
              {comment.resolved ? t('sectionReview.reopen') : t('sectionReview.resolve')}
            </Button>
          ) : null}
        </Group>

        {canComment && cycleOpen && currentRevisionId ? (
          <Suspense fallback={null}>
            <ReplyForm sectionId={sectionId} threadId={comment.id} revisionId={currentRevisionId} author={comment.author.displayName} />
          </Suspense>
        ) : null}
      </Stack>
    </article>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Old and new wording, and what became of it. */
function SuggestionBlock({
  comment,
  canApply,
  pendingInDraft,
  onApply,
}: {
  comment: ReviewCommentFieldsFragment;
  canApply: boolean;
  pendingInDraft: boolean;
  onApply(): void;
}) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const suggestion = comment.suggestion!;
  let outcome: ReactNode = null;
  if (suggestion.status === 'APPLIED') {
    outcome = comment.suggestionAppliedIn
      ? t('sectionReview.appliedIn', { number: comment.suggestionAppliedIn.number })
      : t('sectionReview.applied');
  } else if (suggestion.status === 'DECLINED') {
    outcome = t('sectionReview.declined', { reason: suggestion.declineReason ?? '' });
  } else if (pendingInDraft) {
    outcome = t('sectionReview.inYourDraft');
  }
  return (
    <div className={classes.suggestion} role="group" aria-label={t('sectionReview.suggestionLabel')}>
      <Text size="xs" fw={700} mb={4}>
        {t('sectionReview.suggestionLabel')}
      </Text>
      {suggestion.status === 'APPLIED' ? (
        // Once applied, the passage follows the new wording: the anchor's quote is no longer the old text.
        <Text size="sm">
          <ins className={classes.newWording}>{suggestion.text}</ins>
        </Text>
      ) : (
        <Text size="sm">
          <span className="visually-hidden" style={visuallyHidden}>
            {t('sectionReview.replace')}{' '}
          </span>
          <del className={classes.oldWording}>{comment.anchor?.quote ?? ''}</del>{' '}
          <IconArrowRight size={14} aria-label={t('sectionReview.with')} style={{ verticalAlign: 'middle' }} />{' '}
          <ins className={classes.newWording}>{suggestion.text}</ins>
        </Text>
      )}
      {outcome ? (
        <Text size="sm" mt={4} fw={600}>
          {outcome}
        </Text>
      ) : null}
      {suggestion.status === 'PENDING' && !pendingInDraft && (canApply || comment.canAnswer) && !declining ? (
        <Group gap="xs" mt={6}>
          {canApply ? (
            <Button size="compact-sm" onClick={onApply}>
              {t('sectionReview.applyInEditor')}
            </Button>
          ) : null}
          {comment.canAnswer ? (
            <Button size="compact-sm" variant="default" onClick={() => setDeclining(true)}>
              {t('sectionReview.decline')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {declining ? (
        <Suspense fallback={null}>
          <DeclineForm commentId={comment.id} onDone={() => setDeclining(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** The disposition as a tag once recorded; the form for those who answer comments. */
function DispositionBlock({ comment }: { comment: ReviewCommentFieldsFragment }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const recorded = comment.disposition;
  return (
    <div>
      {recorded ? (
        <Stack gap={2}>
          <Group gap={6}>
            <Badge size="sm" variant="light" color={recorded.value === 'NOT_ACCEPTED' ? 'gray' : 'teal'} tt="none" radius="sm">
              {t(`sectionReview.disposition.${recorded.value}`)}
            </Badge>
            {comment.dispositionBy ? (
              <Text size="xs" c="dimmed">
                {t('sectionReview.dispositionBy', { name: comment.dispositionBy.displayName })}
              </Text>
            ) : null}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {recorded.reason}
          </Text>
        </Stack>
      ) : null}
      {comment.canAnswer && !editing ? (
        <Button size="compact-sm" variant="subtle" mt={4} onClick={() => setEditing(true)}>
          {recorded ? t('sectionReview.changeDisposition') : t('sectionReview.recordDisposition')}
        </Button>
      ) : null}
      {editing ? (
        <Suspense fallback={null}>
          <DispositionForm comment={comment} onDone={() => setEditing(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
