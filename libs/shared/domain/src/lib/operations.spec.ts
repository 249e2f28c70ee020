import { describe, expect, it } from '@jest/globals';
import { mayPerform, OPERATIONS, type OperationName } from './operations';
import { ROLES } from './roles';

const member = (role: (typeof ROLES)[number]) => ({ role, isPlatformAdmin: false });
const admin = { role: null, isPlatformAdmin: true };
const outsider = { role: null, isPlatformAdmin: false };

describe('mayPerform', () => {
  it('lets only coordinators change the outline and assign sections', () => {
    for (const op of ['addSection', 'renameSection', 'moveSection', 'archiveSection', 'assignSection', 'createProfile'] as OperationName[]) {
      expect(ROLES.filter((role) => mayPerform(member(role), op))).toEqual(['COORDINATOR']);
      expect(mayPerform(admin, op)).toBe(false);
    }
  });

  it('lets coordinators and focal points save (which sections is the server’s rule)', () => {
    expect(ROLES.filter((role) => mayPerform(member(role), 'saveSection'))).toEqual(['COORDINATOR', 'FOCAL_POINT']);
  });

  it('lets only coordinators prepare, publish and withdraw releases and start next editions; readiness is for readers of every draft', () => {
    for (const op of ['prepareRelease', 'publishRelease', 'withdrawRelease', 'startNextEdition'] as OperationName[]) {
      expect(ROLES.filter((role) => mayPerform(member(role), op))).toEqual(['COORDINATOR']);
      expect(mayPerform(admin, op)).toBe(false);
    }
    expect(ROLES.filter((role) => mayPerform(member(role), 'releaseReadiness'))).toEqual(['COORDINATOR', 'FOCAL_POINT', 'OBSERVER']);
    expect(mayPerform(outsider, 'publicRelease')).toBe(true);
  });

  it('admits platform admins where the table says so, and to platform-admin operations', () => {
    expect(mayPerform(admin, 'addMember')).toBe(true);
    expect(mayPerform(admin, 'createWorkspace')).toBe(true);
    expect(mayPerform(member('COORDINATOR'), 'createWorkspace')).toBe(false);
  });

  it('admits any signed-in person to public and per-caller operations, and no outsider to workspace ones', () => {
    for (const [name, entry] of Object.entries(OPERATIONS) as Array<[OperationName, (typeof OPERATIONS)[OperationName]]>) {
      const access = entry.rule.access;
      if (access === 'public' || access === 'authenticated') expect(mayPerform(outsider, name)).toBe(true);
      if (access === 'workspace') expect(mayPerform(outsider, name)).toBe(false);
    }
  });
});
