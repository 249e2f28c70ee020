import type { MemberRowFieldsFragment, OrganisationRowFieldsFragment } from '@mps/web-data-access';

/** An organisation as its row shows it (the unmasked OrganisationRowFields fragment). */
export type AdminOrganization = OrganisationRowFieldsFragment;
/** A membership as its row shows it (the unmasked MemberRowFields fragment). */
export type AdminMember = MemberRowFieldsFragment;
