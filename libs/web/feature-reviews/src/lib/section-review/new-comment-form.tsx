import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { commentBodySchema, INPUT_LIMITS, suggestionSchema } from '@mps/shared-domain';
import { describeError, getFragmentData } from '@mps/web-data-access';
import { FormError } from '@mps/web-ui';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { SelectedPassage } from './review-scope';
import { ADD_COMMENT_MUTATION, REVIEW_COMMENT_FIELDS } from './section-review-documents';
import classes from './section-review.module.css';

const newCommentSchema = z.object({ body: commentBodySchema, suggestion: suggestionSchema });

export interface NewCommentFormProps {
  sectionId: string;
  /** The revision the person is reading. */
  revisionId: string;
  /** The passage commented on, or null for the section as a whole. */
  passage: SelectedPassage | null;
  /** Where the comment goes: the open cycle's title, or null for an internal comment. */
  cycleTitle: string | null;
  onDone(commentId: string | null): void;
}

/**
 * A new thread: on the selected passage (with optional suggested wording) or on the section, in the latest open
 * cycle holding the section (named), or internal when there is none (coordinators and focal points only).
 */
export function NewCommentForm({ sectionId, revisionId, passage, cycleTitle, onDone }: NewCommentFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(newCommentSchema, { body: '', suggestion: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [addComment, { loading }] = useMutation(ADD_COMMENT_MUTATION, { refetchQueries: ['SectionThreads'], awaitRefetchQueries: true });

  const submit = form.submitWith(async ({ body, suggestion }) => {
    setFormError(null);
    try {
      const result = await addComment({
        variables: {
          input: {
            sectionId,
            revisionId,
            body,
            ...(passage ? { anchor: { start: passage.start, end: passage.end, quote: passage.quote } } : {}),
            ...(passage && suggestion ? { suggestion } : {}),
          },
        },
      });
      const added = result.data ? getFragmentData(REVIEW_COMMENT_FIELDS, result.data.addComment) : null;
      onDone(added?.id ?? null);
    } catch (err) {
      setFormError(showProblem(form, t, describeError(err), { body: ['body'], suggestion: ['suggestion'] }));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('sectionReview.newCommentForm')}>
      <Stack gap="sm">
        {formError ? <FormError>{formError}</FormError> : null}
        <Text size="sm">{cycleTitle ? t('sectionReview.goesToCycle', { title: cycleTitle }) : t('sectionReview.goesInternal')}</Text>
        {passage ? (
          <div>
            <Text size="xs" fw={700}>
              {t('sectionReview.onPassage')}
            </Text>
            <blockquote className={classes.quote}>{passage.quote}</blockquote>
          </div>
        ) : (
          <Text size="sm" c="dimmed">
            {t('sectionReview.wholeSection')}
          </Text>
        )}
        <Textarea
          {...form.field('body', t('sectionReview.commentLabel'), { messageLabel: t('sectionReview.commentMessageLabel') })}
          autosize
          minRows={3}
          maxLength={INPUT_LIMITS.commentMax}
          autoFocus
        />
        {passage ? (
          <Textarea
            {...form.field('suggestion', t('sectionReview.suggestionField'))}
            description={t('sectionReview.suggestionHint')}
            autosize
            minRows={2}
            maxLength={INPUT_LIMITS.commentMax}
          />
        ) : null}
        <Group gap="xs">
          <Button type="submit" size="sm" loading={loading}>
            {t('sectionReview.postComment')}
          </Button>
          <Button size="sm" variant="default" onClick={() => onDone(null)} disabled={loading}>
            {t('sectionReview.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
