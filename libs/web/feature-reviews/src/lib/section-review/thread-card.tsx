import { Badge, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowRight, IconCheck, IconFocus2, IconRotate } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { commentBodySchema, INPUT_LIMITS, reasonSchema } from '@mps/shared-domain';
import {
  describeError,
  getFragmentData,
  type Disposition,
  type ReviewCommentFieldsFragment,
  type ReviewReplyFieldsFragment,
  type ReviewThreadFieldsFragment,
} from '@mps/web-data-access';
import { formatDateTime, FormError } from '@mps/web-ui';
import { problemMessage, showProblem, useSchemaForm, type SuggestionToApply } from '@mps/web-util';
import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  ADD_COMMENT_MUTATION,
  DECLINE_SUGGESTION_MUTATION,
  RESOLVE_COMMENT_MUTATION,
  REVIEW_COMMENT_FIELDS,
  REVIEW_REPLY_FIELDS,
  SET_DISPOSITION_MUTATION,
} from './section-review-documents';
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

const DISPOSITIONS: readonly Disposition[] = ['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'];

/** A long quote shortened for an accessible name. */
const excerpt = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 57)}…` : quote);

const orgLabel = (o: { name: string; acronym: string | null }) => o.acronym || o.name;

/** Who wrote a comment, for which organisation, and when. */
function Byline({ comment }: { comment: ReviewCommentFieldsFragment | ReviewReplyFieldsFragment }) {
  return (
    <Text size="xs" c="dimmed">
      <Text span size="sm" fw={600} c="var(--mantine-color-text)">
        {comment.author.displayName}
      </Text>
      {' · '}
      <abbr title={comment.organization.name} style={{ textDecoration: 'none' }}>
        {orgLabel(comment.organization)}
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
          <ReplyForm sectionId={sectionId} threadId={comment.id} revisionId={currentRevisionId} author={comment.author.displayName} />
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
      {declining ? <DeclineForm commentId={comment.id} onDone={() => setDeclining(false)} /> : null}
    </div>
  );
}

const reasonFormSchema = z.object({ reason: reasonSchema });

function DeclineForm({ commentId, onDone }: { commentId: string; onDone(): void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(reasonFormSchema, { reason: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [decline, { loading }] = useMutation(DECLINE_SUGGESTION_MUTATION);
  const submit = form.submitWith(async ({ reason }) => {
    setFormError(null);
    try {
      await decline({ variables: { commentId, reason } });
      onDone();
    } catch (err) {
      setFormError(showProblem(form, t, describeError(err), { reason: ['reason'] }));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('sectionReview.declineForm')}>
      <Stack gap="xs" mt={6}>
        {formError ? <FormError>{formError}</FormError> : null}
        <Textarea
          {...form.field('reason', t('sectionReview.declineReason'), { messageLabel: t('sectionReview.reasonMessageLabel') })}
          autosize
          minRows={2}
          maxLength={INPUT_LIMITS.reasonMax}
          autoFocus
        />
        <Group gap="xs">
          <Button type="submit" size="compact-sm" loading={loading}>
            {t('sectionReview.confirmDecline')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={onDone} disabled={loading}>
            {t('sectionReview.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
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
      {editing ? <DispositionForm comment={comment} onDone={() => setEditing(false)} /> : null}
    </div>
  );
}

const dispositionSchema = z.object({
  disposition: z.enum(['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'], { error: 'validation.selectOne' }),
  reason: reasonSchema,
});

function DispositionForm({ comment, onDone }: { comment: ReviewCommentFieldsFragment; onDone(): void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(dispositionSchema, {
    disposition: (comment.disposition?.value ?? null) as Disposition | null,
    reason: comment.disposition?.reason ?? '',
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [setDisposition, { loading }] = useMutation(SET_DISPOSITION_MUTATION);
  const submit = form.submitWith(async ({ disposition, reason }) => {
    setFormError(null);
    try {
      await setDisposition({ variables: { input: { commentId: comment.id, disposition, reason } } });
      onDone();
    } catch (err) {
      setFormError(showProblem(form, t, describeError(err), { reason: ['reason'], disposition: ['disposition'] }));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('sectionReview.dispositionForm')}>
      <Stack gap="xs" mt={6}>
        {formError ? <FormError>{formError}</FormError> : null}
        <Select
          {...form.field('disposition', t('sectionReview.dispositionLabel'), { messageLabel: t('sectionReview.dispositionLabel').toLowerCase() })}
          data={DISPOSITIONS.map((value) => ({ value, label: t(`sectionReview.disposition.${value}`) }))}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          {...form.field('reason', t('sectionReview.dispositionReason'), { messageLabel: t('sectionReview.reasonMessageLabel') })}
          autosize
          minRows={2}
          maxLength={INPUT_LIMITS.reasonMax}
        />
        <Group gap="xs">
          <Button type="submit" size="compact-sm" loading={loading}>
            {t('sectionReview.saveDisposition')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={onDone} disabled={loading}>
            {t('sectionReview.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const replySchema = z.object({ body: commentBodySchema });

function ReplyForm({ sectionId, threadId, revisionId, author }: { sectionId: string; threadId: string; revisionId: string; author: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(replySchema, { body: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [addComment, { loading }] = useMutation(ADD_COMMENT_MUTATION, { refetchQueries: ['SectionThreads'], awaitRefetchQueries: true });
  const submit = form.submitWith(async ({ body }) => {
    setFormError(null);
    try {
      await addComment({ variables: { input: { sectionId, revisionId, parentId: threadId, body } } });
      form.reset();
    } catch (err) {
      setFormError(showProblem(form, t, describeError(err), { body: ['body'] }));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('sectionReview.replyForm', { author })}>
      <Stack gap={6}>
        {formError ? <FormError>{formError}</FormError> : null}
        <Textarea
          {...form.field('body', t('sectionReview.replyLabel', { author }), { messageLabel: t('sectionReview.replyMessageLabel') })}
          autosize
          minRows={1}
          maxLength={INPUT_LIMITS.commentMax}
          styles={{ label: { fontSize: 'var(--mantine-font-size-xs)' } }}
        />
        <Group>
          <Button type="submit" size="compact-sm" variant="light" loading={loading}>
            {t('sectionReview.sendReply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
