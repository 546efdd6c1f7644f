/** The texts of the dashboard's charts in Dutch: the pipeline's funnel and lead times, and a project's timeline. */
export const charts = {
  funnel: {
    title: 'Trechter: projecten per poort',
    /** The chart's description, one part per gate. */
    gate_one: '{gate}: {n} project, {overdue} te laat',
    gate_other: '{gate}: {n} projecten, {overdue} te laat',
    openTasks_one: '{n} open taak',
    openTasks_other: '{n} open taken',
    overdue: '⚠ {n} te laat',
    nothingOverdue: 'niets te laat',
    escalated: '{n} geëscaleerd',
  },
  leadTime: {
    title: 'Doorlooptijden per poort',
    endToEnd: 'Van registratie tot besluit',
    none: 'nog geen afgeronde doorloop',
    /** The chart's description, one part per row. */
    rowNone: '{name}: nog geen afgeronde doorloop',
    row: '{name}: mediaan {median}, 90e percentiel {p90}',
    bar: 'mediaan {median} · 90%: {p90} · {n}×',
  },
  timeline: {
    title: 'Tijdlijn van {title}',
    since: 'Van registratie ({moment}) tot nu.',
    open: 'Open: {gates}.',
    noneOpen: 'Geen open poort.',
    sent: '{reminders} herinneringen en {escalations} escalaties verstuurd.',
    now: 'nu',
    notRequired: 'niet nodig',
    notYet: 'nog niet aan de beurt',
    events: {
      opened: 'Geopend',
      due: 'Termijn',
      dueLate: 'Termijn verstreken',
      dueWas: 'Termijn (was)',
      completed: 'Afgerond',
      reminder: 'Herinnering {level} aan {role}',
      escalation: 'Escalatie niveau {level} naar {role}',
      planned: '{text} (gepland)',
    },
  },
};
