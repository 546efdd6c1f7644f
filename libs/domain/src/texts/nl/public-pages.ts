/**
 * The texts of the dashboard's public pages in Dutch: the overview, the Ethics Commission's published reflections,
 * the algorithm and sensor registers and the sensor map, for visitors who are not signed in.
 */
export const publicPages = {
  overview: {
    title: 'Openbaar',
    intro:
      'Hier publiceert de gemeente Enschede wat zij openbaar maakt over de ethische afweging bij data- en technologieprojecten, en welke algoritmes en sensoren zij gebruikt. U hoeft hiervoor niet aan te melden.',
    reflections: 'Reflecties van de Ethische Commissie',
    reflectionsText: 'de vraag aan de commissie, haar observaties en aanbevelingen, en het besluit dat volgde.',
    algorithms: 'Algoritmeregister',
    algorithmsText: 'de algoritmes die de gemeente gebruikt of ontwikkelt, volgens de landelijke publicatiestandaard.',
    sensors: 'Sensorregister',
    sensorsText: 'de sensoren in de openbare ruimte, wat ze meten en waar.',
  },
  search: {
    label: 'Zoeken',
    button: 'Zoeken',
  },
  reflections: {
    title: 'Reflecties van de Ethische Commissie',
    feedTitle: 'Reflecties van de Ethische Commissie',
    intro:
      'De Ethische Commissie reflecteert op data- en technologieprojecten van de gemeente. Hier staan de reflecties die zijn vrijgegeven voor publicatie, met het besluit dat volgde zodra dat openbaar is.',
    followFeed: 'Volg nieuwe reflecties via de Atom-feed',
    searchLabel: 'Reflecties zoeken',
    searchHint: 'Zoek in titel, vraag en tekst.',
    count_one: '{n} reflectie.',
    count_other: '{n} reflecties.',
    found_one: '{n} reflectie gevonden voor “{query}”.',
    found_other: '{n} reflecties gevonden voor “{query}”.',
    noneFound: 'Geen gepubliceerde reflecties gevonden.',
    noneYet: 'Er zijn nog geen gepubliceerde reflecties.',
    reflectedAt: 'Reflectie',
    department: 'Afdeling',
    decision: 'Besluit',
    notPublicYet: 'Nog niet openbaar',
    decisionOn: '{outcome} ({date})',
    pagination: 'Paginering',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    pageOf: 'Pagina {page} van {pages}',
  },
  reflection: {
    notFound: 'Reflectie niet gevonden',
    notFoundText: 'Deze reflectie is niet (meer) gepubliceerd.',
    toAll: 'Naar alle reflecties',
    all: 'Alle reflecties',
    department: 'Afdeling',
    recordedAt: 'Reflectie vastgelegd',
    publishedAt: 'Gepubliceerd',
    decision: 'Besluit',
    question: 'De vraag aan de commissie',
    observations: 'Observaties',
    recommendations: 'Aanbevelingen',
    noRecommendations: 'De commissie deed geen aanbevelingen.',
    decisionPending: 'Het besluit',
    decisionPendingText:
      'Het besluit wordt hier getoond zodra het openbaar is: nadat de gemeenteraad is geïnformeerd, of direct als de raad niet geïnformeerd hoeft te worden.',
  },
  registers: {
    algorithm: {
      title: 'Algoritmeregister',
      intro:
        'De algoritmes die de gemeente Enschede gebruikt of ontwikkelt, beschreven volgens de publicatiestandaard van het landelijke algoritmeregister. Hier staan alleen beschrijvingen die de CIO-office heeft gepubliceerd.',
      searchLabel: 'Algoritmeregister doorzoeken',
    },
    sensor: {
      title: 'Sensorregister',
      intro:
        'De sensoren die de gemeente Enschede in de openbare ruimte gebruikt: wat ze meten, waarom, waar en tot wanneer. Hier staan alleen beschrijvingen die de CIO-office heeft gepubliceerd.',
      searchLabel: 'Sensorregister doorzoeken',
    },
    /** `{format}`: JSON, CSV or GeoJSON. */
    download: 'Download als {format}',
    searchHint: 'Zoek in alle velden.',
    count_one: '{n} beschrijving.',
    count_other: '{n} beschrijvingen.',
    found_one: '{n} beschrijving gevonden voor “{query}”.',
    found_other: '{n} beschrijvingen gevonden voor “{query}”.',
    noneFound: 'Geen gepubliceerde beschrijvingen gevonden.',
    noneYet: 'Er zijn nog geen gepubliceerde beschrijvingen.',
    sensorType: 'Soort sensor',
    status: 'Status',
    location: 'Locatie',
    organisation: 'Organisatie',
    /** `{name}`: the entry's name. */
    allDetails: 'Alle gegevens van {name}',
    versions: 'Versies',
    /** `{status}`: the register's own status value, as published. */
    version: 'versie {version}: {status} ({date})',
    point: 'Punt: {lat} N, {lon} O',
    area_one: 'Gebied (polygoon met {n} hoekpunt)',
    area_other: 'Gebied (polygoon met {n} hoekpunten)',
  },
  map: {
    title: 'Kaart',
    label: 'Kaart van de sensoren',
    empty: 'De kaart toont geen sensoren: de lijst hieronder is leeg.',
    same_one: 'De kaart toont dezelfde sensor als de lijst hieronder.',
    same_other: 'De kaart toont dezelfde {n} sensoren als de lijst hieronder.',
    /** `{n}` sensors on the map of the `{listed}` in the list. */
    some_one:
      'De kaart toont {n} sensor van de {listed} in de lijst hieronder; de andere hebben geen locatie die de kaart kan tekenen.',
    some_other:
      'De kaart toont {n} sensoren van de {listed} in de lijst hieronder; de andere hebben geen locatie die de kaart kan tekenen.',
    keyboard:
      'Met Tab gaat u langs de sensoren op de kaart; Enter toont de gegevens. De pijltjestoetsen en + en − verschuiven en zoomen de kaart.',
    noBackground: 'Er is geen achtergrondkaart ingesteld: de kaart toont alleen waar de sensoren zijn, zonder straten.',
    /** `{attribution}`: as the deployment configured it. */
    attribution: 'Achtergrondkaart: {attribution}',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    close: 'Sluiten',
    yes: 'ja',
    no: 'nee',
    unknown: 'onbekend',
  },
};
