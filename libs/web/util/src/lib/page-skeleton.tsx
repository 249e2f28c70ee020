import { LoadingSkeleton } from '@mps/web-ui';
import { useTranslation } from 'react-i18next';

export function PageSkeleton() {
  const { t } = useTranslation();
  return <LoadingSkeleton variant="page" rows={4} label={t('app.loadingPage')} />;
}
