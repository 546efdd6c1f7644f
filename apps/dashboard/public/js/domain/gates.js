// Generated from libs/domain/src/gates.ts by `npm run generate:dashboard`; do not edit.
export const GATE_IDS = [
    'quick-scan',
    'dpia',
    'commission-reflection',
    'portfolio-decision',
    'council-information',
];
export const GATE_STATES = ['not-required', 'pending', 'active', 'waiting', 'completed', 'returned'];
export const GATE_LABELS = {
    'quick-scan': { nl: 'Ethische quickscan', en: 'Ethical quick-scan' },
    dpia: { nl: 'Gegevensbeschermingseffectbeoordeling (DPIA)', en: 'Data protection impact assessment (DPIA)' },
    'commission-reflection': { nl: 'Reflectie Ethische Commissie', en: 'Ethics Commission reflection' },
    'portfolio-decision': { nl: 'Besluit portefeuillehouder', en: 'Portfolio-holder decision' },
    'council-information': { nl: 'Raad informeren', en: 'Council information' },
};
export function isGateId(value) {
    return typeof value === 'string' && GATE_IDS.includes(value);
}
