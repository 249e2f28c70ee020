import { Alert, Anchor, Box, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconHourglassHigh, IconUnlink } from '@tabler/icons-react';
import { sectionLabel } from '@mps/shared-domain';
import { FileDownloadError, getFragmentData, graphql, useAuthorizedFetch, type FragmentType, type ResponsesMatrixCommentFieldsFragment } from '@mps/web-data-access';
import { bidiSlot, formatDate, ResponsiveTable, withBdi } from '@mps/web-ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organisationName } from './review-cycle-format';
import { downloadResponses, type ResponsesFormat } from './responses-download';

/** A row of the comment-response matrix: an opening comment from a participating organisation. */
export const RESPONSES_MATRIX_COMMENT_FIELDS = graphql(`
  fragment ResponsesMatrixCommentFields on Comment {
    id
    body
    createdAt
    author {
      id
      displayName
    }
    organization {
      id
      name
      acronym
    }
    section {
      id
      number
      title
    }
    anchor {
      quote
      orphaned
    }
    suggestion {
      text
      status
      declineReason
    }
    disposition {
      value
      reason
      recordedAt
    }
    suggestionAppliedIn {
      id
      number
    }
  }
`);

type Row = ResponsesMatrixCommentFieldsFragment;

function DispositionCell({ row }: { row: Row }) {
  const { t } = useTranslation();
  if (!row.disposition)
    return (
      <Group gap={6} wrap="nowrap" data-awaiting="true">
        <IconHourglassHigh size={16} aria-hidden color="var(--mantine-color-yellow-9)" />
        <Text size="sm" fw={700}>
          {t('reviewCycles.responses.awaitingDisposition')}
        </Text>
      </Group>
    );
  return (
    <Stack gap={2}>
      <Text size="sm" fw={700}>
        {t(`reviewCycles.responses.disposition.${row.disposition.value}`)}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {row.disposition.reason}
      </Text>
    </Stack>
  );
}

export interface ResponsesMatrixProps {
  cycleId: string;
  cycleTitle: string;
  profileId: string;
  comments: ReadonlyArray<FragmentType<typeof RESPONSES_MATRIX_COMMENT_FIELDS>>;
}

/**
 * How every comment of the participating organisations was answered: comment, organisation, passage,
 * suggestion, disposition and reason, and the revision that took its wording; with CSV and Excel
 * downloads for the working group's records. On screen the reason sits under its disposition and the
 * revision under its suggestion: seven narrow columns made every text a thin ribbon on a laptop.
 */
export function ResponsesMatrix({ cycleId, cycleTitle, profileId, comments }: ResponsesMatrixProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const rows = getFragmentData(RESPONSES_MATRIX_COMMENT_FIELDS, comments);
  const authorizedFetch = useAuthorizedFetch();
  const [busy, setBusy] = useState<ResponsesFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async (format: ResponsesFormat) => {
    setBusy(format);
    setFailure(null);
    try {
      await downloadResponses(authorizedFetch, cycleId, cycleTitle, format, i18n.resolvedLanguage ?? i18n.language);
    } catch (err) {
      const status = err instanceof FileDownloadError ? err.status : -1;
      setFailure(
        status === 0
          ? t('errors.network')
          : status === 403
            ? t('reviewCycles.responses.downloadForbidden')
            : status === 404
              ? t('errors.notFound')
              : status === 401
                ? t('errors.sessionEnded')
                : t('errors.unknown'),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" mb="xs" gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('reviewCycles.responses.title')}
        </Title>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy === 'csv'}
            disabled={busy !== null && busy !== 'csv'}
            onClick={() => void download('csv')}
          >
            {t('reviewCycles.responses.downloadCsv')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={busy === 'xlsx'}
            disabled={busy !== null && busy !== 'xlsx'}
            onClick={() => void download('xlsx')}
          >
            {t('reviewCycles.responses.downloadExcel')}
          </Button>
        </Group>
      </Group>
      {failure ? (
        <Alert role="alert" color="red" variant="outline" mb="sm" title={t('reviewCycles.responses.downloadFailed')}>
          {failure}
        </Alert>
      ) : null}
      {rows.length === 0 ? (
        <Text>{t('reviewCycles.responses.empty')}</Text>
      ) : (
        <ResponsiveTable>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{t('reviewCycles.responses.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reviewCycles.responses.colComment')}</Table.Th>
              <Table.Th scope="col">{t('reviewCycles.responses.colOrganisation')}</Table.Th>
              <Table.Th scope="col">{t('reviewCycles.responses.colPassage')}</Table.Th>
              <Table.Th scope="col">{t('reviewCycles.responses.colSuggestion')}</Table.Th>
              <Table.Th scope="col">{t('reviewCycles.responses.colDisposition')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/profiles/${profileId}/sections/${row.section.id}`} size="sm" fw={600}>
                      {sectionLabel(row.section)}
                    </Anchor>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {row.body}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {withBdi(t('reviewCycles.responses.byline', { name: bidiSlot('name'), date: formatDate(row.createdAt) }), { name: row.author.displayName })}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td data-label={t('reviewCycles.responses.colOrganisation')}>
                  <Text size="sm">{organisationName(row.organization)}</Text>
                </Table.Td>
                <Table.Td data-label={t('reviewCycles.responses.colPassage')}>
                  {row.anchor ? (
                    <Stack gap={2}>
                      <Text size="sm" component="q" style={{ overflowWrap: 'anywhere' }}>
                        {row.anchor.quote}
                      </Text>
                      {row.anchor.orphaned ? (
                        <Group gap={4} wrap="nowrap">
                          <IconUnlink size={14} aria-hidden />
                          <Text size="xs">{t('reviewCycles.responses.orphaned')}</Text>
                        </Group>
                      ) : null}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('reviewCycles.responses.wholeSection')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-label={t('reviewCycles.responses.colSuggestion')}>
                  {row.suggestion ? (
                    <Stack gap={2}>
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {row.suggestion.text}
                      </Text>
                      <Text size="xs" fw={600}>
                        {row.suggestionAppliedIn
                          ? t('reviewCycles.responses.takenInto', { number: row.suggestionAppliedIn.number })
                          : t(`reviewCycles.responses.suggestion.${row.suggestion.status}`)}
                      </Text>
                      {row.suggestion.declineReason ? (
                        <Text size="xs">{t('reviewCycles.responses.declinedBecause', { reason: row.suggestion.declineReason })}</Text>
                      ) : null}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('reviewCycles.responses.none')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-label={t('reviewCycles.responses.colDisposition')}>
                  <DispositionCell row={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ResponsiveTable>
      )}
    </Box>
  );
}
