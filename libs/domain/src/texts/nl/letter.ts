import type { DecisionOutcome, Technology } from '../../project';

/**
 * The council letter's and the route proof's labels in Dutch (apps/api/src/council-letter): lower case where they go
 * inside a sentence. The words around them are the policy's (`councilLetter`).
 */
export const letter = {
  fields: {
    title: 'Titel',
    summary: 'Samenvatting',
    department: 'Afdeling',
    technologies: 'Technologieën',
    plannedStart: 'Geplande start',
    subject: 'Onderwerp',
    date: 'Datum',
    project: 'Project',
    template: 'Sjabloon',
    riskLevel: 'Risiconiveau',
    dpia: 'DPIA',
    commission: 'Reflectie Ethische Commissie',
    council: 'Raad informeren',
    aiActClass: 'Risicoklasse AI-verordening',
    algorithmRegister: 'Algoritmeregister',
    sensorRegister: 'Sensorenregister',
    rules: 'Regels die de route bepaalden',
    source: 'Bron',
    routeBy: 'Route bepaald',
    advice: 'Advies',
    adviceConditions: 'Voorwaarden of aanbevelingen',
    answer: 'Antwoord in het besluit',
    explanation: 'Toelichting',
    outcome: 'Besluit',
    decidedBy: 'Genomen door',
    rationale: 'Motivering',
    page: 'Pagina',
    policyVersion: 'beleid {id} versie {version}',
    on: 'op',
  },
  technologies: {
    sensor: 'sensoren',
    camera: "camera's",
    drone: 'drones',
    algorithm: 'algoritme',
    ai: 'kunstmatige intelligentie (AI)',
    app: 'app',
    'data-linking': 'koppelen van gegevens',
    other: 'anders',
  } satisfies Record<Technology, string>,
  decisions: {
    approved: 'goedgekeurd',
    'approved-with-conditions': 'goedgekeurd onder voorwaarden',
    rejected: 'afgewezen',
    returned: 'teruggestuurd voor aanpassing',
  } satisfies Record<DecisionOutcome, string>,
  adviceKinds: {
    'dpo-advice': 'Advies van de functionaris gegevensbescherming (FG) over de DPIA',
    'dpa-prior-consultation': 'Antwoord van de Autoriteit Persoonsgegevens (voorafgaande raadpleging)',
    'commission-reflection': 'Reflectie van de Ethische Commissie',
  },
  adviceValues: {
    positive: 'positief',
    'positive-with-conditions': 'positief onder voorwaarden',
    negative: 'negatief',
    reflection: 'reflectie',
    'no-objection': 'geen bezwaar',
    advice: 'schriftelijk advies',
    objection: 'bezwaar',
  },
  responses: {
    follow: 'opgevolgd (pas toe)',
    deviate: 'afgeweken (leg uit)',
  },
  outcomes: {
    dpia: {
      'not-required': 'niet nodig',
      recommended: 'aanbevolen',
      required: 'verplicht',
    },
    commission: {
      optional: 'niet verplicht',
      required: 'verplicht',
    },
    council: {
      optional: 'niet verplicht',
      required: 'verplicht',
    },
    riskLevel: {
      low: 'laag',
      medium: 'middel',
      high: 'hoog',
    },
    aiActClass: {
      'not-applicable': 'niet van toepassing',
      minimal: 'minimaal risico',
      limited: 'beperkt risico (transparantie)',
      'high-risk': 'hoog risico',
      prohibited: 'verboden',
    },
    algorithmRegister: {
      none: 'geen publicatie',
      A: 'categorie A (hoog-risico-AI)',
      B: 'categorie B (impactvol algoritme)',
      C: 'categorie C (overig algoritme)',
    },
    sensorRegister: {
      true: 'ja',
      false: 'nee',
    },
  },
};
