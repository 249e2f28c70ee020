import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, describeError } from '@mps/web-data-access';
import { adoptCatalogueSchema, dataPointSchema, GMG_PARTS, indicatorSchema } from '@mps/shared-domain';
import { FormError } from '@mps/web-ui';
import { showProblem, useSchemaForm } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  ADOPT_CATALOGUE_MUTATION,
  CREATE_INDICATOR_MUTATION,
  FOLLOW_CATALOGUE_VERSION_MUTATION,
  RECORD_DATA_POINT_MUTATION,
  UPDATE_INDICATOR_MUTATION,
  WORKSPACE_FOR_FORMS_QUERY,
} from './forms-documents';
import { INDICATOR_QUERY, INDICATORS_QUERY } from './indicators-documents';

/** The GCM objective is chosen from a list (1-23); the form holds it as text. */
const gcmFromText = z
  .string()
  .nullish()
  .transform((v) => (v ? Number(v) : null));
const createIndicatorForm = indicatorSchema.extend({ gcmObjective: gcmFromText });
const editIndicatorForm = indicatorSchema.omit({ code: true }).extend({ gcmObjective: gcmFromText });

export interface IndicatorValues {
  id: string;
  code: string;
  name: string;
  unit: string;
  definition: string;
  internationalReference: string | null;
  gmgPart: string;
  sdgTarget: string | null;
  gcmObjective: number | null;
  toBeConfirmed: boolean;
}

/** Adds an indicator to the catalogue, or changes one (its code never changes). Coordinators. */
export function IndicatorFormModal({ opened, onClose, workspaceId, indicator }: { opened: boolean; onClose(): void; workspaceId: string; indicator?: IndicatorValues }) {
  const { t } = useTranslation();
  return (
    <Modal closeButtonProps={{ 'aria-label': t('closeDialog', { ns: 'ui' }) }} opened={opened} onClose={onClose} size="lg" title={indicator ? t('indicators.forms.editTitle', { code: indicator.code }) : t('indicators.forms.createTitle')}>
      {opened ? <IndicatorForm workspaceId={workspaceId} indicator={indicator} onDone={onClose} /> : null}
    </Modal>
  );
}

