import { Button, Card, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@mps/web-data-access';
import { INPUT_LIMITS } from '@mps/shared-domain';
import type { IndicatorDetailQuery } from '@mps/web-data-access';
import { FormError, formatDateTime, ResponsiveTable } from '@mps/web-ui';
import { describedProblem } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_QUERY, INDICATOR_SERIES_QUERY, RESOLVE_DIFFERING_MUTATION } from './indicators-documents';
import { disaggregationText, figureText, organizationLabel } from './labels';

type Slice = NonNullable<IndicatorDetailQuery['indicator']>['differingFigures'][number];

/**
 * Figures that organisations supplied differently for one period and disaggregation, side by side with their
 * sources, and the coordinator's answer: the figure the TWG uses and/or a footnote explaining the difference.
 */
export function DifferingFiguresCard({ indicatorId, slice, mayResolve }: { indicatorId: string; slice: Slice; mayResolve: boolean }) {
  const { t } = useTranslation();
  const label = t('indicators.sliceTitle', { period: slice.period, slice: disaggregationText(t, slice) });
  const headingId = `slice-${slice.period}-${slice.sex}-${slice.ageGroup ?? ''}-${slice.countryCode ?? ''}`.replace(/[^A-Za-z0-9-]/g, '');
  const [chosen, setChosen] = useState<string>(slice.resolution?.chosenDataPointId ?? '');
  const [footnote, setFootnote] = useState<string>(slice.resolution?.footnote ?? '');
  const [formError, setFormError] = useState<string | null>(null);
  const [resolve, { loading }] = useMutation(RESOLVE_DIFFERING_MUTATION, {
    refetchQueries: [
      { query: INDICATOR_QUERY, variables: { id: indicatorId } },
      { query: INDICATOR_SERIES_QUERY, variables: { indicatorId } },
    ],
  });
  const chosenFigure = slice.figures.find((f) => f.id === slice.resolution?.chosenDataPointId);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!chosen && !footnote.trim()) {
      setFormError(t('indicators.chooseOrFootnote'));
      return;
    }
    try {
      await resolve({
        variables: {
          input: {
            indicatorId,
            period: slice.period,
            sex: slice.sex,
            ageGroup: slice.ageGroup,
            countryCode: slice.countryCode,
            chosenDataPointId: chosen || null,
            footnote: footnote.trim() || null,
          },
        },
      });
      notifications.show({ color: 'green', message: t('indicators.resolvedNotice') });
    } catch (err) {
      setFormError(describedProblem(t, err, t('indicators.resolveFailed')));
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {label}
        </Title>
        <Text size="sm">
          {slice.resolution
            ? chosenFigure
              ? t('indicators.resolvedChosen', { organisation: organizationLabel(chosenFigure.organization), date: formatDateTime(slice.resolution.resolvedAt) })
              : t('indicators.resolvedFootnote', { date: formatDateTime(slice.resolution.resolvedAt) })
            : t('indicators.unresolved')}
        </Text>
        {slice.resolution?.footnote ? (
          <Text size="sm">
            <strong>{t('indicators.footnote')}:</strong> {slice.resolution.footnote}
          </Text>
        ) : null}
        <ResponsiveTable aria-label={t('indicators.sideBySide', { slice: label })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.organisation')}</Table.Th>
              <Table.Th scope="col">{t('indicators.value')}</Table.Th>
              <Table.Th scope="col">{t('indicators.source')}</Table.Th>
              <Table.Th scope="col">{t('indicators.nationalDefinition')}</Table.Th>
              <Table.Th scope="col">{t('indicators.comparability')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {slice.figures.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td data-label={t('indicators.organisation')}>{organizationLabel(f.organization)}</Table.Td>
                <Table.Td data-label={t('indicators.value')}>{figureText(t, f)}</Table.Td>
                <Table.Td data-label={t('indicators.source')}>
                  {t(`indicators.sourceType.${f.sourceType}`)}: {f.sourceName}
                </Table.Td>
                <Table.Td data-label={t('indicators.nationalDefinition')}>{f.nationalDefinition ?? '—'}</Table.Td>
                <Table.Td data-label={t('indicators.comparability')}>{t(`indicators.comparabilityLevel.${f.comparability}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
        {mayResolve ? (
          <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('indicators.resolveFormLabel', { slice: label })}>
            <Stack gap="sm">
              {formError ? <FormError>{formError}</FormError> : null}
              <Radio.Group label={t('indicators.chooseLabel')} description={t('indicators.chooseHint')} value={chosen} onChange={setChosen}>
                <Stack gap={6} mt={6}>
                  {slice.figures.map((f) => (
                    <Radio key={f.id} value={f.id} label={t('indicators.useFigure', { value: figureText(t, f), organisation: organizationLabel(f.organization) })} />
                  ))}
                  <Radio value="" label={t('indicators.chooseNone')} />
                </Stack>
              </Radio.Group>
              <Textarea
                label={t('indicators.footnoteLabel')}
                description={t('indicators.footnoteHint')}
                value={footnote}
                onChange={(e) => setFootnote(e.currentTarget.value)}
                maxLength={INPUT_LIMITS.definitionMax}
                autosize
                minRows={2}
              />
              <div>
                <Button type="submit" loading={loading}>
                  {t('indicators.resolveSubmit')}
                </Button>
              </div>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}
