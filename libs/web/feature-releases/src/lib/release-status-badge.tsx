import { Badge } from '@mantine/core';
import { IconCircleCheck, IconClockHour4, IconBan } from '@tabler/icons-react';
import type { ReleaseStatus } from '@mps/web-data-access';
import { useTranslation } from 'react-i18next';

const LOOK = {
  CANDIDATE: { icon: IconClockHour4, color: 'blue' },
  PUBLISHED: { icon: IconCircleCheck, color: 'green' },
  WITHDRAWN: { icon: IconBan, color: 'gray' },
} as const;

/** A release's status in words and an icon; colour only reinforces it. */
export function ReleaseStatusBadge({ status }: { status: ReleaseStatus }) {
  const { t } = useTranslation();
  const look = LOOK[status];
  const Icon = look.icon;
  return (
    <Badge variant="outline" radius="sm" tt="none" color={look.color} leftSection={<Icon size={14} aria-hidden />}>
      {t(`releases.status.${status}`)}
    </Badge>
  );
}
