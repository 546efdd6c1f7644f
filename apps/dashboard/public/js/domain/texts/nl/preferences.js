// Generated from libs/domain/src/texts/nl/preferences.ts by `npm run generate:dashboard`; do not edit.
/** The settings page in Dutch: who you are, and the language and rhythm of your pages and mail. */
export const preferences = {
    title: 'Instellingen',
    intro: 'Zo kent Waardenpoort u (uit uw aanmelding).',
    name: 'Naam',
    username: 'Gebruikersnaam',
    email: 'E-mail',
    roles: 'Rollen',
    unavailable: 'Voorkeuren voor mail zijn op deze server (nog) niet in te stellen.',
    heading: 'Hoe wilt u Waardenpoort en uw mail?',
    language: 'Taal van de pagina’s en de mail',
    digest: 'Taken en herinneringen',
    digestNow: 'Elk bericht meteen',
    digestDaily: 'Eén overzicht per dag',
    digestDailyHint: 'Escalaties en gestopte projecten krijgt u altijd meteen.',
    save: 'Opslaan',
    saved: 'Uw voorkeuren zijn opgeslagen.',
};
