import { PERMISSIONS, type Permission } from '@mps/shared-domain';
import type { Abilities } from '@mps/web-data-access';
import {
  IconBriefcase,
  IconBuildingCommunity,
  IconChartLine,
  IconChecklist,
  IconFileText,
  IconHistory,
  IconPackage,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';

export type NavKey = 'myWork' | 'profiles' | 'reviewCycles' | 'indicators' | 'releases' | 'workspaces' | 'admin' | 'audit';

export interface NavItem {
  key: NavKey;
  to: string;
  icon: Icon;
  /** Shown when the role in the current workspace has any of these (from ROLE_PERMISSIONS). */
  anyOf?: readonly Permission[];
  /** Shown to platform administrators whatever their role. */
  platformAdmin?: boolean;
}

const READ = [PERMISSIONS.WORKSPACE_READ, PERMISSIONS.WORKSPACE_READ_PARTICIPATING] as const;

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'myWork', to: '/my-work', icon: IconChecklist },
  { key: 'profiles', to: '/profiles', icon: IconFileText, anyOf: READ, platformAdmin: true },
  { key: 'reviewCycles', to: '/review-cycles', icon: IconBriefcase, anyOf: READ, platformAdmin: true },
  { key: 'indicators', to: '/indicators', icon: IconChartLine, anyOf: READ, platformAdmin: true },
  { key: 'releases', to: '/releases', icon: IconPackage, anyOf: READ, platformAdmin: true },
  { key: 'workspaces', to: '/workspaces', icon: IconBuildingCommunity },
  {
    key: 'admin',
    to: '/admin',
    icon: IconSettings,
    anyOf: [PERMISSIONS.ORGANIZATION_MANAGE, PERMISSIONS.MEMBER_MANAGE],
    platformAdmin: true,
  },
  { key: 'audit', to: '/audit', icon: IconHistory, anyOf: [PERMISSIONS.AUDIT_READ], platformAdmin: true },
];

/** The navigation a person sees: derived from the shared permission table (the server still decides). */
export function visibleNavItems(abilities: Pick<Abilities, 'can' | 'isPlatformAdmin'>): NavItem[] {
  return NAV_ITEMS.filter((item) => {
    if (!item.anyOf) return true;
    if (item.platformAdmin && abilities.isPlatformAdmin) return true;
    return item.anyOf.some((p) => abilities.can(p));
  });
}
