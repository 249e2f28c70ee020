import { Alert, Anchor, Button, Card, Code, List, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useDataClient, useMutation, useCurrentWorkspace, type IndicatorImportPreviewQuery } from '@mps/web-data-access';
import { IMPORT_COLUMNS, IMPORT_LIMITS } from '@mps/shared-domain';
import { FormError, formatNumber, PageHeader, ResponsiveTable } from '@mps/web-ui';
import { describedProblem, NotAllowed, usePageTitle } from '@mps/web-util';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IMPORT_MUTATION, IMPORT_PREVIEW_QUERY, INDICATORS_QUERY } from './indicators-documents';
import { disaggregationText, figureText } from './labels';

type Preview = IndicatorImportPreviewQuery['indicatorImportPreview'];
interface ChosenFile {
  fileName: string;
  contentBase64: string;
}

/** The file's bytes as base64, without the data-URL prefix. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

const TEMPLATE = `${IMPORT_COLUMNS.map((c) => c.name).join(',')}\nIMM.STOCK,2023,43100,persons,Total,,,,administrative register,Register of foreign residents,,comparable,,no,\n`;

/**
 * Import a CSV or Excel data file: choose it, read the check of every row (row, column, problem), fix the file and
 * choose it again; once nothing is left to fix, import every figure at once. Nothing is written until then, and the
 * import writes every row or none.
 */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('indicators.importTitle'));
  const current = useCurrentWorkspace();
  const workspaceId = current.workspace?.id ?? '';
  const client = useDataClient();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [imported, setImported] = useState<{ fileName: string; added: number; replaced: number } | null>(null);
  const [runImport, { loading: importing }] = useMutation(IMPORT_MUTATION, {
    refetchQueries: [{ query: INDICATORS_QUERY, variables: { workspaceId } }],
  });

  if (!current.loading && !current.may('importIndicatorData')) return <NotAllowed body={t('indicators.importNotAllowed')} />;

  const choose = async (chosen: File | undefined) => {
    setProblem(null);
    setPreview(null);
    setImported(null);
    setFile(null);
    if (!chosen) return;
    if (chosen.size > IMPORT_LIMITS.maxBytes) {
      setProblem(t('indicators.fileTooLarge', { mb: IMPORT_LIMITS.maxBytes / 1024 / 1024, rows: formatNumber(IMPORT_LIMITS.maxRows) }));
      return;
    }
    setChecking(true);
    try {
      const next = { fileName: chosen.name, contentBase64: await readAsBase64(chosen) };
      const { data } = await client.query({ query: IMPORT_PREVIEW_QUERY, variables: { input: { workspaceId, ...next } }, fetchPolicy: 'no-cache' });
      setFile(next);
      setPreview(data?.indicatorImportPreview ?? null);
    } catch (err) {
      setProblem(describedProblem(t, err, t('indicators.checkFailed')));
    } finally {
      setChecking(false);
      // The same file, fixed and saved again, must be choosable again.
      if (input.current) input.current.value = '';
    }
  };

  const importFile = async () => {
    if (!file) return;
    setProblem(null);
    try {
      const result = await runImport({ variables: { input: { workspaceId, ...file } } });
      const done = result.data?.importIndicatorData;
      if (done) {
        setImported({ fileName: done.fileName, added: done.addedCount, replaced: done.replacedCount });
        notifications.show({ color: 'green', message: t('indicators.importedNotice', { count: done.addedCount + done.replacedCount }) });
      }
      setPreview(null);
      setFile(null);
    } catch (err) {
      setProblem(describedProblem(t, err, t('indicators.importFailed')));
    }
  };

  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`;
  const ready = preview && preview.problemCount === 0 && preview.addCount + preview.replaceCount > 0;

  return (
    <>
      <PageHeader
        back={
          <Anchor component={Link} to="/indicators" size="sm">
            {t('indicators.back')}
          </Anchor>
        }
        eyebrow={current.workspace?.name}
        title={t('indicators.importTitle')}
        description={t('indicators.importDescription')}
      />
      <Stack gap="xl">
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="file-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="file-title">
              {t('indicators.chooseFileTitle')}
            </Title>
            <Text size="sm">{t('indicators.fileRules', { mb: IMPORT_LIMITS.maxBytes / 1024 / 1024, rows: formatNumber(IMPORT_LIMITS.maxRows) })}</Text>
            <Text size="sm">
              {t('indicators.columnsIntro')}{' '}
              {IMPORT_COLUMNS.map((c, i) => (
                <span key={c.name}>
                  <Code>{c.name}</Code>
                  {c.required ? ` (${t('indicators.required')})` : ''}
                  {i < IMPORT_COLUMNS.length - 1 ? ', ' : '.'}
                </span>
              ))}
            </Text>
            <Anchor href={templateHref} download="indicator-data-template.csv" size="sm">
              {t('indicators.template')}
            </Anchor>
            <div>
              <label htmlFor={inputId} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
                {t('indicators.fileLabel')}
              </label>
              <input
                id={inputId}
                ref={input}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => void choose(e.currentTarget.files?.[0])}
                disabled={checking || importing || !workspaceId}
              />
            </div>
            {checking ? <Text size="sm" role="status">{t('indicators.checking')}</Text> : null}
            {problem ? <FormError>{problem}</FormError> : null}
          </Stack>
        </Card>

        {imported ? (
          <Alert color="green" variant="light" title={t('indicators.importedTitle', { fileName: imported.fileName })} role="status">
            {t('indicators.importedBody', { added: imported.added, replaced: imported.replaced })}{' '}
            <Anchor component={Link} to="/indicators">
              {t('indicators.backToCatalogue')}
            </Anchor>
          </Alert>
        ) : null}

        {preview ? (
          <Stack gap="md" component="section" aria-labelledby="check-title">
            <Title order={2} size="h3" id="check-title">
              {t('indicators.checkTitle', { fileName: preview.fileName })}
            </Title>
            <Text>{t('indicators.checkSummary', { rows: preview.rowCount, add: preview.addCount, replace: preview.replaceCount })}</Text>
            {preview.problemCount > 0 ? (
              <Stack gap="sm">
                <Alert color="red" variant="light" title={t('indicators.problemsTitle', { count: preview.problemCount })}>
                  {t('indicators.problemsBody')}
                  {preview.problemCount > preview.problems.length ? ` ${t('indicators.problemsListed', { count: preview.problems.length })}` : ''}
                </Alert>
                <ResponsiveTable aria-label={t('indicators.problemsTableLabel')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('indicators.row')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.column')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.problem')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.problems.map((p, index) => (
                      <Table.Tr key={`${p.row}-${p.column ?? ''}-${index}`}>
                        <Table.Td data-label={t('indicators.row')}>{p.row}</Table.Td>
                        <Table.Td data-label={t('indicators.column')}>{p.column ?? t('indicators.wholeRow')}</Table.Td>
                        <Table.Td data-label={t('indicators.problem')}>{p.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </ResponsiveTable>
                <Text size="sm">{t('indicators.fixAndChooseAgain')}</Text>
              </Stack>
            ) : null}
            {ready ? (
              <Stack gap="sm" align="flex-start">
                <Text>{t('indicators.readyToImport')}</Text>
                <Button onClick={() => void importFile()} loading={importing}>
                  {t('indicators.importSubmit', { count: preview.addCount + preview.replaceCount })}
                </Button>
              </Stack>
            ) : null}
            {preview.rows.length ? (
              <Stack gap="xs">
                <Title order={3} size="h4">
                  {t('indicators.previewRowsTitle', { count: preview.rows.length })}
                </Title>
                <ResponsiveTable aria-label={t('indicators.previewRowsTitle', { count: preview.rows.length })}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('indicators.row')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.code')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.period')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.disaggregation')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.value')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.organisation')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.rows.map((r) => (
                      <Table.Tr key={r.row}>
                        <Table.Td data-label={t('indicators.row')}>{r.row}</Table.Td>
                        <Table.Td data-label={t('indicators.code')}>{r.indicatorCode}</Table.Td>
                        <Table.Td data-label={t('indicators.period')}>{r.period}</Table.Td>
                        <Table.Td data-label={t('indicators.disaggregation')}>{disaggregationText(t, r)}</Table.Td>
                        <Table.Td data-label={t('indicators.value')}>
                          {figureText(t, r)}
                          {r.replaces ? ` (${t('indicators.replaces')})` : ''}
                        </Table.Td>
                        <Table.Td data-label={t('indicators.organisation')}>{r.organizationName}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </ResponsiveTable>
              </Stack>
            ) : null}
          </Stack>
        ) : null}
        <List size="sm" c="dimmed">
          <List.Item>{t('indicators.allOrNothing')}</List.Item>
          <List.Item>{t('indicators.formulasRefused')}</List.Item>
        </List>
      </Stack>
    </>
  );
}