function IndicatorForm({ workspaceId, indicator, onDone }: { workspaceId: string; indicator?: IndicatorValues; onDone(): void }) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useSchemaForm(indicator ? editIndicatorForm : createIndicatorForm, {
    code: indicator?.code ?? '',
    name: indicator?.name ?? '',
    unit: indicator?.unit ?? '',
    definition: indicator?.definition ?? '',
    internationalReference: indicator?.internationalReference ?? '',
    gmgPart: indicator?.gmgPart ?? '',
    sdgTarget: indicator?.sdgTarget ?? '',
    gcmObjective: indicator?.gcmObjective ? String(indicator.gcmObjective) : null,
    toBeConfirmed: indicator?.toBeConfirmed ?? true,
  });
  const refetchQueries = [{ query: INDICATORS_QUERY, variables: { workspaceId } }];
  const [create, creating] = useMutation(CREATE_INDICATOR_MUTATION, { refetchQueries });
  const [update, updating] = useMutation(UPDATE_INDICATOR_MUTATION, { refetchQueries });

  const submit = form.submitWith(async (values) => {
    setFormError(null);
    const { code: _code, ...fields } = values as z.output<typeof createIndicatorForm>;
    try {
      if (indicator) await update({ variables: { id: indicator.id, input: fields as never } });
      else await create({ variables: { input: { ...(values as z.output<typeof createIndicatorForm>), workspaceId } as never } });
      notifications.show({ color: 'green', message: indicator ? t('indicators.forms.savedNotice') : t('indicators.forms.createdNotice') });
      onDone();
    } catch (err) {
      setFormError(
        showProblem(form, t, describeError(err), {
          code: ['code'],
          name: ['name'],
          unit: ['unit'],
          definition: ['definition'],
          internationalReference: ['internationalReference'],
          gmgPart: ['gmgPart'],
          sdgTarget: ['sdgTarget'],
          gcmObjective: ['gcmObjective'],
        }),
      );
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {formError ? <FormError title={t('indicators.forms.notSaved')}>{formError}</FormError> : null}
        {indicator ? null : <TextInput {...form.field('code', t('indicators.code'))} description={t('indicators.forms.codeHint')} required />}
        <TextInput {...form.field('name', t('indicators.name'))} required />
        <TextInput {...form.field('unit', t('indicators.unit'))} description={t('indicators.forms.unitHint')} required />
        <Textarea {...form.field('definition', t('indicators.forms.definition'))} rows={2} required />
        <Textarea {...form.field('internationalReference', t('indicators.internationalReference'))} description={t('indicators.forms.referenceHint')} rows={1} />
        <Select
          {...form.field('gmgPart', t('indicators.gmgPartLabel'))}
          data={GMG_PARTS.map((part) => ({ value: part, label: t('indicators.partTitle', { part, title: t(`indicators.gmgPart.${part}`) }) }))}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...form.field('sdgTarget', t('indicators.sdgTarget'))} description={t('indicators.forms.sdgHint')} />
          <Select
            {...form.field('gcmObjective', t('indicators.gcmObjective'))}
            data={Array.from({ length: 23 }, (_, i) => ({ value: String(i + 1), label: t('indicators.gcmObjectiveValue', { number: i + 1 }) }))}
            clearable
          />
        </SimpleGrid>
        <Checkbox {...form.field('toBeConfirmed', t('indicators.toBeConfirmed'), { type: 'checkbox' })} description={t('indicators.forms.toBeConfirmedHint')} />
        <Group justify="flex-end">
          <Button type="submit" loading={creating.loading || updating.loading}>
            {indicator ? t('indicators.forms.save') : t('indicators.forms.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A blank number input holds ''; the schema wants null for "no value". */
const figureForm = z.preprocess((v) => {
  const values = v as Record<string, unknown>;
  return { ...values, value: values['value'] === '' || values['value'] === undefined ? null : values['value'] };
}, dataPointSchema);

export interface FigureValues {
  organizationId: string;
  period: string;
  sex: string;
  ageGroup: string | null;
  countryCode: string | null;
  value: number | null;
  dataGap: boolean;
  unit: string;
  sourceType: string;
  sourceName: string;
  nationalDefinition: string | null;
  comparability: string;
  comparabilityNote: string | null;
  note: string | null;
}

/**
 * Enters one figure with its provenance, or corrects one (the same organisation entering the same slice replaces its
 * figure). Coordinators choose the supplying organisation; a focal point enters for their own organisation only.
 */
export function FigureFormModal({
  opened,
  onClose,
  workspaceId,
  indicator,
  ownOrganizationId,
  mayChooseOrganization,
  figure,
}: {
  opened: boolean;
  onClose(): void;
  workspaceId: string;
  indicator: { id: string; code: string; name: string; unit: string };
  ownOrganizationId: string | null;
  mayChooseOrganization: boolean;
  figure?: FigureValues;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      closeButtonProps={{ 'aria-label': t('closeDialog', { ns: 'ui' }) }}
      title={figure ? t('indicators.forms.correctTitle', { code: indicator.code, period: figure.period }) : t('indicators.forms.figureTitle', { code: indicator.code })}
    >
      {opened ? (
        <FigureForm
          workspaceId={workspaceId}
          indicator={indicator}
          ownOrganizationId={ownOrganizationId}
          mayChooseOrganization={mayChooseOrganization}
          figure={figure}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
}

function FigureForm({
  workspaceId,
  indicator,
  ownOrganizationId,
  mayChooseOrganization,
  figure,
  onDone,
}: {
  workspaceId: string;
  indicator: { id: string; unit: string };
  ownOrganizationId: string | null;
  mayChooseOrganization: boolean;
  figure?: FigureValues;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(WORKSPACE_FOR_FORMS_QUERY, { variables: { id: workspaceId } });
  const [organizationId, setOrganizationId] = useState<string | null>(figure?.organizationId ?? ownOrganizationId);
  const [organizationError, setOrganizationError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useSchemaForm(figureForm, {
    period: figure?.period ?? '',
    sex: figure?.sex ?? 'TOTAL',
    ageGroup: figure?.ageGroup ?? '',
    countryCode: figure?.countryCode ?? '',
    value: (figure?.value ?? '') as number | string,
    dataGap: figure?.dataGap ?? false,
    unit: figure?.unit ?? indicator.unit,
    sourceType: figure?.sourceType ?? '',
    sourceName: figure?.sourceName ?? '',
    nationalDefinition: figure?.nationalDefinition ?? '',
    comparability: figure?.comparability ?? 'COMPARABLE',
    comparabilityNote: figure?.comparabilityNote ?? '',
    note: figure?.note ?? '',
  });
  const [record, recording] = useMutation(RECORD_DATA_POINT_MUTATION, {
    refetchQueries: [
      { query: INDICATOR_QUERY, variables: { id: indicator.id } },
      { query: INDICATORS_QUERY, variables: { workspaceId } },
    ],
  });
  const organizations = data?.workspace.organizations ?? [];
  const gap = form.values.dataGap;

  const submit = form.submitWith(async (values) => {
    setFormError(null);
    if (!organizationId) {
      setOrganizationError(t('indicators.forms.chooseOrganisation'));
      return;
    }
    setOrganizationError(null);
    try {
      await record({ variables: { input: { ...(values as never as object), indicatorId: indicator.id, organizationId } as never } });
      notifications.show({ color: 'green', message: t('indicators.forms.figureSavedNotice') });
      onDone();
    } catch (err) {
      const problem = describeError(err);
      setFormError(
        showProblem(form, t, problem, {
          period: ['period'],
          value: ['value'],
          unit: ['unit'],
          sourceName: ['sourceName'],
          comparabilityNote: ['comparabilityNote'],
          countryCode: ['countryCode'],
          ageGroup: ['ageGroup'],
        }),
      );
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {formError ? <FormError title={t('indicators.forms.figureNotSaved')}>{formError}</FormError> : null}
        <Select
          label={t('indicators.organisation')}
          description={mayChooseOrganization ? undefined : t('indicators.forms.ownOrganisationOnly')}
          data={organizations.map((o) => ({ value: o.id, label: o.acronym ? `${o.name} (${o.acronym})` : o.name }))}
          value={organizationId}
          onChange={setOrganizationId}
          disabled={!mayChooseOrganization || Boolean(figure)}
          error={organizationError}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...form.field('period', t('indicators.period'))} description={t('indicators.forms.periodHint')} required disabled={Boolean(figure)} />
          <Select
            {...form.field('sex', t('indicators.forms.sex'))}
            data={(['TOTAL', 'FEMALE', 'MALE'] as const).map((s) => ({ value: s, label: t(`indicators.sex.${s}`) }))}
            disabled={Boolean(figure)}
          />
          <TextInput {...form.field('ageGroup', t('indicators.forms.ageGroup'))} description={t('indicators.forms.ageGroupHint')} disabled={Boolean(figure)} />
          <TextInput {...form.field('countryCode', t('indicators.forms.country'))} description={t('indicators.forms.countryHint')} disabled={Boolean(figure)} />
        </SimpleGrid>
        <Checkbox {...form.field('dataGap', t('indicators.forms.dataGap'), { type: 'checkbox' })} description={t('indicators.forms.dataGapHint')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput {...form.field('value', t('indicators.value'))} disabled={gap} required={!gap} thousandSeparator="," decimalScale={6} />
          <TextInput {...form.field('unit', t('indicators.unit'))} required />
        </SimpleGrid>
        <Title order={3} size="h5">
          {t('indicators.forms.provenance')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            {...form.field('sourceType', t('indicators.forms.sourceType'))}
            data={(['CENSUS', 'SURVEY', 'ADMINISTRATIVE_REGISTER', 'OTHER'] as const).map((s) => ({ value: s, label: t(`indicators.sourceType.${s}`) }))}
            required
          />
          <TextInput {...form.field('sourceName', t('indicators.forms.sourceName'))} description={t('indicators.forms.sourceNameHint')} required />
        </SimpleGrid>
        <Textarea {...form.field('nationalDefinition', t('indicators.nationalDefinition'))} description={t('indicators.forms.nationalDefinitionHint')} rows={1} />
        <Select
          {...form.field('comparability', t('indicators.comparability'))}
          description={t('indicators.forms.comparabilityHint')}
          data={(['COMPARABLE', 'PARTLY_COMPARABLE', 'NOT_COMPARABLE'] as const).map((c) => ({ value: c, label: t(`indicators.comparabilityLevel.${c}`) }))}
          required
        />
        {form.values.comparability !== 'COMPARABLE' ? (
          <Textarea {...form.field('comparabilityNote', t('indicators.forms.comparabilityNote'))} rows={2} required />
        ) : null}
        <Textarea {...form.field('note', t('indicators.forms.note'))} rows={1} />
        <Group justify="flex-end">
          <Button type="submit" loading={recording.loading}>
            {t('indicators.forms.saveFigure')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Records the catalogue as it is now as an adopted version (decision, date), and which version each profile follows. */
export function CatalogueVersionsPanel({
  workspaceId,
  versions,
}: {
  workspaceId: string;
  versions: ReadonlyArray<{ id: string; number: number; decision: string; adoptedOn: string }>;
}) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useSchemaForm(adoptCatalogueSchema, { decision: '', adoptedOn: '' });
  const { data } = useQuery(WORKSPACE_FOR_FORMS_QUERY, { variables: { id: workspaceId } });
  const [adopt, adopting] = useMutation(ADOPT_CATALOGUE_MUTATION, { refetchQueries: [{ query: INDICATORS_QUERY, variables: { workspaceId } }] });
  const [follow] = useMutation(FOLLOW_CATALOGUE_VERSION_MUTATION, { refetchQueries: [{ query: WORKSPACE_FOR_FORMS_QUERY, variables: { id: workspaceId } }] });

  const submit = form.submitWith(async (values) => {
    setFormError(null);
    try {
      const res = await adopt({ variables: { input: { workspaceId, ...values } } });
      notifications.show({ color: 'green', message: t('indicators.forms.adoptedNotice', { number: res.data?.adoptIndicatorCatalogue.number ?? '' }) });
      form.reset();
    } catch (err) {
      setFormError(showProblem(form, t, describeError(err), { decision: ['decision'], adoptedOn: ['adoptedOn', 'date'] }));
    }
  });

  const choose = async (profileId: string, versionId: string | null) => {
    if (!versionId) return;
    try {
      await follow({ variables: { profileId, catalogueVersionId: versionId } });
      notifications.show({ color: 'green', message: t('indicators.forms.followedNotice') });
    } catch (err) {
      notifications.show({ color: 'red', message: describeError(err).message || t('errors.unknown') });
    }
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="catalogue-versions">
      <Title order={2} size="h3" id="catalogue-versions">
        {t('indicators.forms.versionsTitle')}
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby="adopt-title">
        <Stack gap="xs">
          <Text fw={600} id="adopt-title">
            {t('indicators.forms.adoptTitle')}
          </Text>
          <Text size="sm">{t('indicators.forms.adoptHint')}</Text>
          {formError ? <FormError title={t('indicators.forms.notAdopted')}>{formError}</FormError> : null}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput {...form.field('decision', t('indicators.forms.decision'))} description={t('indicators.forms.decisionHint')} required style={{ flex: '2 1 18rem' }} />
            <TextInput {...form.field('adoptedOn', t('indicators.forms.adoptedOn'))} type="date" required style={{ flex: '1 1 10rem' }} />
            <Button type="submit" loading={adopting.loading}>
              {t('indicators.forms.adopt')}
            </Button>
          </Group>
        </Stack>
      </form>
      {data?.workspace.profiles.length ? (
        <Stack gap="xs">
          <Text fw={600}>{t('indicators.forms.followTitle')}</Text>
          {versions.length === 0 ? <Text size="sm">{t('indicators.forms.followNeedsVersion')}</Text> : null}
          {data.workspace.profiles.map((p) => (
            <Select
              key={p.id}
              label={t('indicators.forms.followLabel', { title: p.title, edition: p.edition })}
              placeholder={t('indicators.forms.followsNone')}
              data={versions.map((v) => ({ value: v.id, label: t('indicators.forms.versionOption', { number: v.number, decision: v.decision }) }))}
              value={p.catalogueVersion?.id ?? null}
              onChange={(value) => void choose(p.id, value)}
              disabled={versions.length === 0}
              allowDeselect={false}
              maw={560}
            />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
