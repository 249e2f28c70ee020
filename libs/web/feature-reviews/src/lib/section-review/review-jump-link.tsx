import { Anchor } from '@mantine/core';
import { IconArrowDown } from '@tabler/icons-react';
import { useQuery, getFragmentData } from '@mps/web-data-access';
import { SECTION_REVIEW_ANCHOR_ID, type SectionReviewJumpLinkProps } from '@mps/web-util';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_COMMENT_FIELDS, REVIEW_THREAD_FIELDS, SECTION_THREADS_QUERY } from './section-review-documents';

/**
 * "Comments and sign-off (2 open)" at the top of the section: on a phone the review panel comes after the whole
 * text, so this says what waits there and goes to it, moving focus with it for keyboard and screen-reader users. It
 * reads the panel's own threads query (one request for both, refreshed by the same live events).
 */
export function ReviewJumpLink({ sectionId }: SectionReviewJumpLinkProps) {
  const { t } = useTranslation();
  const { data } = useQuery(SECTION_THREADS_QUERY, { variables: { id: sectionId } });
  const threads = getFragmentData(REVIEW_THREAD_FIELDS, data?.section.comments ?? []);
  const open = threads.filter((thread) => !getFragmentData(REVIEW_COMMENT_FIELDS, thread).resolved).length;

  const jump = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(SECTION_REVIEW_ANCHOR_ID);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };

  return (
    <Anchor href={`#${SECTION_REVIEW_ANCHOR_ID}`} onClick={jump} size="sm" fw={600}>
      <IconArrowDown size={16} aria-hidden style={{ verticalAlign: '-3px', marginInlineEnd: 4 }} />
      {data ? t('sectionReview.jump', { count: open }) : t('sectionReview.jumpPlain')}
    </Anchor>
  );
}
