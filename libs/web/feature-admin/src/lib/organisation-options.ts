import type { AdminOrganization } from './admin-types';

/** An organisation select's options, by name, with the acronym where there is one: "Ministry of Labour (MoL)". */
export function organisationOptions(organizations: readonly AdminOrganization[]): Array<{ value: string; label: string }> {
  return [...organizations]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((o) => ({ value: o.id, label: o.acronym ? `${o.name} (${o.acronym})` : o.name }));
}
