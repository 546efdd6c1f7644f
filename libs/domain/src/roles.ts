/** Role ids are English in code; labels are Dutch first, English second. */
export const ROLES = [
  'case-owner',
  'privacy-officer',
  'dpo',
  'ethics-secretary',
  'portfolio-holder',
  'council-liaison',
  'department-head',
  'cio-office',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  'case-owner': { nl: 'Projectleider / opdrachtgever', en: 'Case owner' },
  'privacy-officer': { nl: 'Privacy officer', en: 'Privacy officer' },
  dpo: { nl: 'Functionaris gegevensbescherming (FG)', en: 'Data protection officer' },
  'ethics-secretary': { nl: 'Secretaris Ethische Commissie', en: 'Ethics Commission secretary' },
  'portfolio-holder': { nl: 'Portefeuillehouder', en: 'Portfolio holder' },
  'council-liaison': { nl: 'Bestuursadviseur / griffie', en: 'Council liaison' },
  'department-head': { nl: 'Afdelingshoofd', en: 'Department head' },
  'cio-office': { nl: 'CIO Office', en: 'CIO office' },
  auditor: { nl: 'Auditor / rekenkamer', en: 'Auditor' },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The person behind an action, as the identity provider vouched for them at that moment. */
export interface Actor {
  sub: string;
  name: string;
  email: string;
  roles: Role[];
  /**
   * The department the identity provider puts the person in (the token's JWT_DEPARTMENT_CLAIM), if any: what a
   * department head reads (see READ_SCOPE). Absent on actors recorded before it existed.
   */
  department?: string | null;
}
