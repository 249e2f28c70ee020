import { IconChecks, IconMessageCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { OutlineSection } from './outline-nav';
import classes from './profile-page.module.css';

/**
 * A section's review at a glance in the outline: its unresolved comment threads and, while an open review cycle
 * holds it, how many of the cycle's required signatories approved its current text. In words (the icons are
 * decoration), and only what the API let the reader see (it counts only threads and cycles they may read). The
 * outline passes its own `t`: a `useTranslation` per row was a visible share of the screen's first render.
 */
export function OutlineReviewCounts({ section, t }: { section: Pick<OutlineSection, 'openThreadCount' | 'signOffProgress'>; t: TFunction }) {  const progress = section.signOffProgress;
  if (section.openThreadCount === 0 && !progress) return null;
  return (
    <>
      {/* Spaces between the items: a flex row shows none, but the link's accessible name reads them apart. */}
      {section.openThreadCount > 0 ? ' ' : null}
      {section.openThreadCount > 0 ? (
        <span className={classes.outlineCount} data-testid="outline-open-threads">
          <IconMessageCircle size={14} aria-hidden />
          {t('outline.openThreads', { count: section.openThreadCount })}
        </span>
      ) : null}
      {progress ? ' ' : null}
      {progress ? (
        <span className={classes.outlineCount} data-complete={progress.required > 0 && progress.approved === progress.required ? '' : undefined}>
          <IconChecks size={14} aria-hidden />
          {t('outline.signOffs', { approved: progress.approved, required: progress.required })}
        </span>
      ) : null}
    </>
  );
}
