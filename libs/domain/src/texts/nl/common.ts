/**
 * The dashboard's shell in Dutch: the page frame, the menu, the session, errors, and the units that numbers and
 * durations are written with. `{name}` is filled in; `_one`/`_other` are the singular and plural of one text.
 */
export const common = {
  appName: 'Waardenpoort',
  documentTitle: '{title} – Waardenpoort',
  description: 'Waardenpoort: de ethische afweging bij data- en technologieprojecten van de gemeente Enschede.',
  tagline: 'Gemeente Enschede · ethische toets voor data en technologie',
  skipLink: 'Naar de inhoud',
  loading: 'Bezig met laden…',
  noScript: 'Voor Waardenpoort is JavaScript nodig. De API staat op',
  footer: 'Waardenpoort · gemeente Enschede ·',
  apiDocs: 'API-documentatie',
  mainMenu: 'Hoofdmenu',
  nav: {
    tasks: 'Mijn taken',
    departmentTasks: 'Open taken van mijn afdeling',
    projects: 'Projecten',
    register: 'Project registreren',
    pipeline: 'Pijplijn',
    organisation: 'Organisatie',
    whatIf: 'Wat als (beleid)',
    activations: 'Activeringen (beleid)',
    meetings: 'Vergaderingen',
    mail: 'Opgevangen post',
    settings: 'Instellingen',
    public: 'Openbaar',
    signIn: 'Aanmelden',
  },
  session: {
    signedInAs: 'Aangemeld als',
    noRole: 'geen rol',
    signOut: 'Afmelden',
    signedOut: 'U bent afgemeld.',
    expired: 'Uw sessie is verlopen. Meld u opnieuw aan.',
    invalid: 'Uw sessie is verlopen of niet (meer) geldig. Meld u opnieuw aan.',
  },
  language: {
    /** The switch offers the other language, named in that language. */
    switchTo: 'English',
    switchLabel: 'Switch to English',
    name: 'Nederlands',
  },
  live: {
    changed: 'Er zijn wijzigingen in de projecten sinds deze pagina is geladen.',
    update: 'Pagina bijwerken',
    notNow: 'Niet nu',
  },
  errors: {
    notFoundPage: 'Pagina niet gevonden',
    notFoundPageText: 'Deze pagina bestaat niet.',
    toStart: 'Naar de startpagina',
    forbidden: 'Geen toegang',
    forbiddenText: 'Met uw rol kunt u deze pagina niet bekijken.',
    notFound: 'Niet gevonden',
    notFoundText: 'Wat u zoekt, bestaat niet (meer).',
    failed: 'Er ging iets mis',
    serverError: 'De server gaf een fout.',
    offline: 'Geen verbinding',
    offlineText: 'De server is niet bereikbaar. Probeer het zo opnieuw.',
  },
  /** Placeholder for a value that is not there. */
  none: '–',
  yes: 'Ja',
  no: 'Nee',
  units: {
    seconds: '{n} s',
    minutes: '{n} min',
    hours: '{n} uur',
    days_one: '{n} dag',
    days_other: '{n} dagen',
  },
};
