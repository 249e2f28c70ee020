import { Button, Checkbox, Group, Menu, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconArrowDown,
  IconArrowUp,
  IconChevronDown,
  IconCursorText,
  IconIndentDecrease,
  IconIndentIncrease,
  IconPlus,
  IconUsers,
} from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { describeError } from '@mps/web-data-access';
import { ConfirmDialog, FormError } from '@mps/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessage } from '@mps/web-util';
import { sectionLabel } from './format';
import { countDescendants, moveTargets, type MoveTarget } from './outline';
import type { OutlineSection } from './outline-nav';
import {
  ADD_SECTION_MUTATION,
  ARCHIVE_SECTION_MUTATION,
  ASSIGN_SECTION_MUTATION,
  MOVE_SECTION_MUTATION,
  PROFILE_SCREEN_QUERY,
  RENAME_SECTION_MUTATION,
} from './profile-documents';

/** Dialog titles as headings people notice. */
const TITLE_STYLES = { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } };

export interface Organisation {
  id: string;
  name: string;
  acronym: string | null;
}

const refetchProfile = (profileId: string) => ({
  refetchQueries: [{ query: PROFILE_SCREEN_QUERY, variables: { id: profileId } }],
  awaitRefetchQueries: true,
});

/** "Add section" (coordinators): title, place in the outline, numbered or not. */
export function AddSectionButton({
  profileId,
  sections,
  defaultParentId,
}: {
  profileId: string;
  sections: readonly OutlineSection[];
  defaultParentId: string | null;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="compact-sm" variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {t('outline.add')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('outline.addTitle')}
        centered
        styles={TITLE_STYLES}
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
      >
        {open ? (
          <AddSectionForm
            profileId={profileId}
            sections={sections}
            defaultParentId={defaultParentId}
            onDone={() => setOpen(false)}
          />
        ) : null}
      </Modal>
    </>
  );
}

function AddSectionForm({
  profileId,
  sections,
  defaultParentId,
  onDone,
}: {
  profileId: string;
  sections: readonly OutlineSection[];
  defaultParentId: string | null;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [parentId, setParentId] = useState(defaultParentId ?? '');
  const [numbered, setNumbered] = useState(true);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [add, { loading }] = useMutation(ADD_SECTION_MUTATION, refetchProfile(profileId));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!title.trim()) {
      setTitleError(t('outline.titleRequired'));
      return;
    }
    setTitleError(null);
    try {
      const result = await add({
        variables: { input: { profileId, title: title.trim(), parentId: parentId || null, numbered } },
      });
      const created = result.data?.addSection;
      onDone();
      notifications.show({ color: 'green', message: t('outline.added', { title: title.trim() }) });
      if (created) void navigate(`/profiles/${profileId}/sections/${created.id}`);
    } catch (err) {
      setFormError(problemMessage(t, describeError(err)));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('outline.addTitle')}>
      <Stack gap="md">
        {formError ? <FormError>{formError}</FormError> : null}
        <TextInput
          label={t('outline.titleLabel')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={titleError}
          maxLength={200}
          data-autofocus
        />
        <NativeSelect
          label={t('outline.parentLabel')}
          description={t('outline.parentHint')}
          value={parentId}
          onChange={(e) => setParentId(e.currentTarget.value)}
          data={[
            { value: '', label: t('outline.topLevel') },
            ...sections.map((s) => ({
              value: s.id,
              label: `${'\u00a0\u00a0'.repeat(s.depth)}${s.numbered ? sectionLabel(s) : t('outline.unnumberedOption', { section: s.title })}`,
            })),
          ]}
        />
        <Checkbox
          label={t('outline.numbered')}
          description={t('outline.numberedHint')}
          checked={numbered}
          onChange={(e) => setNumbered(e.currentTarget.checked)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('outline.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('outline.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

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
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />} loading={moving}>
            {t('outline.actions')}
          </Button>
        </Menu.Target>
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
      </Menu>

      <Modal
        opened={dialog === 'rename'}
        onClose={() => setDialog(null)}
        title={t('outline.renameTitle', { section: label })}
        centered
        styles={TITLE_STYLES}
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
      >
        {dialog === 'rename' ? <RenameForm sectionId={section.id} title={section.title} onDone={() => setDialog(null)} /> : null}
      </Modal>
      <Modal
        opened={dialog === 'assign'}
        onClose={() => setDialog(null)}
        title={t('outline.assignTitle', { section: label })}
        centered
        styles={TITLE_STYLES}
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
      >
        {dialog === 'assign' ? (
          <AssignForm
            sectionId={section.id}
            assigned={section.assignedOrganizations.map((o) => o.id)}
            organisations={organisations}
            onDone={() => setDialog(null)}
          />
        ) : null}
      </Modal>
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

function RenameForm({ sectionId, title, onDone }: { sectionId: string; title: string; onDone(): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [rename, { loading }] = useMutation(RENAME_SECTION_MUTATION);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) {
      setError(t('outline.titleRequired'));
      return;
    }
    setError(null);
    try {
      await rename({ variables: { id: sectionId, title: value.trim() } });
      notifications.show({ color: 'green', message: t('outline.renamed', { title: value.trim() }) });
      onDone();
    } catch (err) {
      setFormError(problemMessage(t, describeError(err)));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('outline.rename')}>
      <Stack gap="md">
        {formError ? <FormError>{formError}</FormError> : null}
        <TextInput
          label={t('outline.titleLabel')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={error}
          maxLength={200}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('outline.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('outline.renameSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AssignForm({
  sectionId,
  assigned,
  organisations,
  onDone,
}: {
  sectionId: string;
  assigned: string[];
  organisations: readonly Organisation[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string[]>(assigned);
  const [formError, setFormError] = useState<string | null>(null);
  const [assign, { loading }] = useMutation(ASSIGN_SECTION_MUTATION);
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    try {
      await assign({ variables: { sectionId, organizationIds: value } });
      notifications.show({ color: 'green', message: t('outline.assigned') });
      onDone();
    } catch (err) {
      setFormError(problemMessage(t, describeError(err)));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('outline.assign')}>
      <Stack gap="md">
        {formError ? <FormError>{formError}</FormError> : null}
        {sorted.length === 0 ? (
          <Text>{t('outline.noOrganisations')}</Text>
        ) : (
          <Checkbox.Group label={t('outline.assignLabel')} description={t('outline.assignHint')} value={value} onChange={setValue}>
            <Stack gap="xs" mt="xs">
              {sorted.map((org) => (
                <Checkbox key={org.id} value={org.id} label={org.acronym ? `${org.name} (${org.acronym})` : org.name} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={loading}>
            {t('outline.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('outline.assignSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
