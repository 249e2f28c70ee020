import { IconBriefcase } from '@tabler/icons-react';
import { useCurrentWorkspace } from '@mps/web-data-access';
import { EmptyState, PageHeader } from '@mps/web-ui';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@mps/web-util';

export function ReviewCyclesPage() {
  const { t } = useTranslation();
  usePageTitle(t('reviewCycles.title'));
  const { workspace } = useCurrentWorkspace();
  return (
    <>
      <PageHeader eyebrow={workspace?.name} title={t('reviewCycles.title')} description={t('reviewCycles.description')} />
      <EmptyState icon={<IconBriefcase size={24} />} title={t('reviewCycles.emptyTitle')}>
        {t('reviewCycles.emptyBody')}
      </EmptyState>
    </>
  );
}
