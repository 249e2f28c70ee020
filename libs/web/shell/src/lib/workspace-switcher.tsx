import { NativeSelect } from '@mantine/core';
import type { WorkspaceSummary } from '@mps/web-data-access';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface WorkspaceSwitcherProps {
  workspaces: WorkspaceSummary[];
  currentId: string | null;
  onChange(id: string): void;
  /** Light text on the dark header, or dark text in the navigation drawer. */
  tone?: 'header' | 'drawer';
}

/** A plain select labelled "Workspace" (native, so it works everywhere and with any keyboard). */
export function WorkspaceSwitcher({ workspaces, currentId, onChange, tone = 'header' }: WorkspaceSwitcherProps) {
  const { t } = useTranslation();
  const id = useId();
  if (workspaces.length === 0) return null;
  const onHeader = tone === 'header';
  return (
    <NativeSelect
      id={id}
      label={t('header.workspace')}
      value={currentId ?? ''}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={workspaces.map((w) => ({ value: w.id, label: w.name }))}
      size="sm"
      w={onHeader ? undefined : '100%'}
      styles={
        onHeader
          ? {
              root: { display: 'flex', alignItems: 'center', gap: 8 },
              label: { color: '#fff', margin: 0, fontWeight: 600, whiteSpace: 'nowrap' },
              input: { fontWeight: 600, width: 'clamp(12rem, 22vw, 20rem)' },
            }
          : undefined
      }
    />
  );
}
