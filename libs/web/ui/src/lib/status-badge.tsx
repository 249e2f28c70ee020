import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconEye, IconPencil, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type SectionStatusValue = 'DRAFTING' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'APPROVED';

const LOOK: Record<SectionStatusValue, { icon: Icon; color: string }> = {
  DRAFTING: { icon: IconPencil, color: 'gray' },
  IN_REVIEW: { icon: IconEye, color: 'blue' },
  CHANGES_REQUESTED: { icon: IconAlertTriangle, color: 'orange' },
  APPROVED: { icon: IconCircleCheck, color: 'green' },
};

export interface StatusBadgeProps {
  status: SectionStatusValue;
  size?: 'sm' | 'md' | 'lg';
}

/** A section's status in words and an icon; colour only reinforces it. */
export function StatusBadge({ status, size = 'md' }: StatusBadgeProps) {
  const { t } = useTranslation('ui');
  const look = LOOK[status] ?? LOOK.DRAFTING;
  const Icon = look.icon;
  return (
    <Badge
      size={size}
      radius="sm"
      variant="outline"
      tt="none"
      data-status={status}
      leftSection={<Icon size={14} stroke={2} aria-hidden focusable={false} />}
      styles={{
        root: {
          backgroundColor: `var(--mantine-color-${look.color}-0)`,
          color: `var(--mantine-color-${look.color}-9)`,
          borderColor: `var(--mantine-color-${look.color}-7)`,
          fontWeight: 600,
          whiteSpace: 'nowrap',
          // Mantine's badge text is 10-11px: too small to read comfortably.
          fontSize: size === 'lg' ? '0.9375rem' : '0.8125rem',
          height: 'auto',
          paddingBlock: 2,
          letterSpacing: 0,
        },
      }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
