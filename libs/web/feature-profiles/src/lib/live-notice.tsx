import { CloseButton, Group, Text } from '@mantine/core';
import { IconInfoCircle, IconMessage, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '@mps/web-ui';
import classes from './profile-page.module.css';
import type { LiveNotice } from './use-live-updates';

/**
 * Changes by others to the open section, said politely. The status region is
 * always in the page (empty when there is nothing to say) so that screen
 * readers announce what appears in it; the dismiss button sits outside it.
 */
export function LiveNoticeRegion({ notice, onDismiss }: { notice: LiveNotice | null; onDismiss(): void }) {
  const { t } = useTranslation();
  const name = notice?.actorName || t('live.someone');
  const time = formatTime(notice?.at);
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      className={`${classes.liveNotice} ${classes.noPrint}`}
      data-kind={notice?.kind}
    >
      <div role="status" aria-live="polite" aria-label={t('live.regionLabel')} className={classes.liveNoticeText}>
        {notice ? (
          <Group gap="sm" wrap="nowrap" align="flex-start">
            {notice.kind === 'updated' ? (
              <IconRefresh size={20} aria-hidden className={classes.liveNoticeIcon} />
            ) : notice.kind === 'newer-while-editing' ? (
              <IconInfoCircle size={20} aria-hidden className={classes.liveNoticeIcon} />
            ) : (
              <IconMessage size={20} aria-hidden className={classes.liveNoticeIcon} />
            )}
            <Text size="sm" component="p" m={0}>
              {notice.kind === 'updated'
                ? t('live.updated', { name, time })
                : notice.kind === 'commented'
                  ? t('live.commented', { name, time })
                  : notice.kind === 'signed-off'
                    ? t('live.signedOff', { name, time })
                    : t('live.newerWhileEditing', { name, time })}
            </Text>
          </Group>
        ) : null}
      </div>
      {notice && notice.kind !== 'newer-while-editing' ? (
        <CloseButton size="md" aria-label={t('live.dismiss')} onClick={onDismiss} className={classes.liveNoticeClose} />
      ) : null}
    </Group>
  );
}
