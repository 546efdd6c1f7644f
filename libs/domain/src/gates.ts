export const GATE_IDS = [
  'quick-scan',
  'dpia',
  'commission-reflection',
  'portfolio-decision',
  'council-information',
] as const;

export type GateId = (typeof GATE_IDS)[number];

export const GATE_STATES = ['not-required', 'pending', 'active', 'waiting', 'completed', 'returned'] as const;
export type GateState = (typeof GATE_STATES)[number];

export const GATE_LABELS: Record<GateId, { nl: string; en: string }> = {
  'quick-scan': { nl: 'Ethische quickscan', en: 'Ethical quick-scan' },
  dpia: { nl: 'Gegevensbeschermingseffectbeoordeling (DPIA)', en: 'Data protection impact assessment (DPIA)' },
  'commission-reflection': { nl: 'Reflectie Ethische Commissie', en: 'Ethics Commission reflection' },
  'portfolio-decision': { nl: 'Besluit portefeuillehouder', en: 'Portfolio-holder decision' },
  'council-information': { nl: 'Raad informeren', en: 'Council information' },
};

export function isGateId(value: unknown): value is GateId {
  return typeof value === 'string' && (GATE_IDS as readonly string[]).includes(value);
}
