/** The texts of the dashboard's mailbox pages in Dutch: the mail the local SMTP sink caught. */
export const mailbox = {
  title: 'Opgevangen post',
  unavailable: 'Hier is geen opgevangen post te zien.',
  unavailableText:
    'Alleen lokaal (npm start) vangt Waardenpoort alle mail op in een eigen mailserver. Op deze server gaat de post echt de deur uit.',
  intro:
    'Alle mail die Waardenpoort verstuurde: nieuwe taken, herinneringen, escalaties en besluiten. Lokaal gaat niets de deur uit; nieuwste eerst.',
  filter: 'Post filteren',
  recipient: 'Ontvanger bevat',
  recipientHint: 'Een adres of een deel ervan.',
  filterButton: 'Filteren',
  mine: 'Alleen mijn post',
  count_one: '{n} bericht.',
  count_other: '{n} berichten.',
  countTo_one: '{n} bericht aan “{to}”.',
  countTo_other: '{n} berichten aan “{to}”.',
  messages: 'Berichten',
  noSubject: '(geen onderwerp)',
  to: 'Aan {to} · {at}',
  from: 'Van: {from}',
};
