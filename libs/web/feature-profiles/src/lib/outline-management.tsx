import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconArrowDown,
  IconArrowUp,
  IconChevronDown,
  IconCursorText,
  IconIndentDecrease,
  IconIndentIncrease,
  IconUsers,
} from '@tabler/icons-react';
import { useMutation, describeError } from '@mps/web-data-access';
import { ConfirmDialog, DeferredMenu, LazyModal } from '@mps/web-ui';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessage } from '@mps/web-util';
import { sectionLabel } from './format';
import type { Organisation } from './assign-organisations-form';
import { AssignOrganisationsForm, loadOutlineForms, RenameSectionForm } from './lazy-outline-forms';
import { countDescendants, moveTargets, type MoveTarget } from './outline';
import { DIALOG_TITLE_STYLES, refetchProfile } from './outline-dialog';
import type { OutlineSection } from './outline-nav';
import { ARCHIVE_SECTION_MUTATION, MOVE_SECTION_MUTATION } from './profile-documents';

// The profile and section screens take the outline tools from here.
export { AddSectionButton } from './add-section-dialog';
export type { Organisation } from './assign-organisations-form';

/** Coordinator tools for the open section: rename, move, indent/outdent, assign, archive. */
export function SectionActionsMenu({
  profileId,
  section,
  sections,
  organisations,
}: {
  profileId: string;
  section: OutlineSection;
  sections: readonly OutlineSection[];
  organisations: readonly Organisation[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'rename' | 'assign' | 'archive' | null>(null);
  useEffect(() => void loadOutlineForms().catch(() => undefined), []);
  const [move, { loading: moving }] = useMutation(MOVE_SECTION_MUTATION, refetchProfile(profileId));
  const [archive, { loading: archiving }] = useMutation(ARCHIVE_SECTION_MUTATION, refetchProfile(profileId));
  const [archiveError, setArchiveError] = useState<string | null>(null);
  const targets = moveTargets(sections, section.id);
  const label = sectionLabel(section);

  const doMove = async (target: MoveTarget | null, message: string) => {
    if (!target) return;
    try {
      await move({ variables: { input: { sectionId: section.id, parentId: target.parentId, position: target.position } } });
      notifications.show({ color: 'green', message });
    } catch (err) {
      notifications.show({ color: 'red', title: t('outline.moveFailed'), message: problemMessage(t, describeError(err)) });
    }
  };

  const doArchive = async () => {
    setArchiveError(null);
    try {
      await archive({ variables: { id: section.id } });
      setDialog(null);
      notifications.show({ color: 'green', message: t('outline.archived', { section: section.title }) });
      void navigate(section.parentId ? `/profiles/${profileId}/sections/${section.parentId}` : `/profiles/${profileId}`);
    } catch (err) {
      setArchiveError(problemMessage(t, describeError(err)));
    }
  };

  const subsections = countDescendants(sections, section.id);

  return (
    <>
      <DeferredMenu
        position="bottom-end"
        withinPortal
        shadow="md"
        button={
          <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />} loading={moving}>
            {t('outline.actions')}
          </Button>
        }
      >
        {(Menu) => (
          <Menu.Dropdown aria-label={t('outline.actionsFor', { section: label })}>
            <Menu.Item leftSection={<IconCursorText size={16} aria-hidden />} onClick={() => setDialog('rename')}>
              {t('outline.rename')}
            </Menu.Item>
            <Menu.Item leftSection={<IconUsers size={16} aria-hidden />} onClick={() => setDialog('assign')}>
              {t('outline.assign')}
            </Menu.Item>
            <Menu.Divider />
            <Menu.Item
              leftSection={<IconArrowUp size={16} aria-hidden />}
              disabled={!targets.up}
              onClick={() => void doMove(targets.up, t('outline.movedUp', { section: section.title }))}
            >
              {t('outline.moveUp')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconArrowDown size={16} aria-hidden />}
              disabled={!targets.down}
              onClick={() => void doMove(targets.down, t('outline.movedDown', { section: section.title }))}
            >
              {t('outline.moveDown')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconIndentIncrease size={16} aria-hidden />}
              disabled={!targets.indent}
              onClick={() => void doMove(targets.indent, t('outline.indented', { section: section.title }))}
            >
              {t('outline.indent')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconIndentDecrease size={16} aria-hidden />}
              disabled={!targets.outdent}
              onClick={() => void doMove(targets.outdent, t('outline.outdented', { section: section.title }))}
            >
              {t('outline.outdent')}
            </Menu.Item>
            <Menu.Divider />
            <Menu.Item color="red.8" leftSection={<IconArchive size={16} aria-hidden />} onClick={() => setDialog('archive')}>
              {t('outline.archive')}
            </Menu.Item>
          </Menu.Dropdown>
        )}
      </DeferredMenu>

      <LazyModal
        opened={dialog === 'rename'}
        onClose={() => setDialog(null)}
        title={t('outline.renameTitle', { section: label })}
        centered
        styles={DIALOG_TITLE_STYLES}
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
      >
        {dialog === 'rename' ? (
          <Suspense fallback={null}>
            <RenameSectionForm sectionId={section.id} title={section.title} onDone={() => setDialog(null)} />
          </Suspense>
        ) : null}
      </LazyModal>
      <LazyModal
        opened={dialog === 'assign'}
        onClose={() => setDialog(null)}
        title={t('outline.assignTitle', { section: label })}
        centered
        styles={DIALOG_TITLE_STYLES}
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
      >
        {dialog === 'assign' ? (
          <Suspense fallback={null}>
            <AssignOrganisationsForm
              sectionId={section.id}
              assigned={section.assignedOrganizations.map((o) => o.id)}
              organisations={organisations}
              onDone={() => setDialog(null)}
            />
          </Suspense>
        ) : null}
      </LazyModal>
      <ConfirmDialog
        opened={dialog === 'archive'}
        title={t('outline.archiveTitle', { section: label })}
        tone="danger"
        confirmLabel={t('outline.archiveConfirm')}
        loading={archiving}
        error={archiveError}
        onCancel={() => {
          setDialog(null);
          setArchiveError(null);
        }}
        onConfirm={() => void doArchive()}
      >
        {subsections > 0 ? t('outline.archiveBodyWithChildren', { count: subsections }) : t('outline.archiveBody')}
      </ConfirmDialog>
    </>
  );
}
