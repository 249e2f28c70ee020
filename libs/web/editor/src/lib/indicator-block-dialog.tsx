import { Button, Checkbox, Group, Modal, NativeSelect, Radio, ScrollArea, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { INDICATOR_BLOCK_ATTRS, INDICATOR_BLOCK_LIMITS, readIndicatorBlockAttrs, SEXES, type IndicatorBlockAttrs, type Sex } from '@mps/shared-domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueChoice } from './indicator-blocks-context';

const TITLE_STYLES = { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } };

export interface IndicatorBlockDialogProps {
  opened: boolean;
  /** Null while the catalogue loads. */
  catalogue: CatalogueChoice[] | null;
  /** The block being changed; null when inserting one. */
  initial: IndicatorBlockAttrs | null;
  onSubmit(attrs: IndicatorBlockAttrs): void;
  onRemove(): void;
  onClose(): void;
}

/** "Insert indicator table or chart": which indicators, periods and disaggregation, and table or chart. */
export function IndicatorBlockDialog({ opened, catalogue, initial, onSubmit, onRemove, onClose }: IndicatorBlockDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={initial ? t('editor.indicatorEditTitle') : t('editor.indicatorAddTitle')}
      centered
      size="lg"
      styles={TITLE_STYLES}
      closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
    >
      {opened ? <IndicatorBlockForm catalogue={catalogue} initial={initial} onSubmit={onSubmit} onRemove={onRemove} onClose={onClose} /> : null}
    </Modal>
  );
}

const valid = (name: keyof typeof INDICATOR_BLOCK_ATTRS, value: unknown) => {
  try {
    INDICATOR_BLOCK_ATTRS[name].validate(value as never);
    return true;
  } catch {
    return false;
  }
};
const splitList = (text: string) => [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];

function IndicatorBlockForm({ catalogue, initial, onSubmit, onRemove, onClose }: Omit<IndicatorBlockDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const [codes, setCodes] = useState<string[]>(initial?.codes ?? []);
  const [display, setDisplay] = useState<string>(initial?.display ?? 'table');
  const [periods, setPeriods] = useState((initial?.periods ?? []).join(', '));
  const [sex, setSex] = useState<Sex>(initial?.sex ?? 'TOTAL');
  const [ageGroup, setAgeGroup] = useState(initial?.ageGroup ?? '');
  const [countryCode, setCountryCode] = useState(initial?.countryCode ?? '');
  const [caption, setCaption] = useState(initial?.caption ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const candidate = {
      codes,
      periods: splitList(periods),
      sex,
      ageGroup: ageGroup.trim(),
      countryCode: countryCode.trim().toUpperCase(),
      display,
      caption: caption.trim(),
    };
    const problems: Record<string, string> = {};
    if (!codes.length || codes.length > INDICATOR_BLOCK_LIMITS.codesMax) problems['codes'] = t('editor.indicatorCodesRequired', { max: INDICATOR_BLOCK_LIMITS.codesMax });
    if (!valid('periods', candidate.periods)) problems['periods'] = t('editor.indicatorPeriodsInvalid');
    if (!valid('ageGroup', candidate.ageGroup)) problems['ageGroup'] = t('editor.indicatorAgeGroupInvalid');
    if (!valid('countryCode', candidate.countryCode)) problems['countryCode'] = t('editor.indicatorCountryInvalid');
    if (!valid('caption', candidate.caption)) problems['caption'] = t('editor.indicatorCaptionTooLong', { max: INDICATOR_BLOCK_LIMITS.captionMax });
    setErrors(problems);
    const attrs = readIndicatorBlockAttrs(candidate);
    if (Object.keys(problems).length || !attrs) return;
    onSubmit(attrs);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('editor.indicatorAddTitle')}>
      <Stack gap="md">
        <Checkbox.Group
          label={t('editor.indicatorCodes')}
          description={t('editor.indicatorCodesHint', { max: INDICATOR_BLOCK_LIMITS.codesMax })}
          value={codes}
          onChange={setCodes}
          error={errors['codes']}
        >
          {catalogue === null ? (
            <Text size="sm" role="status">
              {t('editor.indicatorCatalogueLoading')}
            </Text>
          ) : catalogue.length === 0 ? (
            <Text size="sm">{t('editor.indicatorCatalogueEmpty')}</Text>
          ) : (
            <ScrollArea.Autosize mah={220} type="auto" mt="xs">
              <Stack gap={6}>
                {catalogue.map((c) => (
                  <Checkbox key={c.code} value={c.code} label={`${c.name} (${c.code})`} description={c.unit} />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Checkbox.Group>
        <Radio.Group label={t('editor.indicatorDisplay')} value={display} onChange={setDisplay}>
          <Group gap="lg" mt="xs">
            <Radio value="table" label={t('editor.indicatorDisplayTable')} />
            <Radio value="chart" label={t('editor.indicatorDisplayChart')} />
          </Group>
        </Radio.Group>
        <TextInput
          label={t('editor.indicatorPeriods')}
          description={t('editor.indicatorPeriodsHint')}
          value={periods}
          onChange={(e) => setPeriods(e.currentTarget.value)}
          error={errors['periods']}
        />
        {/* One column on a phone: three side by side leave each too narrow to read. */}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <NativeSelect
            label={t('editor.indicatorSex')}
            value={sex}
            onChange={(e) => setSex(e.currentTarget.value as Sex)}
            data={SEXES.map((s) => ({ value: s, label: t(`editor.sex.${s}`) }))}
          />
          <TextInput
            label={t('editor.indicatorAgeGroup')}
            description={t('editor.indicatorAgeGroupHint')}
            value={ageGroup}
            onChange={(e) => setAgeGroup(e.currentTarget.value)}
            error={errors['ageGroup']}
          />
          <TextInput
            label={t('editor.indicatorCountry')}
            description={t('editor.indicatorCountryHint')}
            value={countryCode}
            onChange={(e) => setCountryCode(e.currentTarget.value)}
            error={errors['countryCode']}
            maxLength={2}
          />
        </SimpleGrid>
        <TextInput
          label={t('editor.indicatorCaption')}
          description={t('editor.indicatorCaptionHint')}
          value={caption}
          onChange={(e) => setCaption(e.currentTarget.value)}
          error={errors['caption']}
        />
        <Group justify="space-between" gap="sm">
          {initial ? (
            <Button variant="subtle" color="red.8" onClick={onRemove}>
              {t('editor.indicatorRemove')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('editor.dialogCancel')}
            </Button>
            <Button type="submit">{initial ? t('editor.indicatorUpdate') : t('editor.indicatorApply')}</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
