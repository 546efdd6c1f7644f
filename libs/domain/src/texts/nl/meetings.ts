/**
 * The texts of the dashboard's meetings pages in Dutch: the Ethics Commission's meetings and their agendas, and the
 * publication of the commission's reflection (a section of the project page).
 */
export const meetings = {
  statuses: {
    planned: 'Gepland',
    held: 'Gehouden',
    cancelled: 'Geannuleerd',
  },
  /** How a case came on the agenda. */
  how: {
    auto: 'Automatisch',
    secretary: 'Door de secretaris',
    moved: 'Verplaatst',
  },
  list: {
    title: 'Vergaderingen Ethische Commissie',
    intro:
      'De Ethische Commissie vergadert op vaste momenten. Een project dat een reflectie nodig heeft, komt op de eerstvolgende vergadering met plaats waarvan de inleverdatum nog niet voorbij is.',
    none: 'Er zijn nog geen vergaderingen.',
    caption: 'Vergaderingen, vroegste eerst',
    date: 'Datum',
    place: 'Plaats',
    status: 'Status',
    deadline: 'Inleveren uiterlijk',
    agenda: 'Agenda',
    filled: '{assigned} van {capacity}',
  },
  plan: {
    heading: 'Vergadering plannen',
    startsAt: 'Datum en tijd',
    location: 'Plaats',
    locationHint: 'Of een online adres hieronder.',
    onlineUrl: 'Online adres',
    onlineUrlHint: 'Begint met https://',
    capacity: 'Aantal zaken op de agenda',
    submit: 'Vergadering plannen',
    startsAtMissing: 'Vul datum en tijd in.',
    capacityTooLow: 'Vul een aantal van minstens 1 in.',
    placeMissing: 'Vul een plaats of een online adres in.',
    planned: 'De vergadering is gepland.',
  },
  meeting: {
    title: 'Vergadering van {date}',
    summary: '{status} · {place} · stukken uiterlijk {deadline} · {assigned} van {capacity} plaatsen bezet.',
    agenda: 'Agenda',
    empty: 'Er staan nog geen zaken op de agenda.',
    caption: 'Zaken op de agenda, in volgorde',
    project: 'Project',
    department: 'Afdeling',
    caseOwner: 'Projectleider',
    onAgenda: 'Op de agenda',
    /** A project the reader may not see, by the start of its id. */
    projectId: 'Project {id}',
    /** How and when the case came on the agenda. */
    assigned: '{how}, {at}',
    exportCsv: 'Agenda exporteren (CSV)',
    exportIcs: 'In agenda zetten (.ics)',
  },
  close: {
    heading: 'Vergadering afsluiten of annuleren',
    onCancel: 'Bij annuleren',
    onCancelText:
      'De zaken gaan naar de eerstvolgende vergadering met plaats; projectleiders en secretaris krijgen bericht.',
    reason: 'Reden',
    held: 'Gehouden',
    cancel: 'Annuleren',
    reasonMissing: 'Vul een reden in.',
    cancelled: 'De vergadering is geannuleerd.',
    /** `{list}`: the projects with the workflow's refusal code. */
    cancelledNotMoved:
      'De vergadering is geannuleerd. Niet verplaatst, de workflow nam de verplaatsing niet aan: {list}.',
    wasHeld: 'De vergadering is gehouden.',
    unknown: 'onbekend',
  },
  /** The ethics secretary makes the recorded reflection public, or withdraws it (on the project page). */
  publication: {
    heading: 'Openbaarmaking van de reflectie',
    publicSince: 'De reflectie is openbaar sinds {date}.',
    toPublicPages: "Naar de openbare pagina's",
    earlierPublic: 'Een eerdere reflectie van dit project is openbaar sinds {date}.',
    withdrawnOn: 'De openbaarmaking is ingetrokken op {date}. De reflectie is niet openbaar.',
    notPublic: 'De reflectie is niet openbaar.',
    closed: 'Het project is afgesloten: openbaar maken of intrekken kan niet meer.',
    notForPublication: 'De commissie heeft deze reflectie vastgelegd als niet bestemd voor publicatie.',
    closedRefused:
      'Het project is afgesloten: de workflow neemt geen handelingen meer aan, dus openbaar maken of intrekken kan niet meer.',
    failed: 'Het is niet gelukt',
    release: {
      title: 'Reflectie openbaar maken',
      what: 'Openbaar worden: de titel en afdeling van het project, de vraag en de inleiding hieronder, de observaties en aanbevelingen van de reflectie zoals vastgelegd, en het besluit (uitkomst en datum) zodra de raad is geïnformeerd. Niet openbaar: de quickscan, de DPIA, het advies van de FG, de motivering van het besluit en namen van personen.',
      question: 'De vraag aan de commissie, in woorden voor het publiek',
      questionHint: 'Komt op de openbare pagina. Hoogstens {max} tekens.',
      summary: 'Inleiding voor de openbare pagina (niet verplicht)',
      summaryHint: 'Hoogstens {max} tekens.',
      questionMissing: 'Geef de vraag aan de commissie.',
      questionTooLong: 'De vraag is langer dan {max} tekens.',
      summaryTooLong: 'De inleiding is langer dan {max} tekens.',
      done: "De reflectie is openbaar gemaakt. Zij staat nu op de openbare pagina's.",
    },
    withdraw: {
      title: 'Openbaarmaking intrekken',
      what: "De reflectie verdwijnt van de openbare pagina's en uit de feed. De audittrail bewaart beide stappen.",
      reason: 'Reden van het intrekken',
      reasonHint: 'De reden komt in de audittrail, niet op de openbare pagina.',
      reasonMissing: 'Geef een reden.',
      reasonTooLong: 'De reden is langer dan {max} tekens.',
      done: "De openbaarmaking is ingetrokken. De reflectie staat niet meer op de openbare pagina's.",
    },
  },
};
