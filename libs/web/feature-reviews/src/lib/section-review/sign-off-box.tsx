import { Alert, Button, Group, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockHour4, IconHistory, IconSignature } from '@tabler/icons-react';
import { getFragmentData, type SectionReviewQuery, type SignOffDecision } from '@mps/web-data-access';
import { StatusBadge } from '@mps/web-ui';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignOffForm } from './lazy-review-forms';
import { SIGN_OFF_FIELDS } from './section-review-documents';
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
                    <bdi>{orgName(row.organization)}</bdi>
                  </Text>
                  {': '}
                  {t(`sectionReview.signatory.${row.state}`, { number: row.signOff?.revision.number ?? '' })}
                  {row.signOff?.note && row.state !== 'stale' ? (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      “<bdi>{row.signOff.note}</bdi>” — <bdi>{row.signOff.user.displayName}</bdi>
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
          <Suspense fallback={null}>
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
          </Suspense>
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
