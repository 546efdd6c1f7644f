import type { publicPages as dutch } from '../nl/public-pages';
import type { Translation } from '../types';

/** The texts of the dashboard's public pages in English (../nl/public-pages.ts has the Dutch and the keys). */
export const publicPages: Translation<typeof dutch> = {
  overview: {
    title: 'Public',
    intro:
      'Here the municipality of Enschede publishes what it makes public about the ethical deliberation on data and technology projects, and which algorithms and sensors it uses. You do not need to sign in for this.',
    reflections: 'Reflections of the Ethics Commission',
    reflectionsText:
      'the question put to the commission, its observations and recommendations, and the decision that followed.',
    algorithms: 'Algorithm register',
    algorithmsText:
      'the algorithms the municipality uses or is developing, following the national publication standard.',
    sensors: 'Sensor register',
    sensorsText: 'the sensors in public space, what they measure and where.',
  },
  search: {
    label: 'Search',
    button: 'Search',
  },
  reflections: {
    title: 'Reflections of the Ethics Commission',
    feedTitle: 'Reflections of the Ethics Commission',
    intro:
      "The Ethics Commission reflects on the municipality's data and technology projects. Here are the reflections released for publication, with the decision that followed once it is public.",
    followFeed: 'Follow new reflections through the Atom feed',
    searchLabel: 'Search the reflections',
    searchHint: 'Searches the title, the question and the text.',
    count_one: '{n} reflection.',
    count_other: '{n} reflections.',
    found_one: '{n} reflection found for “{query}”.',
    found_other: '{n} reflections found for “{query}”.',
    noneFound: 'No published reflections found.',
    noneYet: 'There are no published reflections yet.',
    reflectedAt: 'Reflection',
    department: 'Department',
    decision: 'Decision',
    notPublicYet: 'Not public yet',
    decisionOn: '{outcome} ({date})',
    pagination: 'Pagination',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: 'Page {page} of {pages}',
  },
  reflection: {
    notFound: 'Reflection not found',
    notFoundText: 'This reflection is not (or no longer) published.',
    toAll: 'To all reflections',
    all: 'All reflections',
    department: 'Department',
    recordedAt: 'Reflection recorded',
    publishedAt: 'Published',
    decision: 'Decision',
    question: 'The question put to the commission',
    observations: 'Observations',
    recommendations: 'Recommendations',
    noRecommendations: 'The commission made no recommendations.',
    decisionPending: 'The decision',
    decisionPendingText:
      'The decision is shown here once it is public: after the council has been informed, or straight away if the council does not need to be informed.',
  },
  registers: {
    algorithm: {
      title: 'Algorithm register',
      intro:
        'The algorithms the municipality of Enschede uses or is developing, described following the publication standard of the national algorithm register. Only descriptions published by the CIO office are shown here.',
      searchLabel: 'Search the algorithm register',
    },
    sensor: {
      title: 'Sensor register',
      intro:
        'The sensors the municipality of Enschede uses in public space: what they measure, why, where and until when. Only descriptions published by the CIO office are shown here.',
      searchLabel: 'Search the sensor register',
    },
    download: 'Download as {format}',
    searchHint: 'Searches all fields.',
    count_one: '{n} description.',
    count_other: '{n} descriptions.',
    found_one: '{n} description found for “{query}”.',
    found_other: '{n} descriptions found for “{query}”.',
    noneFound: 'No published descriptions found.',
    noneYet: 'There are no published descriptions yet.',
    sensorType: 'Sensor type',
    status: 'Status',
    location: 'Location',
    organisation: 'Organisation',
    allDetails: 'All details of {name}',
    versions: 'Versions',
    version: 'version {version}: {status} ({date})',
    point: 'Point: {lat} N, {lon} E',
    area_one: 'Area (polygon with {n} corner)',
    area_other: 'Area (polygon with {n} corners)',
  },
  map: {
    title: 'Map',
    label: 'Map of the sensors',
    empty: 'The map shows no sensors: the list below is empty.',
    same_one: 'The map shows the same sensor as the list below.',
    same_other: 'The map shows the same {n} sensors as the list below.',
    some_one:
      'The map shows {n} sensor of the {listed} in the list below; the others have no location the map can draw.',
    some_other:
      'The map shows {n} sensors of the {listed} in the list below; the others have no location the map can draw.',
    keyboard:
      'Use Tab to go through the sensors on the map; Enter shows their details. The arrow keys and + and − move and zoom the map.',
    noBackground: 'No background map has been set up: the map only shows where the sensors are, without streets.',
    attribution: 'Background map: {attribution}',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    close: 'Close',
    yes: 'yes',
    no: 'no',
    unknown: 'unknown',
  },
};
