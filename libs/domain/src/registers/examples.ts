import type { RegisterEntry } from './definition';

/** Complete, valid example entries: for the tests, the OpenAPI examples and the documentation. */
export const EXAMPLE_ALGORITHM_ENTRY: RegisterEntry = {
  name: 'Voorspellen van onderhoud aan bruggen',
  organization: 'Gemeente Enschede',
  description_short: 'Een algoritme schat in welke bruggen als eerste onderhoud nodig hebben.',
  category: ['Ruimte en infrastructuur', 'Verkeer'],
  status: 'In gebruik',
  begin_date: '2026-03',
  contact_email: 'algoritmeregister@enschede.nl',
  website: 'https://www.enschede.nl/bruggen',
  publication_category: 'Impactvolle algoritmes',
  goal: '<p>Onderhoud plannen voordat een brug gebreken krijgt.</p><ul><li>veiligheid</li><li>kosten</li></ul>',
  human_intervention: '<p>Een inspecteur beoordeelt elke voorspelling.</p>',
  lawful_basis_grouping: [{ title: 'Wegenwet', link: 'https://wetten.overheid.nl/BWBR0001856' }],
  impacttoetsen_grouping: [{ title: 'Data Protection Impact Assessment (DPIA)' }],
  provider: 'Intern ontwikkeld',
  source_id: '00000000-0000-4000-8000-000000000001',
};

export const EXAMPLE_SENSOR_ENTRY: RegisterEntry = {
  name: 'Drukte meten op de Oude Markt',
  sensor_type: 'Wifi- of bluetoothteller',
  organization: 'Gemeente Enschede',
  contact_email: 'https://www.enschede.nl/sensoren',
  personal_data: false,
  purpose: 'Drukte meten om evenementen veilig te laten verlopen.',
  legal_ground: 'Gemeentewet art. 160',
  status: 'In gebruik',
  active_until: '2027-12-31',
  mobility: 'Vast',
  location: { type: 'Point', coordinates: [6.8937, 52.2215] },
  source_id: '00000000-0000-4000-8000-000000000002',
};
