import type { Role } from '@mps/shared-domain';
import { abilitiesFor } from '@mps/web-data-access';
import { DocumentDownloads } from '@mps/web-util';

/**
 * "Download draft (PDF / Word)": the profile's current draft as the TWG would print it, marked DRAFT on every page.
 * Only for those who read every section (the `exportProfileDraft` operation); contributors, who read only the
 * sections of their review cycles, see nothing.
 */
export function DraftDownloads({ profile, role, isPlatformAdmin }: { profile: { id: string; title: string; edition: string }; role: Role | null; isPlatformAdmin: boolean }) {
  if (!abilitiesFor(role, isPlatformAdmin).may('exportProfileDraft')) return null;
  return <DocumentDownloads kind="draft" id={profile.id} baseName={`${profile.title} ${profile.edition} draft`} />;
}
