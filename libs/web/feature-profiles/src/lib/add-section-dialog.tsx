import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { LazyModal } from '@mps/web-ui';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIALOG_TITLE_STYLES } from './outline-dialog';
import type { OutlineSection } from './outline-nav';
import { AddSectionForm, loadOutlineForms } from './lazy-outline-forms';

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
  useEffect(() => void loadOutlineForms().catch(() => undefined), []);
  return (
    <>
      <Button size="compact-sm" variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {t('outline.add')}
      </Button>
      <LazyModal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('outline.addTitle')}
        centered
        styles={DIALOG_TITLE_STYLES}
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
      >
        {open ? (
          <Suspense fallback={null}>
            <AddSectionForm
              profileId={profileId}
              sections={sections}
              defaultParentId={defaultParentId}
              onDone={() => setOpen(false)}
            />
          </Suspense>
        ) : null}
      </LazyModal>
    </>
  );
}
