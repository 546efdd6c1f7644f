/** The texts of the dashboard's pipeline page (the CIO office's overview) in Dutch. */
export const pipeline = {
  title: 'Pijplijn',
  titleDepartment: 'Pijplijn – {department}',
  filter: {
    label: 'Pijplijn filteren',
    department: 'Afdeling',
    departmentHelp: 'Leeg: alle afdelingen.',
    from: 'Doorlooptijden vanaf',
    fromHelp: 'Standaard: een jaar geleden.',
    to: 'tot en met',
    toHelp: 'Standaard: vandaag.',
    apply: 'Filteren',
  },
  badPeriod: 'Deze periode kan niet.',
  unavailable: 'Het overzicht van de pijplijn is op deze server (nog) niet beschikbaar.',
  unavailableText: 'GET /api/v1/monitoring/pipeline bestaat hier niet. De projectenlijst werkt wel.',
  toProjects: 'Naar de projecten',
  downloadCsv: 'Download de tabel als CSV',
  asOf: 'Stand van {moment}. Doorlooptijden over {from} tot {to}.',
  totals: {
    label: 'Totalen',
    projects: 'projecten',
    active: 'in behandeling',
    openTasks: 'open taken',
    overdue: 'te laat',
    escalated: 'geëscaleerd',
  },
  /** `{n}` tasks past their deadline. */
  overdue: '{n} te laat',
  gates: {
    heading: 'Projecten per poort',
    intro:
      'Hoe breder de balk, hoe meer projecten bij die poort staan. Het rode deel is het aandeel van de open taken bij die poort waarvan de termijn verstreken is.',
    noGate_one: '{n} project staat bij geen enkele poort (in gebruik, goedgekeurd, afgewezen, gestopt of ingetrokken).',
    noGate_other:
      '{n} projecten staan bij geen enkele poort (in gebruik, goedgekeurd, afgewezen, gestopt of ingetrokken).',
    caption: 'Projecten en taken per poort',
    columns: {
      gate: 'Poort',
      projects: 'Projecten',
      openTasks: 'Open taken',
      overdue: 'Te laat',
      escalated: 'Geëscaleerd',
      byStatus: 'Per status',
    },
  },
  leadTimes: {
    heading: 'Doorlooptijden',
    intro:
      'Donker: de mediaan (de helft was sneller). Licht: het 90e percentiel (9 van de 10 waren sneller). Per poort van de eerste taak tot afronden; van registratie tot besluit voor het hele traject.',
    caption: 'Doorlooptijden per poort',
    columns: { gate: 'Poort', completed: 'Afgerond', median: 'Mediaan', p90: '90e percentiel' },
    endToEnd: 'Van registratie tot besluit',
  },
  escalations: {
    heading: 'Open escalaties',
    none: 'Er zijn geen open escalaties.',
    caption: 'Open escalaties, hoogste niveau eerst',
    columns: {
      project: 'Project',
      department: 'Afdeling',
      task: 'Taak',
      assignee: 'Bij',
      level: 'Niveau',
      due: 'Termijn was',
    },
  },
  departments: {
    heading: 'Per afdeling',
    none: 'Nog geen projecten.',
    caption: 'Projecten en taken per afdeling',
    columns: {
      department: 'Afdeling',
      projects: 'Projecten',
      active: 'In behandeling',
      openTasks: 'Open taken',
      overdue: 'Te laat',
      escalated: 'Geëscaleerd',
    },
  },
};
