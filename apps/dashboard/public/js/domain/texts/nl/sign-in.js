// Generated from libs/domain/src/texts/nl/sign-in.ts by `npm run generate:dashboard`; do not edit.
/**
 * The texts of the dashboard's sign-in pages in Dutch: signing in (with the identity provider, as a development
 * person or with a pasted token), the return from the provider, the page for an account without a role, the page
 * after signing out, and what the provider flow can go wrong with. `{name}` is filled in.
 */
export const signIn = {
    title: 'Aanmelden',
    lead: 'Waardenpoort begeleidt de ethische afweging bij data- en technologieprojecten van de gemeente Enschede.',
    developmentIntro: 'In deze ontwikkelomgeving meldt u zich aan als een van de rollen in het proces. U blijft aangemeld tot u het tabblad sluit.',
    tokenIntro: 'Meld u aan met een token van de identity provider. U blijft aangemeld tot u het tabblad sluit of het token verloopt.',
    signedInAs: 'U bent aangemeld als {name}.',
    /** Development: sign in as one of the people of the municipality, or as someone else. */
    person: {
        heading: 'Kies wie u bent',
        legend: 'Persoon en rol',
        option: '{name} – {roles}',
        optionInDepartment: '{name} – {roles} ({department})',
        other: 'Iemand anders (hieronder invullen)',
        username: 'Gebruikersnaam',
        usernameHint: 'Letters, cijfers, punt, streepje of @.',
        name: 'Naam',
        roles: 'Rollen',
        submit: 'Aanmelden',
        usernameMissing: 'Vul een gebruikersnaam in.',
        nameMissing: 'Vul een naam in.',
        rolesMissing: 'Kies minstens één rol.',
        noDevelopmentTokens: 'Aanmelden met een ontwikkeltoken kan hier niet. Plak hieronder een token van de identity provider.',
    },
    /** A pasted token. */
    token: {
        heading: 'Of: aanmelden met een token',
        label: 'Token (JWT)',
        hint: 'Bijvoorbeeld uit: npm run -s token -- --sub anna --roles case-owner',
        submit: 'Aanmelden met token',
        invalid: 'Dit is geen geldig token.',
        expired: 'Dit token is verlopen.',
    },
    /** The municipality's identity provider. */
    provider: {
        intro: 'U meldt zich aan met het account waarmee u ook op uw werkplek aanmeldt. Daarna komt u hier terug. Welke taken en projecten u ziet, hangt af van de rollen die de gemeente u heeft gegeven.',
        button: 'Aanmelden met uw gemeenteaccount',
        unavailable: 'Aanmelden kan nu niet',
    },
    /** Back from the provider. */
    return: {
        busy: 'Bezig met aanmelden…',
        failed: 'Aanmelden is niet gelukt',
        notSignedIn: 'U bent niet aangemeld',
        helpdeskCode: 'Foutcode voor de helpdesk: {code}.',
        again: 'Opnieuw aanmelden',
        unreachable: 'De identity provider is niet bereikbaar of antwoordde niet zoals verwacht ({error}).',
        tokenRefused: 'De identity provider heeft u aangemeld, maar Waardenpoort weigert het token: {reason}',
    },
    /** What went wrong in the provider flow, in words for the person. */
    errors: {
        notConfigured: 'Aanmelden via de identity provider is hier niet ingesteld.',
        noAuthorizationEndpoint: 'De identity provider noemt geen authorization endpoint.',
        cancelled: 'U hebt het aanmelden afgebroken, of de identity provider gaf geen toestemming.',
        providerError: 'De identity provider meldde een fout.',
        providerErrorDescribed: 'De identity provider meldde een fout: {description}',
        notThisTab: 'Deze aanmelding is niet in dit tabblad begonnen, of is al afgerond. Begin opnieuw.',
        invalidResponse: 'Het antwoord van de identity provider klopt niet ({error}).',
        invalidToken: 'De identity provider gaf geen geldig token ({error}).',
    },
    /** An account without a role here. */
    noRole: {
        title: 'Geen toegang tot Waardenpoort',
        text: 'U bent aangemeld als {name}, maar uw account heeft geen rol in Waardenpoort. Zonder rol kunt u geen taken of projecten zien. Vraag het CIO-office of uw leidinggevende om u een rol te geven; die wordt in de identity provider van de gemeente toegekend.',
        unknownName: 'onbekend',
        username: 'Gebruikersnaam',
        why: 'Waarom geen rol',
        noRoleInToken: 'Het token noemt geen rol van Waardenpoort.',
    },
    /** After signing out at the provider. */
    signedOut: {
        title: 'Afgemeld',
        heading: 'U bent afgemeld',
        text: 'U bent afgemeld bij Waardenpoort en bij de identity provider van de gemeente. U kunt dit tabblad sluiten.',
        again: 'Opnieuw aanmelden',
    },
};
