import { IconPackage } from '@tabler/icons-react';
import { useCurrentWorkspace } from '@mps/web-data-access';
import { EmptyState, PageHeader } from '@mps/web-ui';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@mps/web-util';

export function ReleasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('releases.title'));
  const { workspace } = useCurrentWorkspace();
  return (
    <>
      <PageHeader eyebrow={workspace?.name} title={t('releases.title')} description={t('releases.description')} />
      <EmptyState icon={<IconPackage size={24} />} title={t('releases.emptyTitle')}>
        {t('releases.emptyBody')}
      </EmptyState>
    </>
  );
}
