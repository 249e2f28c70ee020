import { Box, Checkbox, Input, Stack, Text } from '@mantine/core';
import { graphql, type OpenCycleOrganisationFieldsFragment } from '@mps/web-data-access';
import type { OrganizationKind } from '@mps/shared-domain';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { groupByKind, organisationName } from './review-cycle-format';

/** What the pickers show of an organisation: its name, acronym and kind (the groups). */
export const OPEN_CYCLE_ORGANISATION_FIELDS = graphql(`
  fragment OpenCycleOrganisationFields on Organization {
    id
    name
    acronym
    kind
  }
`);

export type PickerOrganisation = OpenCycleOrganisationFieldsFragment;

export interface OrganisationPickerProps {
  label: string;
  description: string;
  organisations: readonly PickerOrganisation[];
  value: readonly string[];
  onChange(value: string[]): void;
  error?: ReactNode;
}

/**
 * Organisations as checkboxes grouped by kind (civil society, academia, international organisations,
 * ministries...), each with its full name and acronym, so that nobody has to decode a bare acronym.
 */
export function OrganisationPicker({ label, description, organisations, value, onChange, error }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const groups = groupByKind(organisations);
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <Box component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} size="md" mb={4}>
        {label}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {description}
      </Text>
      {error ? (
        <Input.Error id={errorId} mb="xs">
          {error}
        </Input.Error>
      ) : null}
      {groups.length === 0 ? <Text>{t('reviewCycles.open.noOrganisations')}</Text> : null}
      <Stack gap="md">
        {groups.map((group) => (
          <Box key={group.kind} component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
            <Text component="legend" size="sm" fw={700} c="dark.6" mb={6}>
              {t(`organizationKinds.${group.kind as OrganizationKind}`)}
            </Text>
            <Stack gap={6}>
              {group.organisations.map((org, i) => (
                <Checkbox
                  key={org.id}
                  checked={value.includes(org.id)}
                  onChange={() => toggle(org.id)}
                  label={organisationName(org)}
                  aria-invalid={error && i === 0 && group === groups[0] ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                />
              ))}
            </Stack>
          </Box>
        ))}
      </Stack>
    </Box>
  );
}
