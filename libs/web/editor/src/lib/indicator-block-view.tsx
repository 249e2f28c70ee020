import { Alert, Button, Skeleton } from '@mantine/core';
import type { DocumentFigure, IndicatorBlockAttrs } from '@mps/shared-domain';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The table or chart itself (the figure tables' words in every language, the table builder, the chart on demand):
 * only sections with indicator blocks need it, so it is no part of the profile screen's first load. It loads while the
 * block's figures do (the effect below), so it rarely keeps them waiting.
 */
const loadIndicatorFigures = () => import('./indicator-figures');
const IndicatorFigures = lazy(() => loadIndicatorFigures().then((m) => ({ default: m.IndicatorFigures })));

export interface IndicatorBlockViewProps {
  attrs: IndicatorBlockAttrs;
  /** Null while the figures load. */
  figures: readonly DocumentFigure[] | null;
  /** The figures could not be loaded. */
  failed?: boolean;
  onRetry?(): void;
}

/** A table or chart of indicator figures in a section: its figures as IndicatorFigures shows them, once loaded. */
export function IndicatorBlockView({ attrs, figures, failed, onRetry }: IndicatorBlockViewProps) {
  const { t } = useTranslation();
  useEffect(() => {
    // Started here, not when the figures arrive; a failed load shows when IndicatorFigures renders, as any chunk's does.
    loadIndicatorFigures().catch(() => undefined);
  }, []);
  if (failed) {
    return (
      <Alert color="red" variant="light" title={t('editor.indicatorFiguresFailed')}>
        {onRetry ? (
          <Button size="compact-sm" variant="default" onClick={onRetry}>
            {t('editor.retry')}
          </Button>
        ) : null}
      </Alert>
    );
  }
  const loading = <Skeleton height={120} aria-label={t('editor.indicatorFiguresLoading')} role="status" />;
  if (!figures) return loading;
  return (
    <Suspense fallback={loading}>
      <IndicatorFigures attrs={attrs} figures={figures} />
    </Suspense>
  );
}
