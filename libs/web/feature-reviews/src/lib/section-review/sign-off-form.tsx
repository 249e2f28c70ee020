import { Badge, Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation, describeError, hasErrorCode, type SignOffDecision } from '@mps/web-data-access';
import { INPUT_LIMITS, reasonSchema, signOffNoteSchema } from '@mps/shared-domain';
import { FormError } from '@mps/web-ui';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SIGN_OFF_MUTATION } from './section-review-documents';

/** Approving a revision or asking for changes (SignOffBox): loaded with the other review forms (review-forms.ts). */

const approveSchema = z.object({ note: signOffNoteSchema });
const requestSchema = z.object({ note: reasonSchema });

export function SignOffForm({
  sectionId,
  revision,
  decision,
  onCancel,
  onConflict,
  onDone,
}: {
  sectionId: string;
  revision: { id: string; number: number };
  decision: SignOffDecision;
  onCancel(): void;
  onConflict(): void;
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const approve = decision === 'APPROVE';
  const form = useSchemaForm(approve ? approveSchema : requestSchema, { note: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [signOff, { loading }] = useMutation(SIGN_OFF_MUTATION, { refetchQueries: ['SectionReview'], awaitRefetchQueries: true });

  const submit = form.submitWith(async ({ note }) => {
    setFormError(null);
    try {
      await signOff({ variables: { input: { sectionId, revisionId: revision.id, decision, note: note || null } } });
      onDone(approve ? t('sectionReview.approved', { number: revision.number }) : t('sectionReview.changesRequested', { number: revision.number }));
    } catch (err) {
      // Someone saved a newer revision meanwhile: the decision would be on text the person has not read.
      if (hasErrorCode(err, 'CONFLICT')) onConflict();
      else setFormError(showProblem(form, t, describeError(err), { note: ['note'] }));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={approve ? t('sectionReview.approveForm') : t('sectionReview.requestChangesForm')}>
      <Stack gap="sm" mt="sm">
        {formError ? <FormError>{formError}</FormError> : null}
        <Badge variant="light" color="gray" tt="none" radius="sm">
          {t('sectionReview.onRevision', { number: revision.number })}
        </Badge>
        <Textarea
          {...form.field('note', approve ? t('sectionReview.noteOptional') : t('sectionReview.noteRequired'), {
            messageLabel: t('sectionReview.noteMessageLabel'),
          })}
          description={approve ? undefined : t('sectionReview.noteHint')}
          autosize
          minRows={2}
          maxLength={INPUT_LIMITS.reasonMax}
          data-autofocus
          autoFocus
        />
        <Group gap="xs">
          <Button type="submit" size="sm" loading={loading}>
            {approve ? t('sectionReview.confirmApprove', { number: revision.number }) : t('sectionReview.confirmRequest')}
          </Button>
          <Button variant="default" size="sm" onClick={onCancel} disabled={loading}>
            {t('sectionReview.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
