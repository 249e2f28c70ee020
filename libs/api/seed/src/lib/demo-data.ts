import type { Locale, OrganizationKind, Role } from '@mps/shared-domain';

/**
 * The demo workspace: a clearly fictional country ("Norland", user-assigned
 * ISO code XN) with the organisations a real Technical Working Group has.
 * No real country's figures appear anywhere in the demo.
 */
export const DEMO_WORKSPACE = {
  name: 'Republic of Norland',
  slug: 'norland',
  kind: 'NATIONAL' as const,
  countryCode: 'XN',
};

export const DEMO_ORGANIZATIONS: ReadonlyArray<{ key: string; name: string; acronym: string; kind: OrganizationKind }> = [
  { key: 'MIA', name: 'Ministry of Internal Affairs', acronym: 'MIA', kind: 'MINISTRY' },
  { key: 'MLSP', name: 'Ministry of Labour and Social Protection', acronym: 'MLSP', kind: 'MINISTRY' },
  { key: 'MFA', name: 'Ministry of Foreign Affairs', acronym: 'MFA', kind: 'MINISTRY' },
  { key: 'NBS', name: 'National Bureau of Statistics', acronym: 'NBS', kind: 'GOVERNMENT_AGENCY' },
  { key: 'NMSN', name: 'Norland Migrant Support Network', acronym: 'NMSN', kind: 'CIVIL_SOCIETY' },
  { key: 'CMS', name: 'Centre for Migration Studies, University of Norland', acronym: 'CMS', kind: 'ACADEMIA' },
  { key: 'IOM', name: 'International Organization for Migration – Norland office', acronym: 'IOM', kind: 'INTERNATIONAL_ORGANIZATION' },
];

/** Demo accounts, one per role (plus a platform admin). Printed at start outside production and listed in the README. */
export const DEMO_USERS: ReadonlyArray<{
  email: string;
  displayName: string;
  password: string;
  role: Role | null;
  organization: string | null;
  platformAdmin?: boolean;
  /** The interface language the person chose (their screens, e-mails and downloads); English when left out. */
  locale?: Locale;
}> = [
  { email: 'admin@demo.example', displayName: 'Platform Administrator', password: 'Admin-demo-2024!', role: null, organization: null, platformAdmin: true },
  { email: 'coordinator@demo.example', displayName: 'Ana Coordinator', password: 'Coordinator-demo-2024', role: 'COORDINATOR', organization: 'MIA' },
  { email: 'focal.interior@demo.example', displayName: 'Ion Interior', password: 'FocalPoint-demo-2024', role: 'FOCAL_POINT', organization: 'MIA' },
  { email: 'focal.labour@demo.example', displayName: 'Lina Labour', password: 'FocalPoint-demo-2024', role: 'FOCAL_POINT', organization: 'MLSP' },
  { email: 'focal.statistics@demo.example', displayName: 'Stefan Statistics', password: 'FocalPoint-demo-2024', role: 'FOCAL_POINT', organization: 'NBS' },
  { email: 'contributor@demo.example', displayName: 'Clara Civil-Society', password: 'Contributor-demo-2024', role: 'CONTRIBUTOR', organization: 'NMSN' },
  { email: 'academic@demo.example', displayName: 'Aurel Academic', password: 'Contributor-demo-2024', role: 'CONTRIBUTOR', organization: 'CMS' },
  { email: 'observer@demo.example', displayName: 'Olga Observer', password: 'Observer-demo-2024', role: 'OBSERVER', organization: 'IOM' },
  // The demo in other languages: a French-speaking focal point and an Arabic-speaking observer (the content stays English).
  { email: 'point.focal@demo.example', displayName: 'Awa Diop', password: 'FocalPoint-demo-2024', role: 'FOCAL_POINT', organization: 'MLSP', locale: 'fr' },
  { email: 'observer.ar@demo.example', displayName: 'Layla Haddad', password: 'Observer-demo-2024', role: 'OBSERVER', organization: 'IOM', locale: 'ar' },
];

export const DEMO_PROFILE = {
  title: 'Migration Profile of the Republic of Norland',
  edition: '2024',
  templateKey: 'iom-standard',
};

/** Which organisations draft which sections of the demo profile (by template key). */
export const DEMO_ASSIGNMENTS: Readonly<Record<string, readonly string[]>> = {
  'key-data': ['NBS'],
  'trends.irregular': ['MIA'],
  'trends.immigration': ['MIA', 'NBS'],
  'trends.temporary': ['MLSP'],
  'trends.emigration': ['NBS', 'MFA'],
  'trends.return': ['MIA'],
  'trends.internal': ['NBS'],
  'impact.population': ['NBS'],
  'impact.economic': ['MLSP'],
  'impact.employment': ['MLSP'],
  'governance.policy': ['MIA'],
  'governance.laws': ['MIA'],
  'governance.institutions': ['MIA'],
  'governance.cooperation': ['MFA'],
};
