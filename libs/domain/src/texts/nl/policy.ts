/**
 * The texts of the dashboard's policy pages in Dutch: what a draft policy would do (wat-als), its picture, the
 * activation form under it, and the record of the activations. `{name}` is filled in; `_one`/`_other` are the
 * singular and plural of one text.
 */
export const policy = {
  /** Shared by the what-if and the activations. */
  shared: {
    project: 'Project',
    projects: 'Projecten',
    department: 'Afdeling',
    verdict: 'Gevolg',
    allAsCsv: 'Alle projecten als CSV',
    reason: 'Reden',
  },
  whatIf: {
    title: 'Wat als: een conceptbeleid doorrekenen',
    intro:
      'Zie vooraf wat een nieuwe beleidsversie met de lopende projecten zou doen: de laatste quickscan van ieder project wordt onder het concept opnieuw beoordeeld. Een vraag die het concept stelt en die een project nooit beantwoordde, wordt niet geraden: dat project heeft een nieuwe quickscan nodig.',
    form: {
      heading: 'Concept doorrekenen',
      draft: 'Conceptbeleid (YAML of JSON)',
      draftDescription:
        'Hetzelfde bestand als policy/waardenpoort-policy.v1.yaml, met uw wijzigingen. Het wordt gecontroleerd als iedere versie en niet opgeslagen.',
      on: 'Op datum (optioneel)',
      onDescription:
        'Reken door zoals het concept op die dag geldt: een regel met een latere ingangsdatum (appliesFrom) telt dan nog niet mee. Leeg: vandaag.',
      run: 'Doorrekenen',
      noDraft: 'Kies een conceptbeleid.',
      unreadable: 'Bestand niet leesbaar',
      invalidFile: 'Het bestand is geen geldige {format}: {message}',
      chooseFile: 'Kies een beleidsbestand in YAML of JSON.',
    },
    result: {
      heading: 'Versie {version}: {title}',
      calculatedOnDay: 'Doorgerekend op {day} (vanaf het begin van die dag).',
      calculatedNow: 'Doorgerekend op {moment} (nu).',
      rulesLater_one: '{n} regel gaat later in; die tellen hier nog niet mee',
      rulesLater_other: '{n} regels gaan later in; die tellen hier nog niet mee',
      ruleFrom: '{rule}: vanaf {moment}',
      calculated_one: '{n} project doorgerekend',
      calculated_other: '{n} projecten doorgerekend',
      tally:
        '{changed} met een andere route, {reasonsChanged} met andere redenen voor dezelfde route, {needsNewQuickScan} hebben een nieuwe quickscan nodig, {unchanged} ongewijzigd, {noQuickScan} nog zonder quickscan.',
      shiftHeading: 'Verschuiving per uitkomst',
      transitionsCaption: 'Projecten die van uitkomst veranderen',
      outcome: 'Uitkomst',
      from: 'Van',
      to: 'Naar',
      gatesHeading: 'Fasen',
      departmentsHeading: 'Per afdeling',
      departmentsCaption: 'Gevolgen per afdeling',
      differentRoute: 'Andere route',
      newQuickScan: 'Nieuwe quickscan',
      gatesOpened: 'Fasen erbij',
      gatesClosed: 'Fasen eraf',
      noneChanged: 'Geen project krijgt een andere route.',
      projectsCaptionFirst: 'De eerste {shown} van {total} projecten; de CSV heeft ze allemaal',
      projectsCaption: 'Projecten met een andere route of zonder volledige quickscan',
      outcomeFromTo: 'Uitkomst van → naar',
      missingAnswers: 'Ontbrekende antwoorden',
      csvFile: 'waardenpoort-wat-als-v{version}.csv',
    },
  },
  /** The pictures of a what-if (what-if-chart.js). */
  chart: {
    dimensions: {
      dpia: 'DPIA',
      iama: 'IAMA',
      aiActClass: 'AI-verordening',
      commission: 'Ethische Commissie',
      council: 'Raad informeren',
      riskLevel: 'Risiconiveau',
      algorithmRegister: 'Algoritmeregister',
      sensorRegister: 'Sensorenregister',
    },
    /** The values of the outcome dimensions, short, as the bars and the tables show them. */
    values: {
      'not-required': 'niet nodig',
      recommended: 'aanbevolen',
      required: 'verplicht',
      'not-recommended': 'niet aanbevolen',
      optional: 'niet verplicht',
      'not-applicable': 'n.v.t.',
      minimal: 'minimaal',
      limited: 'beperkt',
      'high-risk': 'hoog risico',
      prohibited: 'verboden',
      low: 'laag',
      medium: 'midden',
      high: 'hoog',
      none: 'geen',
      A: 'A',
      B: 'B',
      C: 'C',
      true: 'ja',
      false: 'nee',
      'needs-new-quick-scan': 'nieuwe quickscan nodig',
    },
    shiftTitle: 'Hoe de portefeuille zou verschuiven',
    shiftDescription: '{dimension}: nu {before}; met het concept {after}',
    nothing: 'geen',
    now: 'nu',
    draft: 'concept',
    gateShiftTitle: 'Fasen die erbij komen of vervallen',
    gateShiftDescription: '{gate}: {opened} erbij, {closed} eraf',
  },
  /** Activating a draft, under its what-if. */
  activationForm: {
    heading: 'Activeren',
    intro:
      'Zet versie {version} in werking. Kies wat er met de lopende projecten gebeurt; de aantallen komen uit de doorrekening hierboven (afgesloten projecten tellen niet mee).',
    calculatedOn: 'Doorgerekend op {day}',
    calculatedOnText: 'De activering rekent met het moment van activeren; de aantallen kunnen daarvan afwijken.',
    rerouteLegend: 'Wat gebeurt er met de lopende projecten?',
    meaningNone:
      'Lopende projecten houden de versie waarop ze staan; alleen nieuwe quickscans volgen versie {version}. Selecteert geen projecten.',
    meaningAffected_one:
      'Een nieuwe quickscan voor de projecten met een andere route of met vragen die versie {version} nieuw stelt. Selecteert {n} project.',
    meaningAffected_other:
      'Een nieuwe quickscan voor de projecten met een andere route of met vragen die versie {version} nieuw stelt. Selecteert {n} projecten.',
    meaningAll_one:
      'Een nieuwe quickscan voor ieder lopend project, ook als er nog geen quickscan is. Selecteert {n} project.',
    meaningAll_other:
      'Een nieuwe quickscan voor ieder lopend project, ook als er nog geen quickscan is. Selecteert {n} projecten.',
    reasonDescription:
      'Waarom deze versie, en waarom deze keuze. Verplicht; wordt bewaard bij de activering en in de audittrail (hoogstens {max} tekens).',
    check: 'Controleren',
    reasonMissing: 'Geef een reden voor deze activering.',
    reasonTooLong: 'De reden is te lang: hoogstens {max} tekens.',
    confirmHeading: 'Bevestigen',
    confirmNone:
      'U activeert versie {version}: {title}. Die geldt daarna voor iedere nieuwe quickscan. Geen lopend project wordt verplaatst.',
    confirmMoved_one:
      'U activeert versie {version}: {title}. Die geldt daarna voor iedere nieuwe quickscan. {n} lopend project krijgt een nieuwe quickscan ({choice}).',
    confirmMoved_other:
      'U activeert versie {version}: {title}. Die geldt daarna voor iedere nieuwe quickscan. {n} lopende projecten krijgen een nieuwe quickscan ({choice}).',
    reasonIs: 'Reden:',
    activate: 'Versie {version} activeren',
    back: 'Terug naar de keuze',
    activated: 'Versie {version} is geactiveerd.',
    failed: 'Het activeren is niet gelukt',
    failedText: 'Het activeren is niet gelukt.',
    notNewer:
      'Versie {version} is niet nieuwer dan de hoogste versie tot nu toe. Verhoog het versienummer in het concept en reken het opnieuw door.',
    cioOnly: 'Alleen het CIO Office activeert beleid.',
    offline: 'De server is niet bereikbaar.',
  },
  /** The record of the activations. */
  activations: {
    title: 'Beleidsactiveringen',
    intro:
      'Iedere beleidsversie die in werking is gezet: door wie, wanneer, met welke keuze voor de lopende projecten, en hoe ver het verzenden van de nieuwe quickscans is.',
    /** `{link}` is the link to the what-if page. */
    newVersion: 'Een nieuwe versie activeert u na het doorrekenen van het concept: {link}.',
    count_one: '{n} activering',
    count_other: '{n} activeringen',
    none: 'Er is nog geen versie geactiveerd.',
    caption: 'Beleidsactiveringen, nieuwste eerst, pagina {page} van {pages}',
    version: 'Versie',
    when: 'Wanneer',
    by: 'Door',
    choice: 'Keuze',
    selected: 'Geselecteerd',
    state: 'Stand',
    versionLink: 'Versie {version}',
    done: 'afgerond',
    delivering: 'bezig met verzenden',
    pagination: 'Paginering',
    previous: 'Vorige',
    next: 'Volgende',
    pageOf: 'Pagina {page} van {pages}',
    /** One activation. */
    detailTitle: 'Activering van versie {version}',
    all: 'Alle beleidsactiveringen',
    activatedBy: 'Geactiveerd door',
    selectedProjects_one: '{n} project',
    selectedProjects_other: '{n} projecten',
    policy: 'Beleid (SHA-256)',
    tallyHeading: 'Doorrekening bij het activeren',
    noneRunning: 'Er liepen geen projecten.',
    tallyCaption: 'Lopende projecten per gevolg',
    requestsHeading: 'Nieuwe quickscans',
    deliveryDone:
      'Verzenden afgerond: {requested} gevraagd, {refused} geweigerd, {failed} mislukt, {pending} in afwachting.',
    deliveryBusy:
      'Bezig met verzenden (deze pagina werkt zichzelf bij): {requested} gevraagd, {refused} geweigerd, {failed} mislukt, {pending} in afwachting.',
    noneSelected: 'Deze activering selecteerde geen projecten.',
    noneOnPage: 'Geen projecten op deze pagina.',
    selectedCaption: 'Geselecteerde projecten',
    selectedCaptionPage: 'Geselecteerde projecten, pagina {page} van {pages}',
    requestedAt: 'Gevraagd op',
    csvFile: 'waardenpoort-activering-v{version}.csv',
  },
};
