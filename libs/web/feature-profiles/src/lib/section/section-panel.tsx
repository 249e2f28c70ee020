import { Group, Text, Title } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import type { RevisionFullFieldsFragment, SectionContentQuery } from '@mps/web-data-access';
import { bidiSlot, formatDateTime, LoadingSkeleton, withBdi } from '@mps/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_REVIEW_ANCHOR_ID } from '@mps/web-util';
import { HistoryPanel } from '../history/history-panel';
import classes from '../profile-page.module.css';

export interface SectionPanelProps {
  /** The open section, once loaded. */
  section: SectionContentQuery['section'] | undefined;
  /** Its current revision, if any. */
  current: RevisionFullFieldsFragment | null;
  canEdit: boolean;
  /** The review side (threads and sign-offs) when the app provides it; else a placeholder. */
  review?: ReactNode;
}

/** Beside the text: who drafts the section, its current revision, the person's access, history and comments. */
export function SectionPanel({ section, current, canEdit, review }: SectionPanelProps) {
  const { t } = useTranslation();
  return (
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
                ? withBdi(
                    t('section.revisionLine', { number: current.number, author: bidiSlot('author'), time: formatDateTime(current.createdAt) }),
                    { author: current.author.displayName },
                  )
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
      {review ? (
        // The jump link's target (SectionReviewSlot.JumpLink): focus lands here, not on a control inside.
        <div id={SECTION_REVIEW_ANCHOR_ID} tabIndex={-1} className={classes.reviewAnchor}>
          {review}
        </div>
      ) : (
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
      )}
      {/* History after the review side: during a review, comments and sign-offs are the work at hand. */}
      {section ? (
        <HistoryPanel sectionId={section.id} revisions={section.revisions} currentRevisionId={current?.id ?? null} canEdit={canEdit} />
      ) : null}
    </aside>
  );
}
