import { Badge, Text } from '@mantine/core';
import { IconClockHour4, IconLock } from '@tabler/icons-react';
import { formatDateTime } from '@mps/web-ui';
import { useTranslation } from 'react-i18next';
import { closingState } from './review-cycle-format';

/** Open or closed, in words and an icon (colour only reinforces it). */
export function CycleStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const open = status === 'OPEN';
  const Icon = open ? IconClockHour4 : IconLock;
  const color = open ? 'blue' : 'gray';
  return (
    <Badge
      radius="sm"
      variant="outline"
      tt="none"
      leftSection={<Icon size={14} stroke={2} aria-hidden focusable={false} />}
      styles={{
        root: {
          backgroundColor: `var(--mantine-color-${color}-0)`,
          color: `var(--mantine-color-${color}-9)`,
          borderColor: `var(--mantine-color-${color}-7)`,
          fontWeight: 600,
          fontSize: '0.8125rem',
          height: 'auto',
          paddingBlock: 2,
          letterSpacing: 0,
          whiteSpace: 'nowrap',
          // Mantine's badge clips its label; in a narrow table column "Open" became "O…".
          minWidth: 'max-content',
        },
      }}
    >
      {open ? t('reviewCycles.statusOpen') : t('reviewCycles.statusClosed')}
    </Badge>
  );
}

export interface ClosingLineProps {
  cycle: { status: string; closesAt: string; closedAt: string | null; closedAutomatically: boolean };
  /** For tests; the moment "days left" counts from. */
  now?: Date;
  size?: 'sm' | 'md';
}

/**
 * When the cycle closes and how long is left ("Closes 16 Dec 2026, 17:00 · 14 days left"), or when it
 * closed and whether it closed by itself at its date.
 */
export function ClosingLine({ cycle, now, size = 'sm' }: ClosingLineProps) {
  const { t } = useTranslation();
  const state = closingState(cycle, now);
  switch (state.kind) {
    case 'closed':
      return (
        <Text size={size}>
          {state.automatically
            ? t('reviewCycles.closedAutomatically', { date: formatDateTime(state.closedAt) })
            : t('reviewCycles.closedOn', { date: formatDateTime(state.closedAt) })}
        </Text>
      );
    case 'closing-now':
      return (
        <Text size={size}>
          <strong>{t('reviewCycles.closingNow')}</strong> {t('reviewCycles.wasDue', { date: formatDateTime(state.closesAt) })}
        </Text>
      );
    default: {
      const left =
        state.kind === 'today'
          ? t('reviewCycles.closesToday')
          : state.kind === 'tomorrow'
            ? t('reviewCycles.closesTomorrow')
            : t('reviewCycles.daysLeft', { count: state.days });
      return (
        <Text size={size}>
          {t('reviewCycles.closesOn', { date: formatDateTime(state.closesAt) })}
          {' · '}
          <Text span fw={700} size={size} c={state.kind === 'days' && state.days > 3 ? undefined : 'orange.9'}>
            {left}
          </Text>
        </Text>
      );
    }
  }
}
