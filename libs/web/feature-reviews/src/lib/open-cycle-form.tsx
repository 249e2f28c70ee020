import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, describeError } from '@mps/web-data-access';
import { reviewCycleSchema, sectionLabel } from '@mps/shared-domain';
import { formatDateTime, FormError } from '@mps/web-ui';
import { problemMessage, showProblem, translateFieldError, useSchemaForm } from '@mps/web-util';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { OrganisationPicker, type PickerOrganisation } from './open-cycle-organisations';
import { buildSectionTree, inOutlineOrder } from './open-cycle-sections';
import { SectionsPicker, type PickerSection } from './open-cycle-sections-picker';
import { OPEN_REVIEW_CYCLE_MUTATION } from './review-cycle-documents';
import { closingState, defaultClosingValue, organisationName, timeZoneLabel, toLocalInputValue } from './review-cycle-format';

/**
 * The shared rules (the API checks them again), plus one only a form can check before sending: the closing
 * moment must lie ahead. The API refuses a past date too; this only says so sooner, beside the field.
 */
export const openCycleFormSchema = reviewCycleSchema.refine((v) => v.closesAt.getTime() > Date.now(), {
  path: ['closesAt'],
  message: 'validation.closingDate',
});

interface Problem {
  message: string;
  blockers: string[];
}

export interface OpenCycleFormProps {
  profileId: string;
  sections: readonly PickerSection[];
  organisations: readonly PickerOrganisation[];
  /** Reload the outline, e.g. after the server said some sections are already in an open cycle. */
  onStale?(): void;
}

/**
 * Opening a review cycle: a title, the sections (outline tree), who takes part and who must sign off
 * (grouped by kind), and when it closes; then a summary to check before opening. After opening, the
 * cycle's page.
 */
