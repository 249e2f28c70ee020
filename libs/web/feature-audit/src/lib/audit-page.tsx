import { Alert, Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useLazyQuery, useQuery, getFragmentData, useAuthorizedFetch, useCurrentWorkspace, type AuditEventRowFieldsFragment } from '@mps/web-data-access';
import { AUDIT_ACTIONS, isAuditAction, type AuditAction } from '@mps/shared-domain';
import { EmptyState, formatDateTime, LoadingSkeleton, PageHeader, ResponsiveTable } from '@mps/web-ui';
import { NotAllowed, QueryError, usePageTitle } from '@mps/web-util';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import en from '../i18n/en.json';
import { Link } from 'react-router';
import { AUDIT_CHAIN_STATUS_QUERY, AUDIT_EVENT_FIELDS, AUDIT_LOG_QUERY, AUDIT_WORKSPACE_QUERY } from './audit-documents';
import {
  auditCsvUrl,
  EMPTY_FILTER_FORM,
  filterProblems,
  shortHash,
  subjectName,
  subjectPath,
  toAuditFilter,
  type AuditFilter,
  type AuditFilterForm,
} from './audit-format';
import { downloadFile } from './download';

const PAGE_SIZE = 50;
const SUBJECT_TYPES = [...new Set(Object.values(AUDIT_ACTIONS))].sort();

type SubjectType = keyof typeof en.audit.subjectTypes;
const isSubjectType = (type: string): type is SubjectType => Object.hasOwn(en.audit.subjectTypes, type);
/** An action in words; one this screen does not know yet keeps its dotted name. */
export const actionLabel = (t: TFunction, action: string): string => (isAuditAction(action) ? t(`auditActions.${action}`) : action);
export const subjectTypeLabel = (t: TFunction, type: string): string => (isSubjectType(type) ? t(`audit.subjectTypes.${type}`) : type);

export function AuditPage() {
  const { t } = useTranslation();
  const current = useCurrentWorkspace();
  if (current.loading) return <LoadingSkeleton variant="page" />;
  if (!current.workspace || !current.may('auditLog')) return <NotAllowed body={t('audit.notAllowedBody')} />;
  return <AuditLog workspaceId={current.workspace.id} />;
}

