import { Anchor, Box, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHistory, IconHourglassHigh } from '@tabler/icons-react';
import { sectionLabel } from '@mps/shared-domain';
import {
  getFragmentData,
  graphql,
  type FragmentType,
  type MatrixOrganisationFieldsFragment,
  type SignOffMatrixRowFieldsFragment,
} from '@mps/web-data-access';
import { formatDate, StatusBadge, type SectionStatusValue } from '@mps/web-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organisationName, organisationShort } from './review-cycle-format';

/** A required organisation, as a column of the matrix. */
export const MATRIX_ORGANISATION_FIELDS = graphql(`
  fragment MatrixOrganisationFields on Organization {
    id
    name
    acronym
  }
`);

/** One section's row: each required organisation's current decision, stale ones marked, who must act. */
export const SIGN_OFF_MATRIX_ROW_FIELDS = graphql(`
  fragment SignOffMatrixRowFields on SignOffMatrixRow {
    section {
      id
      number
      title
      status
    }
    cells {
      awaiting
      decision
      stale
      organization {
        id
      }
      signOff {
        id
        decision
        createdAt
        note
        revisionNumber
      }
    }
  }
`);

type Row = SignOffMatrixRowFieldsFragment;
type Cell = Row['cells'][number];
type Organisation = MatrixOrganisationFieldsFragment;

/** For each organisation, the sections it still has to sign off (in outline order). */
export function stillToAct(organisations: readonly Organisation[], rows: readonly Row[]): Array<{ organisation: Organisation; sections: Row['section'][] }> {
  return organisations.map((organisation) => ({
    organisation,
    sections: rows.filter((row) => row.cells.some((c) => c.organization.id === organisation.id && c.awaiting)).map((row) => row.section),
  }));
}

function CellContent({ cell }: { cell: Cell | undefined }) {
  const { t } = useTranslation();
  if (!cell) return <Text size="sm">{t('reviewCycles.matrix.notRequired')}</Text>;
  const earlier = cell.signOff;
  if (cell.decision === 'APPROVE' || cell.decision === 'REQUEST_CHANGES') {
    const approve = cell.decision === 'APPROVE';
    const Icon = approve ? IconCircleCheck : IconAlertTriangle;
    return (
      <Stack gap={2}>
        <Group gap={6} wrap="nowrap">
          <Icon size={18} aria-hidden color={approve ? 'var(--mantine-color-green-8)' : 'var(--mantine-color-orange-8)'} />
          <Text size="sm" fw={600} c={approve ? 'green.9' : 'orange.9'}>
            {approve ? t('reviewCycles.matrix.approved') : t('reviewCycles.matrix.changesRequested')}
          </Text>
        </Group>
        {earlier ? (
          <Text size="xs" c="dimmed">
            {t('reviewCycles.matrix.onRevision', { number: earlier.revisionNumber, date: formatDate(earlier.createdAt) })}
          </Text>
        ) : null}
        {earlier?.note ? (
          // The note says what to change: the one thing a drafter needs from a REQUEST_CHANGES.
          <Text size="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t('reviewCycles.matrix.note', { note: earlier.note })}
          </Text>
        ) : null}
      </Stack>
    );
  }
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <IconHourglassHigh size={18} aria-hidden color="var(--mantine-color-yellow-9)" />
        <Text size="sm" fw={700} c="dark.8">
          {t('reviewCycles.matrix.awaiting')}
        </Text>
      </Group>
      {cell.stale && earlier ? (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <IconHistory size={14} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="xs">
            {earlier.decision === 'APPROVE'
              ? t('reviewCycles.matrix.staleApproval', { number: earlier.revisionNumber })
              : t('reviewCycles.matrix.staleChanges', { number: earlier.revisionNumber })}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}

export interface SignOffMatrixProps {
  profileId: string;
  organisations: ReadonlyArray<FragmentType<typeof MATRIX_ORGANISATION_FIELDS>>;
  rows: ReadonlyArray<FragmentType<typeof SIGN_OFF_MATRIX_ROW_FIELDS>>;
}

/**
 * Sections (rows) by required organisations (columns). Each cell says the decision in words with an
 * icon; a decision on an older revision is marked stale and the cell awaits a new one (highlighted, so
 * the gaps stand out). Under the table, per organisation, what it still has to sign off.
 */
export function SignOffMatrix(props: SignOffMatrixProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const organisations = getFragmentData(MATRIX_ORGANISATION_FIELDS, props.organisations);
  const rows = getFragmentData(SIGN_OFF_MATRIX_ROW_FIELDS, props.rows);
  const todo = stillToAct(organisations, rows);

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('reviewCycles.matrix.signOffsTitle')}
      </Title>
      {organisations.length === 0 ? (
        <Text>{t('reviewCycles.matrix.noSignatories')}</Text>
      ) : (
        <Stack gap="md">
          <Table.ScrollContainer minWidth={240 + organisations.length * 150} type="native">
            <Table withTableBorder withColumnBorders verticalSpacing="sm" horizontalSpacing="sm" style={{ tableLayout: 'auto' }}>
              <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{t('reviewCycles.matrix.signOffsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reviewCycles.matrix.sectionColumn')}</Table.Th>
                  {organisations.map((org) => (
                    <Table.Th scope="col" key={org.id}>
                      {org.acronym ? (
                        <abbr title={org.name} style={{ textDecoration: 'none' }}>
                          {organisationShort(org)}
                        </abbr>
                      ) : (
                        org.name
                      )}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.section.id}>
                    <Table.Th scope="row" fw={400}>
                      <Stack gap={4} align="flex-start">
                        <Anchor component={Link} to={`/profiles/${props.profileId}/sections/${row.section.id}`} fw={600}>
                          {sectionLabel(row.section)}
                        </Anchor>
                        {/* Unclipped: in a narrow column the badge would cut its words ("Changes req…"). */}
                        <Box style={{ minWidth: 'max-content' }}>
                          <StatusBadge status={row.section.status as SectionStatusValue} size="sm" />
                        </Box>
                      </Stack>
                    </Table.Th>
                    {organisations.map((org) => {
                      const cell = row.cells.find((c) => c.organization.id === org.id);
                      return (
                        <Table.Td
                          key={org.id}
                          data-awaiting={cell?.awaiting ? 'true' : undefined}
                          data-stale={cell?.stale ? 'true' : undefined}
                          style={
                            cell?.awaiting
                              ? { backgroundColor: 'var(--mantine-color-yellow-0)', boxShadow: 'inset 4px 0 0 var(--mantine-color-yellow-6)' }
                              : undefined
                          }
                        >
                          <CellContent cell={cell} />
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Box>
            <Title order={3} size="h5" mb={4}>
              {t('reviewCycles.matrix.stillToActTitle')}
            </Title>
            <List size="sm" spacing={4}>
              {todo.map(({ organisation, sections }) => (
                <List.Item key={organisation.id}>
                  <Text span size="sm" fw={600}>
                    {organisationName(organisation)}:
                  </Text>{' '}
                  {sections.length === 0
                    ? t('reviewCycles.matrix.nothingLeft')
                    : t('reviewCycles.matrix.stillToAct', { count: sections.length, sections: sections.map(sectionLabel).join('; ') })}
                </List.Item>
              ))}
            </List>
          </Box>
        </Stack>
      )}
    </Box>
  );
}
