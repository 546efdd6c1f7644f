// Generated from libs/domain/src/texts/nl/sign-in.ts by `npm run generate:dashboard`; do not edit.
/**
 * The texts of the dashboard's sign-in pages in Dutch: signing in (with the identity provider, as a development
 * person or with a pasted token), the return from the provider, the page for an account without a role, the page
 * after signing out, and what the provider flow can go wrong with. `{name}` is filled in.
 */
export declare const signIn: {
    title: string;
    lead: string;
    developmentIntro: string;
    tokenIntro: string;
    signedInAs: string;
    /** Development: sign in as one of the people of the municipality, or as someone else. */
    person: {
        heading: string;
        legend: string;
        option: string;
        optionInDepartment: string;
        other: string;
        username: string;
        usernameHint: string;
        name: string;
        roles: string;
        submit: string;
        usernameMissing: string;
        nameMissing: string;
        rolesMissing: string;
        noDevelopmentTokens: string;
    };
    /** A pasted token. */
    token: {
        heading: string;
        label: string;
        hint: string;
        submit: string;
        invalid: string;
        expired: string;
    };
    /** The municipality's identity provider. */
    provider: {
        intro: string;
        button: string;
        unavailable: string;
    };
    /** Back from the provider. */
    return: {
        busy: string;
        failed: string;
        notSignedIn: string;
        helpdeskCode: string;
        again: string;
        unreachable: string;
        tokenRefused: string;
    };
    /** What went wrong in the provider flow, in words for the person. */
    errors: {
        notConfigured: string;
        noAuthorizationEndpoint: string;
        cancelled: string;
        providerError: string;
        providerErrorDescribed: string;
        notThisTab: string;
        invalidResponse: string;
        invalidToken: string;
    };
    /** An account without a role here. */
    noRole: {
        title: string;
        text: string;
        unknownName: string;
        username: string;
        why: string;
        noRoleInToken: string;
    };
    /** After signing out at the provider. */
    signedOut: {
        title: string;
        heading: string;
        text: string;
        again: string;
    };
};
