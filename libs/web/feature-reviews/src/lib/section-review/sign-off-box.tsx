import { Alert, Badge, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockHour4, IconHistory, IconSignature } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { INPUT_LIMITS, reasonSchema, signOffNoteSchema } from '@mps/shared-domain';
import { describeError, getFragmentData, hasErrorCode, type SectionReviewQuery, type SignOffDecision } from '@mps/web-data-access';
import { FormError, StatusBadge } from '@mps/web-ui';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SIGN_OFF_FIELDS, SIGN_OFF_MUTATION } from './section-review-documents';
import classes from './section-review.module.css';
import { signatoryRows, type SignatoryState } from './sign-off-rows';

type ReviewSection = NonNullable<SectionReviewQuery['section']>;

const STATE_ICON: Record<SignatoryState, typeof IconCircleCheck> = {
  approved: IconCircleCheck,
  'changes-requested': IconAlertTriangle,
  stale: IconHistory,
  awaiting: IconClockHour4,
};

const orgName = (o: { name: string; acronym: string | null }) => (o.acronym ? `${o.name} (${o.acronym})` : o.name);

/**
 * The section's sign-off state: its status, the required signatories of its latest cycle with each one's decision
 * ("stale" once the text changed, "awaiting" before any), and Approve / Request changes for those who may sign off.
 */
export function SignOffBox({ section }: { section: ReviewSection }) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState<SignOffDecision | null>(null);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const rows = signatoryRows(
    section.requiredSignatories,
    getFragmentData(SIGN_OFF_FIELDS, section.signOffs),
    getFragmentData(SIGN_OFF_FIELDS, section.signOffHistory),
  );
  const current = section.currentRevision;

  return (
    <section aria-labelledby="signoff-heading" className={classes.panelSection}>
      <Group gap={6} mb="xs" wrap="nowrap">
        <IconSignature size={18} aria-hidden />
        <Title order={2} size="h5" id="signoff-heading">
          {t('sectionReview.signOffTitle')}
        </Title>
      </Group>
      <Group gap="xs" mb="xs" wrap="nowrap">
        <Text size="sm">{t('sectionReview.statusLabel')}</Text>
        <StatusBadge status={section.status} size="sm" />
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sectionReview.noSignatories')}
        </Text>
      ) : (
        <ul className={classes.signatories} aria-label={t('sectionReview.signatoriesLabel')}>
          {rows.map((row) => {
            const Icon = STATE_ICON[row.state];
            return (
              <li key={row.organization.id} data-state={row.state}>
                <Icon size={16} aria-hidden style={{ flex: 'none', marginTop: 3 }} />
                <span>
                  <Text span size="sm" fw={600}>
                    {orgName(row.organization)}
                  </Text>
                  {': '}
                  {t(`sectionReview.signatory.${row.state}`, { number: row.signOff?.revision.number ?? '' })}
                  {row.signOff?.note && row.state !== 'stale' ? (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      “{row.signOff.note}” — {row.signOff.user.displayName}
                    </Text>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {conflict ? (
        <Alert color="orange" variant="light" mt="sm" role="alert" title={t('sectionReview.signOffConflictTitle')}>
          {t('sectionReview.signOffConflict')}
        </Alert>
      ) : null}
      <div role="status" aria-live="polite">
        {done ? (
          <Text size="sm" mt="xs">
            {done}
          </Text>
        ) : null}
      </div>
      {section.canSignOff && current ? (
        deciding ? (
          <SignOffForm
            sectionId={section.id}
            revision={current}
            decision={deciding}
            onCancel={() => setDeciding(null)}
            onConflict={() => {
              setConflict(true);
              setDeciding(null);
            }}
            onDone={(message) => {
              setDone(message);
              setConflict(false);
              setDeciding(null);
            }}
          />
        ) : (
          <Group gap="xs" mt="sm">
            <Button size="sm" leftSection={<IconCircleCheck size={16} aria-hidden />} onClick={() => (setDone(null), setDeciding('APPROVE'))}>
              {t('sectionReview.approve')}
            </Button>
            <Button
              size="sm"
              variant="default"
              leftSection={<IconAlertTriangle size={16} aria-hidden />}
              onClick={() => (setDone(null), setDeciding('REQUEST_CHANGES'))}
            >
              {t('sectionReview.requestChanges')}
            </Button>
          </Group>
        )
      ) : null}
    </section>
  );
}

const approveSchema = z.object({ note: signOffNoteSchema });
const requestSchema = z.object({ note: reasonSchema });

function SignOffForm({
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
