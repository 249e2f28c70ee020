import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, describeError, getFragmentData } from '@mps/web-data-access';
import { commentBodySchema, INPUT_LIMITS, suggestionSchema } from '@mps/shared-domain';
import { FormError } from '@mps/web-ui';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { sentencesOf } from './passages';
import type { SelectedPassage } from './review-scope';
import { ADD_COMMENT_MUTATION, REVIEW_COMMENT_FIELDS } from './section-review-documents';
import classes from './section-review.module.css';

const newCommentSchema = z.object({ body: commentBodySchema, suggestion: suggestionSchema });

export interface NewCommentFormProps {
  sectionId: string;
  /** The revision the person is reading. */
  revisionId: string;
  /** The passage selected in the text when the form opened, or null for the section as a whole. */
  passage: SelectedPassage | null;
  /** The text of revision `revisionId`, whose sentences can be chosen as the passage (null: no choice offered). */
  text: string | null;
  /** Where the comment goes: the open cycle's title, or null for an internal comment. */
  cycleTitle: string | null;
  onDone(commentId: string | null): void;
}

/** How much of a sentence an option of "What you comment on" shows (the whole passage is quoted below it). */
const OPTION_CHARS = 90;
const WHOLE = 'section';
const SELECTED = 'selection';

/**
 * A new thread: on a passage (with optional suggested wording) or on the section, in the latest open cycle holding
 * the section (named), or internal when there is none (coordinators and focal points only). The passage is the one
 * selected in the text, or a sentence chosen in "What you comment on": a native list, so that it is chosen with the
 * keyboard (arrow keys, or typing the sentence's first letters) as well as with a mouse.
 */
export function NewCommentForm({ sectionId, revisionId, passage: selected, text, cycleTitle, onDone }: NewCommentFormProps) {
  const { t, i18n } = useTranslation();
  const [passage, setPassage] = useState<SelectedPassage | null>(selected);
  const sentences = useMemo(() => (text ? sentencesOf(text, i18n.language) : []), [text, i18n.language]);
  const sentenceIndex = passage ? sentences.findIndex((s) => s.start === passage.start && s.end === passage.end) : -1;
  const choice = !passage ? WHOLE : sentenceIndex >= 0 ? String(sentenceIndex) : SELECTED;
  // A passage selected in the text that is no single sentence stays among the choices.
  const selectedElsewhere = selected !== null && !sentences.some((s) => s.start === selected.start && s.end === selected.end);
  const short = (quote: string) => (quote.length > OPTION_CHARS ? `${quote.slice(0, OPTION_CHARS - 1).trimEnd()}…` : quote);
  const choose = (value: string) => {
    if (value === WHOLE) return setPassage(null);
    if (value === SELECTED) return setPassage(selected);
    const sentence = sentences[Number(value)];
    if (sentence) setPassage({ revisionId, ...sentence });
  };
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
        {sentences.length ? (
          <NativeSelect
            size="sm"
            label={t('sectionReview.commentOnField')}
            description={t('sectionReview.commentOnHint')}
            value={choice}
            onChange={(event) => choose(event.currentTarget.value)}
            data={[
              { value: WHOLE, label: t('sectionReview.commentOnWhole') },
              ...(selected && selectedElsewhere ? [{ value: SELECTED, label: t('sectionReview.commentOnSelected', { quote: short(selected.quote) }) }] : []),
              ...sentences.map((sentence, i) => ({ value: String(i), label: short(sentence.quote) })),
            ]}
          />
        ) : !passage ? (
          <Text size="sm" c="dimmed">
            {t('sectionReview.commentOnWhole')}
          </Text>
        ) : null}
        {passage ? (
          <div>
            <Text size="xs" fw={700}>
              {t('sectionReview.onPassage')}
            </Text>
            <blockquote className={classes.quote}>{passage.quote}</blockquote>
          </div>
        ) : null}
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
