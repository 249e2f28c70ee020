import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useMutation, describeError, type Disposition, type ReviewCommentFieldsFragment } from '@mps/web-data-access';
import { commentBodySchema, INPUT_LIMITS, reasonSchema } from '@mps/shared-domain';
import { FormError } from '@mps/web-ui';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ADD_COMMENT_MUTATION, DECLINE_SUGGESTION_MUTATION, SET_DISPOSITION_MUTATION } from './section-review-documents';

/** A thread's forms (reply, decline a suggestion, record a disposition): loaded with the other review forms (review-forms.ts). */

const DISPOSITIONS: readonly Disposition[] = ['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'];

const reasonFormSchema = z.object({ reason: reasonSchema });

export function DeclineForm({ commentId, onDone }: { commentId: string; onDone(): void }) {
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

const dispositionSchema = z.object({
  disposition: z.enum(['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'], { error: 'validation.selectOne' }),
  reason: reasonSchema,
});

export function DispositionForm({ comment, onDone }: { comment: ReviewCommentFieldsFragment; onDone(): void }) {
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

export function ReplyForm({ sectionId, threadId, revisionId, author }: { sectionId: string; threadId: string; revisionId: string; author: string }) {
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
