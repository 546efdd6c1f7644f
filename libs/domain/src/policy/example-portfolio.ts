import { evaluateQuickScan } from './evaluate';
import { fillQuickScan } from './fill';
import type { AnswerValue, Policy } from './types';
import type { WhatIfProject } from '../what-if';

/**
 * A portfolio of a mid-sized municipality's data and technology projects, for showing what a policy change does
 * (the README's what-if of version 2 against version 1, the bench's what-if at 100,000 projects). Each kind of
 * project is one that Dutch municipalities run (parking sensors, crowd counting, chatbots, fraud signals, a digital
 * twin); the weights say how common each is. Deterministic: the same size and seed give the same portfolio.
 */
export interface ProjectKind {
  title: string;
  department: string;
  /** How many in a hundred projects are of this kind. */
  weight: number;
  answers: Record<string, AnswerValue>;
}

export const PROJECT_KINDS: readonly ProjectKind[] = [
  { title: 'Parkeersensoren', department: 'Mobiliteit', weight: 10, answers: { 'public-space-sensors': true } },
  {
    title: 'Luchtkwaliteitsmeters',
    department: 'Milieu',
    weight: 6,
    answers: { 'public-space-sensors': true, 'new-technology': true },
  },
  {
    title: 'Voorspellend onderhoud van gemalen',
    department: 'Stadsbeheer',
    weight: 6,
    answers: { 'new-technology': true, 'algorithm-type': 'rule-based', 'algorithm-weight': 'supporting' },
  },
  { title: 'Nieuw zaaksysteem', department: 'Bedrijfsvoering', weight: 12, answers: {} },
  {
    title: 'Digitale tweeling van de binnenstad',
    department: 'Ruimtelijke Ontwikkeling',
    weight: 3,
    answers: { 'new-technology': true },
  },
  {
    title: 'Drone-inspectie van daken',
    department: 'Stadsbeheer',
    weight: 2,
    answers: { 'new-technology': true, cameras: 'mobile' },
  },
  {
    title: 'Drukte tellen met camera’s in de binnenstad',
    department: 'Veiligheid',
    weight: 4,
    answers: {
      'personal-data': true,
      'data-subjects': 60_000,
      'public-space-sensors': true,
      cameras: 'fixed',
      'camera-observes-people': true,
      'systematic-monitoring': true,
      'publicly-accessible-area': true,
    },
  },
  {
    title: 'Chatbot voor vragen over afval',
    department: 'Dienstverlening',
    weight: 5,
    answers: {
      'algorithm-type': 'ai',
      'algorithm-weight': 'supporting',
      'ai-transparency': ['interacts-with-people', 'generates-content'],
      'new-technology': true,
    },
  },
  {
    title: 'Signalen voor vroegtijdige schuldhulp',
    department: 'Sociaal Domein',
    weight: 3,
    answers: {
      'personal-data': true,
      'data-subjects': 4_000,
      'data-categories': ['financial'],
      'vulnerable-groups': true,
      'data-reuse': ['combines-sources'],
      profiling: true,
      'algorithm-type': 'rule-based',
      'algorithm-effect': ['categorises-people'],
      'algorithm-weight': 'substantial',
    },
  },
  {
    title: 'Fraudesignalen bijstand',
    department: 'Sociaal Domein',
    weight: 2,
    answers: {
      'personal-data': true,
      'data-subjects': 9_000,
      'data-categories': ['financial'],
      'processing-purposes': ['fraud-prevention'],
      'vulnerable-groups': true,
      profiling: true,
      'algorithm-type': 'rule-based',
      'algorithm-effect': ['legal-effect', 'categorises-people'],
      'algorithm-weight': 'substantial',
      'political-sensitivity': true,
    },
  },
  {
    title: 'Inwonerspanel online',
    department: 'Dienstverlening',
    weight: 6,
    answers: { 'personal-data': true, 'data-subjects': 1_500 },
  },
  {
    title: 'Koppeling jeugdzorg en onderwijs',
    department: 'Sociaal Domein',
    weight: 3,
    answers: {
      'personal-data': true,
      'data-subjects': 2_500,
      'data-categories': ['health'],
      'vulnerable-groups': true,
      'data-reuse': ['combines-sources', 'new-purpose'],
    },
  },
  {
    title: 'Slimme lantaarnpalen',
    department: 'Stadsbeheer',
    weight: 4,
    answers: { 'public-space-sensors': true, 'new-technology': true },
  },
  {
    title: 'Rooster- en verlofplanning personeel',
    department: 'Bedrijfsvoering',
    weight: 6,
    answers: { 'personal-data': true, 'data-subjects': 2_000 },
  },
  {
    title: 'Generatieve AI voor conceptbrieven',
    department: 'Bedrijfsvoering',
    weight: 4,
    answers: {
      'algorithm-type': 'ai',
      'algorithm-weight': 'supporting',
      'ai-transparency': ['generates-content'],
      'new-technology': true,
    },
  },
  {
    title: 'Handhavingscamera’s op scooters',
    department: 'Veiligheid',
    weight: 2,
    answers: {
      'personal-data': true,
      'data-subjects': 20_000,
      cameras: 'mobile',
      'camera-observes-people': true,
      'public-space-sensors': true,
      'political-sensitivity': true,
    },
  },
  {
    title: 'Open data over verkeersdrukte',
    department: 'Mobiliteit',
    weight: 8,
    answers: { 'public-space-sensors': true },
  },
  {
    title: 'Energiemonitor gemeentelijk vastgoed',
    department: 'Vastgoed',
    weight: 6,
    answers: { 'new-technology': true },
  },
  {
    title: 'Subsidieaanvragen met beslisregels',
    department: 'Economie',
    weight: 4,
    answers: {
      'personal-data': true,
      'data-subjects': 800,
      'algorithm-type': 'rule-based',
      'algorithm-effect': ['legal-effect'],
      'algorithm-weight': 'decisive',
    },
  },
  {
    title: 'Reflectie op verzoek van de FG',
    department: 'Dienstverlening',
    weight: 4,
    answers: { 'personal-data': true, 'data-subjects': 300, 'commission-requested': true },
  },
];

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The route each kind gets under a policy: evaluated once per kind, shared by its projects. */
export function routesOf(policy: Policy): Array<NonNullable<WhatIfProject['route']>> {
  return PROJECT_KINDS.map((k) => {
    const answers = fillQuickScan(policy, k.answers);
    const { ignoredAnswers: _ignored, ...outcome } = evaluateQuickScan(policy, answers);
    return { outcome, answers, dpiaOptIn: false };
  });
}

/**
 * `size` projects of the kinds above, in their proportions, routed under `policy`; one in twelve has no quick-scan
 * yet, and one in thirty had a reflection asked for besides its route.
 */
export function examplePortfolio(policy: Policy, size: number, seed = 2027): WhatIfProject[] {
  const rand = prng(seed);
  const routes = routesOf(policy);
  const total = PROJECT_KINDS.reduce((sum, k) => sum + k.weight, 0);
  const out: WhatIfProject[] = [];
  for (let i = 0; i < size; i += 1) {
    let draw = rand() * total;
    let kind = 0;
    while (kind < PROJECT_KINDS.length - 1 && draw >= PROJECT_KINDS[kind].weight) {
      draw -= PROJECT_KINDS[kind].weight;
      kind += 1;
    }
    const k = PROJECT_KINDS[kind];
    out.push({
      id: `example-${String(i + 1).padStart(6, '0')}`,
      title: `${k.title} ${i + 1}`,
      department: k.department,
      status: rand() < 0.6 ? 'active' : 'in-use',
      route: rand() < 1 / 12 ? null : (routes[kind] ?? null),
      reflectionRequested: rand() < 1 / 30,
    });
  }
  return out;
}