export function OpenCycleForm({ profileId, sections, organisations, onStale }: OpenCycleFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [open, { loading }] = useMutation(OPEN_REVIEW_CYCLE_MUTATION);
  const form = useSchemaForm(openCycleFormSchema, {
    title: '',
    sectionIds: [] as string[],
    participantOrganizationIds: [] as string[],
    requiredSignatoryOrganizationIds: [] as string[],
    closesAt: defaultClosingValue(),
  });
  const tree = useMemo(() => buildSectionTree(sections), [sections]);
  const zone = timeZoneLabel();
  const values = form.getValues();

  const submit = form.submitWith(async (parsed) => {
    setProblem(null);
    try {
      const { data } = await open({
        variables: {
          input: {
            profileId,
            title: parsed.title,
            sectionIds: inOutlineOrder(tree, parsed.sectionIds).map((s) => s.id),
            participantOrganizationIds: parsed.participantOrganizationIds,
            requiredSignatoryOrganizationIds: parsed.requiredSignatoryOrganizationIds,
            closesAt: parsed.closesAt.toISOString(),
          },
        },
      });
      const cycle = data?.openReviewCycle;
      if (!cycle) throw new Error('Empty openReviewCycle response');
      notifications.show({ color: 'green', message: t('reviewCycles.open.opened', { title: cycle.title }) });
      await navigate(`/review-cycles/${cycle.id}`);
    } catch (err) {
      const described = describeError(err);
      if (described.code === 'FAILED_PRECONDITION') {
        setProblem({ message: problemMessage(t, described), blockers: described.blockers });
        onStale?.();
        return;
      }
      const message = showProblem(form, t, described, {
        title: ['title'],
        closesAt: ['closesAt', 'closing'],
        sectionIds: ['sectionIds', 'section'],
        participantOrganizationIds: ['participantOrganizationIds', 'participant'],
        requiredSignatoryOrganizationIds: ['requiredSignatoryOrganizationIds', 'signator'],
      });
      if (message) setProblem({ message, blockers: [] });
    }
  });

  const fieldError = (name: keyof typeof values, label: string) => translateFieldError(t, form.errors[name], label.toLocaleLowerCase());
  const closes = new Date(values.closesAt);
  const closesValid = !Number.isNaN(closes.getTime());
  const pickedSections = inOutlineOrder(tree, values.sectionIds);
  const orgsById = new Map(organisations.map((o) => [o.id, o]));
  const names = (ids: readonly string[]) => ids.map((id) => orgsById.get(id)).filter((o) => o !== undefined);
  const state = closesValid ? closingState({ status: 'OPEN', closesAt: closes.toISOString(), closedAt: null, closedAutomatically: false }) : null;

  return (
    <form onSubmit={submit} noValidate aria-label={t('reviewCycles.open.formLabel')}>
      <Stack gap="xl" maw="60rem">
        {problem ? (
          <FormError title={problem.blockers.length > 0 ? t('reviewCycles.open.blockedTitle') : undefined} items={problem.blockers}>
            {problem.message}
          </FormError>
        ) : null}

        <TextInput
          {...form.field('title', t('reviewCycles.open.titleLabel'), { messageLabel: t('reviewCycles.open.titleMessageLabel') })}
          description={t('reviewCycles.open.titleHint')}
          maw="40rem"
          required
        />

        <SectionsPicker
          sections={sections}
          value={values.sectionIds}
          onChange={(ids) => form.setFieldValue('sectionIds', ids)}
          error={fieldError('sectionIds', t('reviewCycles.open.sectionsLabel'))}
        />

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <OrganisationPicker
            label={t('reviewCycles.open.participantsLabel')}
            description={t('reviewCycles.open.participantsHint')}
            organisations={organisations}
            value={values.participantOrganizationIds}
            onChange={(ids) => form.setFieldValue('participantOrganizationIds', ids)}
            error={fieldError('participantOrganizationIds', t('reviewCycles.open.participantsLabel'))}
          />
          <OrganisationPicker
            label={t('reviewCycles.open.signatoriesLabel')}
            description={t('reviewCycles.open.signatoriesHint')}
            organisations={organisations}
            value={values.requiredSignatoryOrganizationIds}
            onChange={(ids) => form.setFieldValue('requiredSignatoryOrganizationIds', ids)}
            error={fieldError('requiredSignatoryOrganizationIds', t('reviewCycles.open.signatoriesLabel'))}
          />
        </SimpleGrid>

        <TextInput
          {...form.field('closesAt', t('reviewCycles.open.closesAtLabel'))}
          type="datetime-local"
          // The browser's picker offers no moment already past (the schema says so too, beside the field).
          min={toLocalInputValue(new Date())}
          description={t('reviewCycles.open.closesAtHint', { zone })}
          maw="20rem"
          required
        />

        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="open-cycle-summary">
          <Title order={2} size="h3" id="open-cycle-summary" mb="sm">
            {t('reviewCycles.open.summaryTitle')}
          </Title>
          <Stack gap="sm" component="dl" m={0}>
            <SummaryRow label={t('reviewCycles.open.titleLabel')}>{values.title.trim() || t('reviewCycles.open.summaryMissing')}</SummaryRow>
            <SummaryRow label={t('reviewCycles.open.sectionsLabel')}>
              {pickedSections.length === 0 ? (
                t('reviewCycles.open.summaryMissing')
              ) : (
                <>
                  {t('reviewCycles.open.summarySections', { count: pickedSections.length })}
                  <List size="sm" mt={4}>
                    {pickedSections.map((s) => (
                      <List.Item key={s.id}>{sectionLabel(s)}</List.Item>
                    ))}
                  </List>
                </>
              )}
            </SummaryRow>
            <SummaryRow label={t('reviewCycles.open.participantsLabel')}>
              {values.participantOrganizationIds.length === 0
                ? t('reviewCycles.open.summaryNoParticipants')
                : names(values.participantOrganizationIds).map(organisationName).join('; ')}
            </SummaryRow>
            <SummaryRow label={t('reviewCycles.open.signatoriesLabel')}>
              {values.requiredSignatoryOrganizationIds.length === 0
                ? t('reviewCycles.open.summaryNoSignatories')
                : names(values.requiredSignatoryOrganizationIds).map(organisationName).join('; ')}
            </SummaryRow>
            <SummaryRow label={t('reviewCycles.open.closesAtLabel')}>
              {closesValid && state
                ? `${formatDateTime(closes.toISOString())} (${zone})${
                    state.kind === 'days'
                      ? ` · ${t('reviewCycles.daysLeft', { count: state.days })}`
                      : state.kind === 'closing-now'
                        ? ` · ${t('reviewCycles.open.summaryInPast')}`
                        : ''
                  }`
                : t('reviewCycles.open.summaryMissing')}
            </SummaryRow>
          </Stack>
          {values.requiredSignatoryOrganizationIds.length === 0 ? (
            <Alert mt="md" variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} title={t('reviewCycles.open.consultationTitle')}>
              {t('reviewCycles.open.consultationBody')}
            </Alert>
          ) : null}
        </Paper>

        <Group>
          <Button type="submit" size="md" loading={loading}>
            {t('reviewCycles.open.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SummaryRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={700} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