export function AuditLog({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const workspace = useQuery(AUDIT_WORKSPACE_QUERY, { variables: { id: workspaceId } });
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_FILTER_FORM);
  const [submitted, setSubmitted] = useState(false);
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useQuery(AUDIT_LOG_QUERY, {
    variables: { workspaceId, first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingOlder, setLoadingOlder] = useState(false);
  const authorizedFetch = useAuthorizedFetch();
  const [downloadError, setDownloadError] = useState<number | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [verify, verification] = useLazyQuery(AUDIT_CHAIN_STATUS_QUERY, { fetchPolicy: 'network-only' });

  const problems = filterProblems(form);
  const members = useMemo(() => {
    const list = workspace.data?.workspace.members ?? [];
    const people = new Map(list.map((m) => [m.user.id, m.user.displayName]));
    return [...people].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [workspace.data]);
  const actionOptions = useMemo(
    () =>
      (Object.keys(AUDIT_ACTIONS) as AuditAction[])
        .map((value) => ({ value, label: actionLabel(t, value) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [t],
  );
  const typeOptions = SUBJECT_TYPES.map((value) => ({ value, label: subjectTypeLabel(t, value) }));

  const set = (key: keyof AuditFilterForm) => (value: string | null) => setForm((f) => ({ ...f, [key]: value ?? '' }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (filterProblems(form).length) return;
    setFilter(toAuditFilter(form));
  };
  const clear = () => {
    setForm(EMPTY_FILTER_FORM);
    setSubmitted(false);
    setFilter({});
  };

  const connection = log.data?.auditLog;
  const loadOlder = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingOlder(true);
    try {
      await log.fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditLog: {
            ...fetchMoreResult.auditLog,
            edges: [...(previous.auditLog?.edges ?? []), ...fetchMoreResult.auditLog.edges],
          },
        }),
      });
    } finally {
      setLoadingOlder(false);
    }
  };

  const download = async () => {
    setDownloadError(null);
    setDownloading(true);
    try {
      await downloadFile(authorizedFetch, auditCsvUrl(workspaceId, filter), 'audit-log.csv');
    } catch (error) {
      setDownloadError(error instanceof Error && 'status' in error ? Number(error.status) : 0);
    } finally {
      setDownloading(false);
    }
  };

  const status = verification.data?.auditChainStatus;
  const name = workspace.data?.workspace.name;

  return (
    <>
      <PageHeader
        eyebrow={name}
        title={t('audit.title')}
        description={name ? t('audit.description', { workspace: name }) : undefined}
      />
      <Stack gap="lg">
        <form aria-label={t('audit.filters')} onSubmit={apply} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <NativeSelect
                label={t('audit.actor')}
                data={[{ value: '', label: t('audit.anyone') }, ...members]}
                value={form.actorId}
                onChange={(e) => set('actorId')(e.currentTarget.value)}
              />
              <NativeSelect
                label={t('audit.action')}
                data={[{ value: '', label: t('audit.anyAction') }, ...actionOptions]}
                value={form.action}
                onChange={(e) => set('action')(e.currentTarget.value)}
              />
              <NativeSelect
                label={t('audit.subjectType')}
                data={[{ value: '', label: t('audit.anyType') }, ...typeOptions]}
                value={form.subjectType}
                onChange={(e) => set('subjectType')(e.currentTarget.value)}
              />
              <TextInput
                label={t('audit.subjectId')}
                description={t('audit.subjectIdHint')}
                value={form.subjectId}
                onChange={(e) => set('subjectId')(e.currentTarget.value)}
                error={submitted && problems.includes('subjectId') ? t('audit.invalidId') : undefined}
              />
              <TextInput type="date" label={t('audit.from')} value={form.from} onChange={(e) => set('from')(e.currentTarget.value)} />
              <TextInput
                type="date"
                label={t('audit.to')}
                value={form.to}
                onChange={(e) => set('to')(e.currentTarget.value)}
                error={submitted && problems.includes('range') ? t('audit.rangeReversed') : undefined}
              />
            </SimpleGrid>
            <Group gap="sm">
              <Button type="submit">{t('audit.apply')}</Button>
              <Button variant="default" onClick={clear}>
                {t('audit.clear')}
              </Button>
              <Button variant="default" onClick={() => void download()} loading={downloading}>
                {t('audit.download')}
              </Button>
              <Button variant="default" onClick={() => void verify({ variables: { workspaceId } })} loading={verification.loading}>
                {verification.loading ? t('audit.verifying') : t('audit.verify')}
              </Button>
            </Group>
          </Stack>
        </form>

        {downloadError !== null && (
          <Alert color="red" role="alert">
            {t('audit.downloadFailed', { status: downloadError })}
          </Alert>
        )}
        {verification.error && <QueryError error={verification.error} onRetry={() => void verify({ variables: { workspaceId } })} />}
        {status && (
          <Alert color={status.ok ? 'green' : 'red'} role="status">
            {status.ok
              ? t('audit.verifiedOk', { count: status.events })
              : t('audit.verifiedBroken', { sequence: status.brokenAtSequence })}
          </Alert>
        )}

        {log.error && !connection ? (
          <QueryError error={log.error} onRetry={() => void log.refetch()} />
        ) : !connection ? (
          <LoadingSkeleton variant="table" rows={8} />
        ) : connection.edges.length === 0 ? (
          <EmptyState title={t('audit.empty')} />
        ) : (
          <>
            <ResponsiveTable>
              <Table.Caption className="visually-hidden">{t('audit.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.colWhen')}</Table.Th>
                  <Table.Th scope="col">{t('audit.colWho')}</Table.Th>
                  <Table.Th scope="col">{t('audit.colWhat')}</Table.Th>
                  <Table.Th scope="col">{t('audit.colObject')}</Table.Th>
                  <Table.Th scope="col">{t('audit.colChain')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map((edge) => (
                  <AuditRow key={edge.cursor} event={getFragmentData(AUDIT_EVENT_FIELDS, edge.node)} />
                ))}
              </Table.Tbody>
            </ResponsiveTable>
            {connection.pageInfo.hasNextPage ? (
              <Group>
                <Button variant="default" onClick={() => void loadOlder()} loading={loadingOlder}>
                  {t('audit.loadOlder')}
                </Button>
              </Group>
            ) : (
              <Text c="dimmed" size="sm">
                {t('audit.allShown')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </>
  );
}


function AuditRow({ event }: { event: AuditEventRowFieldsFragment }) {
  const { t } = useTranslation();
  const path = subjectPath(event.subjectType, event.subjectId, event.data);
  const objectName = subjectName(event.data);
  const typeLabel = subjectTypeLabel(t, event.subjectType);
  const objectText = objectName ? `${typeLabel}: ${objectName}` : `${typeLabel} ${event.subjectId.slice(0, 8)}`;
  const previous = event.previousHash ? shortHash(event.previousHash) : t('audit.firstEntry');
  return (
    <Table.Tr>
      <Table.Td data-label={t('audit.colWhen')}>
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
      </Table.Td>
      <Table.Td data-label={t('audit.colWho')}>{event.actor ? event.actor.displayName : t('audit.system')}</Table.Td>
      <Table.Td data-label={t('audit.colWhat')}>
        <Text size="sm">{actionLabel(t, event.action)}</Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {event.action}
        </Text>
      </Table.Td>
      <Table.Td data-label={t('audit.colObject')}>
        {path ? (
          <Anchor component={Link} to={path}>
            {objectText}
          </Anchor>
        ) : (
          <Text size="sm">{objectText}</Text>
        )}
      </Table.Td>
      <Table.Td data-label={t('audit.colChain')}>
        <Text
          size="xs"
          ff="monospace"
          title={event.hash}
          aria-label={t('audit.chainEntryLabel', { sequence: event.sequence, hash: shortHash(event.hash), previous })}
        >
          {t('audit.chainEntry', { sequence: event.sequence, hash: shortHash(event.hash) })}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
