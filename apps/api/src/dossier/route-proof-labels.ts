import type { OutcomeDimension } from '@waardenpoort/domain';

/** The outcome dimensions as the Dutch dossier names them. */
export const OUTCOME_LABELS_NL: Readonly<Record<OutcomeDimension, string>> = {
  dpia: 'DPIA',
  iama: 'IAMA',
  aiActClass: 'AI-verordening: risicoklasse',
  commission: 'Reflectie Ethische Commissie',
  council: 'Raad informeren',
  riskLevel: 'Risiconiveau',
  algorithmRegister: 'Algoritmeregister',
  sensorRegister: 'Sensorregister',
};
