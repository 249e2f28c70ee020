import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { graphql, type ReviewCycleNoticeFieldsFragment } from '@mps/web-data-access';
import { formatDate } from '@mps/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from './profile-page.module.css';

/** What the profile screen says about a review cycle at its top. */
export const REVIEW_CYCLE_NOTICE_FIELDS = graphql(`
  fragment ReviewCycleNoticeFields on ReviewCycle {
    id
    title
    status
    closesAt
    closedAt
  }
`);

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days from `now` to `iso` in the reader's time zone (0 on the closing day itself, never negative). */
export function daysUntil(iso: string, now: Date = new Date()): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.max(0, Math.round((day(new Date(iso)) - day(now)) / DAY_MS));
}

export interface ReviewCyclesNoticeProps {
  cycles: readonly ReviewCycleNoticeFieldsFragment[];
  /** Contributors see their closed cycles too (why they can no longer comment); others only the open ones. */
  includeClosed: boolean;
  now?: Date;
}

/**
 * The review cycles a person takes part in, with their closing dates, at the top of the profile: for contributors this
 * is why they see the sections they see, and until when they may comment.
 */
export function ReviewCyclesNotice({ cycles, includeClosed, now = new Date() }: ReviewCyclesNoticeProps) {
  const { t } = useTranslation();
  const shown = cycles.filter((c) => includeClosed || c.status === 'OPEN');
  if (!shown.length) return null;
  return (
    <Paper component="section" aria-label={t('cycleNotice.label')} withBorder radius="md" p="sm" mb="lg" className={classes.cycleNotice}>
      <Stack gap={6}>
        {shown.map((cycle) => {
          const open = cycle.status === 'OPEN';
          const days = daysUntil(cycle.closesAt, now);
          return (
            <Text key={cycle.id} size="sm" className={classes.cycleNoticeLine} data-status={cycle.status}>
              <IconCalendarEvent size={18} aria-hidden className={classes.cycleNoticeIcon} />
              <span>
                <Anchor component={Link} to={`/review-cycles/${cycle.id}`} fw={600}>
                  {t('cycleNotice.cycle', { title: cycle.title })}
                </Anchor>
                {' — '}
                {open
                  ? days === 0
                    ? t('cycleNotice.closesToday', { date: formatDate(cycle.closesAt) })
                    : t('cycleNotice.closesOn', { date: formatDate(cycle.closesAt), count: days })
                  : t('cycleNotice.closedOn', { date: formatDate(cycle.closedAt ?? cycle.closesAt) })}
              </span>
            </Text>
          );
        })}
      </Stack>
    </Paper>
  );
}
