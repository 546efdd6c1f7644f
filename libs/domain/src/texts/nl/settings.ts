/** The texts of the dashboard's settings pages in Dutch. */
export const settings = {
  /** Away with a substitute (views/absences.js). */
  absences: {
    heading: 'Afwezigheid en vervanging',
    intro:
      'Bent u afwezig, dan ziet uw vervanger uw taken, krijgt die uw mail en kan die voor u handelen. In het auditspoor staat wie voor wie handelde.',
    none: 'U heeft geen afwezigheid ingesteld, en u vervangt niemand.',
    caption: 'Afwezigheid en vervanging',
    absent: 'Afwezig',
    substitute: 'Vervanger',
    from: 'Van',
    until: 'Tot',
    action: 'Actie',
    remove: 'Verwijderen',
    removeLabel: 'Afwezigheid van {date} verwijderen',
    substitutingNow: 'u vervangt nu',
    substituting: 'u vervangt',
    add: 'Afwezigheid toevoegen',
    substituteHint: 'Een collega met dezelfde rol(len) als u.',
    chooseColleague: 'Kies een collega',
    absentFrom: 'Afwezig vanaf',
    backOn: 'Weer aanwezig op',
    save: 'Afwezigheid opslaan',
    saved: 'Uw afwezigheid is opgeslagen.',
    removed: 'De afwezigheid is verwijderd.',
  },
  /** The personal calendar feed (views/calendar-feed.js). */
  calendarFeed: {
    heading: 'Termijnen in uw eigen agenda',
    intro:
      'Met een persoonlijk agenda-adres ziet u de termijnen van uw open taken en de vergaderingen van de Ethische Commissie over uw projecten in uw eigen agenda (Outlook, Google Agenda, Apple Agenda). Het adres werkt zonder aanmelden; daarom is het geheim, en kunt u het altijd intrekken.',
    none: 'U heeft nu geen agenda-adres.',
    since: 'U heeft een agenda-adres sinds {since}; uw agenda las het laatst op {read}.',
    sinceUnread: 'U heeft een agenda-adres sinds {since}; het is nog niet gelezen.',
    make: 'Agenda-adres maken',
    makeNew: 'Nieuw agenda-adres maken',
    revoke: 'Agenda-adres intrekken',
    revoked: 'Uw agenda-adres is ingetrokken: het werkt niet meer.',
    replaceNote: 'Een nieuw adres vervangt het oude: het oude werkt dan niet meer.',
    mailNote: 'Ook in de mail over een taak met een termijn zit de termijn als agenda-item (een .ics-bijlage).',
    made: 'Uw agenda-adres is gemaakt.',
    address: 'Uw agenda-adres',
    addressHint:
      'U ziet dit adres alleen nu. Voeg het in uw agenda toe als abonnement (Outlook: Agenda toevoegen, Van internet). Wie het adres heeft, ziet uw termijnen: maak een nieuw adres of trek het in als het uitlekt.',
    copy: 'Adres kopiëren',
    copied: 'Het adres staat op het klembord.',
    copyFailed: 'Kopiëren lukte niet; het adres is geselecteerd, kopieer het met Ctrl+C.',
    subscribe: 'Abonneren in uw agenda-programma',
    failed: 'Het is niet gelukt.',
  },
};
