import { IconAlertTriangle, IconCircleCheck, IconEye, IconPencil, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './status-badge.module.css';

export type SectionStatusValue = 'DRAFTING' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'APPROVED';

const ICONS: Record<SectionStatusValue, Icon> = {
  DRAFTING: IconPencil,
  IN_REVIEW: IconEye,
  CHANGES_REQUESTED: IconAlertTriangle,
  APPROVED: IconCircleCheck,
};

export interface StatusBadgeProps {
  status: SectionStatusValue;
  size?: 'sm' | 'md' | 'lg';
}

/**
 * A section's status in words and an icon; colour only reinforces it. Plain markup with the look of Mantine's outline
 * badge (status-badge.module.css): the outline draws one per section, and Mantine's component was a tenth of the
 * profile screen's first render.
 */
export function StatusBadge({ status, size = 'md' }: StatusBadgeProps) {
  const { t } = useTranslation('ui');
  return <StatusBadgeView status={status} size={size} label={t(`status.${known(status)}`)} />;
}

/**
 * The badge with its words given: for lists that draw many (the outline), which look the words up once per render
 * instead of each badge calling `useTranslation` (`t('status.<STATUS>', { ns: 'ui' })`).
 */
export function StatusBadgeView({ status, size = 'md', label }: StatusBadgeProps & { label: string }) {
  const Icon = ICONS[known(status)];
  return (
    <span className={classes.badge} data-status-badge="" data-status={known(status)} data-size={size}>
      <Icon size={14} stroke={2} aria-hidden focusable={false} />
      <span className={classes.label}>{label}</span>
    </span>
  );
}

const known = (status: SectionStatusValue): SectionStatusValue => (status in ICONS ? status : 'DRAFTING');
