// Generated from libs/domain/src/roles.ts by `npm run generate:dashboard`; do not edit.
/** Role ids are English in code; labels are Dutch first, English second. */
export declare const ROLES: readonly ["case-owner", "privacy-officer", "dpo", "ethics-secretary", "portfolio-holder", "council-liaison", "department-head", "cio-office", "auditor"];
export type Role = (typeof ROLES)[number];
export declare const ROLE_LABELS: Record<Role, {
    nl: string;
    en: string;
}>;
export declare function isRole(value: unknown): value is Role;
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
