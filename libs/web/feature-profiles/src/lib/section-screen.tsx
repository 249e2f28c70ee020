import { Alert, Box, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconFileText, IconMessages, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { EMPTY_DOCUMENT } from '@mps/shared-domain';
import { ConfirmDialog, EmptyState, formatDateTime, LoadingSkeleton, StatusBadge } from '@mps/web-ui';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@mps/web-util';
import { clearDraft, readDraft, type StoredDraft } from '@mps/web-editor';
import type { EditingStart } from './section-editing';
import { organisationShortNames, sectionLabel } from './format';
import { HistoryPanel } from './history-panel';
import { LiveNoticeRegion } from './live-notice';
import { SectionActionsMenu, type Organisation } from './outline-management';
import type { OutlineSection } from './outline-nav';
import { SECTION_QUERY } from './profile-documents';
import classes from './profile-page.module.css';
import type { LiveNotice } from './use-live-updates';

const loadEditor = () => import('./section-editing');
const SectionEditing = lazy(loadEditor);

export interface SectionScreenProps {
  profileId: string;
  entry: OutlineSection;
  sections: readonly OutlineSection[];
  organisations: readonly Organisation[];
  isCoordinator: boolean;
  /** What someone else just did to this section (see useProfileLiveUpdates). */
  liveNotice?: LiveNotice | null;
  onDismissLiveNotice?(): void;
  /** Told when the section opens and whenever it enters or leaves the editor. */
  onEditingChange?(sectionId: string, editing: boolean): void;
  /** Told after each successful save from the editor. */
  onSaved?(sectionId: string): void;
}

/** The open section (reading or editing) and, beside it, its details and history. */
export function SectionScreen({
  profileId,
  entry,
  sections,
  organisations,
  isCoordinator,
  liveNotice = null,
  onDismissLiveNotice,
  onEditingChange,
  onSaved,
}: SectionScreenProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SECTION_QUERY, { variables: { id: entry.id } });
  const section = data?.section;
  const current = section?.currentRevision ?? null;
  const canEdit = section?.canEdit ?? entry.canEdit;
  const label = sectionLabel(entry);
  const [draft, setDraft] = useState<StoredDraft | null>(() => readDraft(entry.id));
  const [editing, setEditing] = useState<EditingStart | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [combining, setCombining] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const isEditing = editing !== null;
  const sectionId = entry.id;

  useEffect(() => {
    onEditingChange?.(sectionId, isEditing);
  }, [isEditing, onEditingChange, sectionId]);
  const handleSaved = useCallback(() => onSaved?.(sectionId), [onSaved, sectionId]);

  // Whoever may edit gets the editor's code in the background, so that "Edit" is instant.
  useEffect(() => {
    if (!canEdit) return;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 800));
    idle(() => void loadEditor().catch(() => undefined));
  }, [canEdit]);

  const startEditing = () => {
    const stored = readDraft(entry.id);
    if (stored) setEditing({ content: stored.content, baseRevisionId: stored.baseRevisionId, fromDraft: true });
    else setEditing({ content: current?.content ?? EMPTY_DOCUMENT, baseRevisionId: current?.id ?? null, fromDraft: false });
  };

  const closeEditor = () => {
    setEditing(null);
    setDraft(readDraft(entry.id));
    window.setTimeout(() => editButton.current?.focus(), 0);
  };

  const discardDraft = () => {
    clearDraft(entry.id);
    setDraft(null);
    setConfirmDiscard(false);
  };

  const orgNames = organisationShortNames(entry.assignedOrganizations);

  const header = (
    <Stack gap="xs" mb="lg">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Title order={1} id="section-title" style={{ overflowWrap: 'anywhere', flex: '1 1 14rem' }}>
          {entry.number ? <span className="mps-section-number">{entry.number} </span> : null}
          {entry.title}
        </Title>
        <Group gap="xs" className={classes.noPrint}>
          {!editing && canEdit ? (
            <Button
              ref={editButton}
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={startEditing}
              onMouseEnter={() => void loadEditor()}
              onFocus={() => void loadEditor()}
              disabled={!section}
            >
              {t('section.edit')}
            </Button>
          ) : null}
          {isCoordinator && !editing ? (
            <SectionActionsMenu profileId={profileId} section={entry} sections={sections} organisations={organisations} />
          ) : null}
        </Group>
      </Group>
      <Group gap="sm" wrap="wrap">
        <StatusBadge status={entry.status} />
        <Text size="sm" c="dimmed">
          {orgNames ? t('section.draftedBy', { organisations: orgNames }) : t('section.unassigned')}
        </Text>
      </Group>
    </Stack>
  );

  let body: React.ReactNode;
  if (error && !section) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!section) body = <ProseSkeleton />;
  else if (editing) {
    body = (
      <Suspense fallback={<EditorSkeleton />}>
        <SectionEditing
          sectionId={entry.id}
          sectionLabel={label}
          start={editing}
          onClose={closeEditor}
          onCombiningChange={setCombining}
          onSaved={handleSaved}
        />
      </Suspense>
    );
  } else {
    body = (
      <Stack gap="lg">
        {draft ? (
          <Alert
            color="yellow"
            variant="light"
            radius="md"
            icon={<IconDeviceFloppy aria-hidden />}
            title={t('draft.notice', { time: formatDateTime(draft.savedAt) })}
            styles={{ root: { border: '2px solid var(--mantine-color-yellow-7)' }, title: { color: '#0b0c0c' }, message: { color: '#0b0c0c' } }}
            className={classes.noPrint}
          >
            <Stack gap="sm">
              <Text size="sm">
                {canEdit ? t('draft.explain') : t('draft.explainReadOnly')}
                {canEdit && draft.baseRevisionId !== (current?.id ?? null) ? ` ${t('draft.newerSaved')}` : ''}
              </Text>
              <Group gap="sm">
                {canEdit ? (
                  <Button size="sm" onClick={startEditing} onMouseEnter={() => void loadEditor()}>
                    {t('draft.restore')}
                  </Button>
                ) : null}
                <Button size="sm" variant="default" onClick={() => setConfirmDiscard(true)}>
                  {t('draft.discard')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {current ? (
          <div className="mps-prose" dangerouslySetInnerHTML={{ __html: current.html }} />
        ) : (
          <EmptyState icon={<IconFileText size={24} />} title={t('section.emptyTitle')} headingOrder={2}>
            {canEdit ? t('section.emptyBodyEditor') : t('section.emptyBody')}
          </EmptyState>
        )}
        {current ? (
          <Group className={classes.noPrint}>
            <Button variant="subtle" size="compact-sm" leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
              {t('section.print')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    );
  }

  return (
    <>
      <article aria-labelledby="section-title" className={classes.sectionArea} data-wide={combining || undefined}>
        {header}
        <LiveNoticeRegion notice={liveNotice} onDismiss={() => onDismissLiveNotice?.()} />
        {body}
      </article>
      <aside aria-label={t('section.panelLabel')} className={`${classes.panelArea} ${classes.panel}`}>
        <section aria-labelledby="details-heading">
          <Title order={2} size="h5" id="details-heading" mb="xs">
            {t('section.details')}
          </Title>
          {!section ? (
            <LoadingSkeleton rows={2} />
          ) : (
            <dl className={classes.details}>
              <dt>{t('section.assignedTo')}</dt>
              <dd>
                {section.assignedOrganizations.length
                  ? section.assignedOrganizations.map((o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name)).join('; ')
                  : t('section.unassigned')}
              </dd>
              <dt>{t('section.currentRevision')}</dt>
              <dd>
                {current
                  ? t('section.revisionLine', {
                      number: current.number,
                      author: current.author.displayName,
                      time: formatDateTime(current.createdAt),
                    })
                  : t('section.noRevision')}
              </dd>
              {current?.summary ? (
                <>
                  <dt>{t('section.summary')}</dt>
                  <dd style={{ overflowWrap: 'anywhere' }}>{current.summary}</dd>
                </>
              ) : null}
              <dt>{t('section.yourAccess')}</dt>
              <dd>{canEdit ? t('section.youCanEdit') : t('section.youCanRead')}</dd>
            </dl>
          )}
        </section>
        {section ? (
          <HistoryPanel
            sectionId={section.id}
            revisions={section.revisions}
            currentRevisionId={current?.id ?? null}
            canEdit={canEdit}
          />
        ) : null}
        <section aria-labelledby="comments-heading" className={classes.panelSection}>
          <Group gap={6} mb="xs" wrap="nowrap">
            <IconMessages size={18} aria-hidden />
            <Title order={2} size="h5" id="comments-heading">
              {t('section.commentsTitle')}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {t('section.commentsNote')}
          </Text>
        </section>
      </aside>
      <ConfirmDialog
        opened={confirmDiscard}
        title={t('draft.discardTitle')}
        tone="danger"
        confirmLabel={t('draft.discardConfirm')}
        cancelLabel={t('draft.keep')}
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={discardDraft}
      >
        {t('draft.discardBody')}
      </ConfirmDialog>
    </>
  );
}

function ProseSkeleton() {
  const { t } = useTranslation();
  return (
    <Box aria-busy="true" role="status" maw="70ch">
      <span className="visually-hidden">{t('section.loading')}</span>
      <Stack gap={10} aria-hidden>
        {[96, 100, 92, 98, 60, 0, 94, 100, 88, 45].map((w, i) =>
          w === 0 ? <Box key={i} h={8} /> : <Skeleton key={i} height={14} width={`${w}%`} radius="sm" />,
        )}
      </Stack>
    </Box>
  );
}

function EditorSkeleton() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" aria-busy="true" role="status">
      <span className="visually-hidden">{t('editor.loading')}</span>
      <Group gap={6} p={8} aria-hidden style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {Array.from({ length: 12 }, (_, i) => (
          <Skeleton key={i} height={32} width={32} radius="sm" />
        ))}
      </Group>
      <Stack gap={10} p="md" aria-hidden>
        {[90, 100, 70, 95].map((w, i) => (
          <Skeleton key={i} height={14} width={`${w}%`} radius="sm" />
        ))}
      </Stack>
    </Paper>
  );
}
