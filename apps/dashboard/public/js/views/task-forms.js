/* global CSS, crypto -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * Acting on a task: one form per step, each posting to the gate's endpoint (apps/api/src/gates/gates.controller.ts).
 * The quick-scan questionnaire is generated from the policy the project is pinned to, with its follow-up questions
 * appearing as the answers call for them.
 */
import { api } from '../api.js';
import { h } from '../dom.js';
import {
  ADVICE_KIND_LABELS,
  ADVICE_VALUE_LABELS,
  DECISION_LABELS,
  DPO_ADVICE_LABELS,
  GATE_LABELS,
  label,
  moment,
  relative,
  ROLE_LABELS,
  STEP_LABELS,
} from '../format.js';
import { answerProblem, resolve } from '../questionnaire.js';
import {
  actions,
  alert,
  badge,
  button,
  checkboxField,
  choiceGroup,
  clearFormErrors,
  formValues,
  heading,
  lines,
  link,
  p,
  selectField,
  setBusy,
  showApiError,
  showFormErrors,
  textareaField,
  textField,
} from '../ui.js';
import { routeSection } from './project.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../session.js').Session} Session */
/** @typedef {import('../../../types/api').Project} Project */
/** @typedef {import('../../../types/api').Role} Role */
/** @typedef {import('../../../types/api').StoredPolicy} StoredPolicy */
/** @typedef {import('../../../types/api').Question} Question */
/** @typedef {import('../../../types/api').AnswerValue} AnswerValue */
/** @typedef {import('../../../types/api').Outcome} Outcome */

/** Who may take each step; `case-owner` only on their own project (the API checks the same). */
/** @type {Record<string, Role[]>} */
const STEP_ROLES = {
  'answer-quick-scan': ['case-owner'],
  'submit-dpia': ['case-owner', 'privacy-officer'],
  'dpo-advice': ['dpo'],
  'prior-consultation': ['dpo', 'privacy-officer'],
  'schedule-meeting': ['ethics-secretary'],
  'await-meeting': ['ethics-secretary'],
  'answer-questions': ['case-owner'],
  'record-reflection': ['ethics-secretary'],
  decide: ['portfolio-holder'],
  'inform-council': ['council-liaison'],
};

/**
 * @param {Session} session
 * @param {{ id: string, caseOwner: { sub: string, name: string } }} project
 * @param {string} step
 */
export function canAct(session, project, step) {
  const roles = STEP_ROLES[step] ?? [];
  return roles.some((r) => session.roles.includes(r) && (r !== 'case-owner' || session.sub === project.caseOwner.sub));
}

/** @param {Project} project @param {string} step */
function openGateFor(project, step) {
  return project.gates.find((g) => g.step === step && (g.state === 'active' || g.state === 'waiting')) ?? null;
}

/** After an action: where the project stands now, in one sentence. @param {Project} project */
function nextStepText(project) {
  const task = project.openTasks[0];
  if (task)
    return `Volgende stap: ${label(STEP_LABELS, task.step ?? '') || label(GATE_LABELS, task.gate)} (${label(ROLE_LABELS, task.assigneeRole)}).`;
  if (project.status === 'stopped') return 'Het project is gestopt.';
  if (project.status === 'in-use') return 'Het project is in gebruik.';
  return `Status: ${project.statusLabel.nl}.`;
}

/** @param {ViewContext} ctx */
export async function taskView(ctx) {
  const [id, step] = ctx.params;
  const session = /** @type {Session} */ (ctx.session);
  /** @type {Project} */
  let project = await api(`/api/v1/projects/${id}`);
  // Right after registering or an earlier step, the workflow may still be opening this one: wait a little (only
  // then: an old link to a finished task should say so at once).
  const recent = Date.now() - Date.parse(project.updatedAt) < 15_000;
  for (let i = 0; recent && i < 20 && !openGateFor(project, step) && project.status === 'active'; i++) {
    await new Promise((r) => setTimeout(r, 300));
    project = await api(`/api/v1/projects/${id}`);
  }
  const gate = openGateFor(project, step);
  const title = label(STEP_LABELS, step);
  const header = [
    h(
      'p',
      { class: 'utrecht-paragraph wp-breadcrumb' },
      link('/taken', 'Mijn taken'),
      ' › ',
      link(`/projecten/${project.id}`, project.title),
      ' › ',
      title,
    ),
    heading(1, title),
    p(
      'Project: ',
      link(`/projecten/${project.id}`, project.title),
      ` (${project.department}).`,
      gate?.dueAt
        ? [
            ' Uiterlijk ',
            moment(gate.dueAt),
            ` (${relative(gate.dueAt)}).`,
            Date.parse(gate.dueAt) < Date.now() ? [' ', badge('te laat', 'danger')] : null,
          ]
        : null,
    ),
  ];
  if (!gate) {
    return {
      title,
      body: [
        ...header,
        alert(
          'info',
          'Deze taak staat niet (meer) open.',
          p('Bekijk het project voor de actuele stand. ', link(`/projecten/${project.id}`, 'Naar het project')),
        ),
      ],
    };
  }
  if (!canAct(session, project, step)) {
    const roles = (STEP_ROLES[step] ?? []).map((r) => label(ROLE_LABELS, r)).join(' of ');
    return {
      title,
      body: [
        ...header,
        alert(
          'warning',
          'U kunt deze taak niet uitvoeren.',
          p(
            `Dit doet: ${roles}${(STEP_ROLES[step] ?? []).includes('case-owner') ? ' (de projectleider van dit project)' : ''}.`,
          ),
        ),
      ],
    };
  }

  /**
   * Posts the action; on success goes to the project page with what happens next.
   * @param {HTMLFormElement} form
   * @param {string} path
   * @param {unknown} body
   * @param {(field: string) => string | null} [fieldFor]
   */
  const submit = async (form, path, body, fieldFor) => {
    const btn = /** @type {HTMLButtonElement | null} */ (form.querySelector('button[type=submit]'));
    setBusy(btn, true);
    try {
      const after = /** @type {Project} */ (
        await api(`/api/v1/projects/${project.id}/${path}`, { method: 'POST', body })
      );
      ctx.navigate(`/projecten/${project.id}`, { flash: { type: 'ok', text: `Vastgelegd. ${nextStepText(after)}` } });
    } catch (err) {
      setBusy(btn, false);
      showApiError(form, err, fieldFor);
    }
  };

  /** @type {Node[]} */
  let body;
  switch (step) {
    case 'answer-quick-scan':
      body = await quickScanForm(project, submit);
      break;
    case 'submit-dpia':
      body = [dpiaForm(submit)];
      break;
    case 'dpo-advice':
      body = [dpoAdviceForm(submit)];
      break;
    case 'prior-consultation':
      body = priorConsultationForms(project, submit);
      break;
    case 'schedule-meeting':
    case 'await-meeting':
      body = [
        project.commission?.meetingDate
          ? p(`Geagendeerd voor ${moment(project.commission.meetingDate)}.`)
          : p('Het project staat nog niet op de agenda van de Ethische Commissie.'),
        agendaForm(submit, step === 'await-meeting'),
        questionsForm(submit),
      ];
      break;
    case 'record-reflection':
      body = [reflectionForm(submit), questionsForm(submit)];
      break;
    case 'answer-questions':
      body = [answersForm(project, submit)];
      break;
    case 'decide':
      body = [decisionForm(project, submit)];
      break;
    case 'inform-council':
      body = [councilForm(submit)];
      break;
    default:
      body = [alert('info', 'Voor deze stap is er geen formulier.')];
  }
  return { title, body: [...header, ...body] };
}

/** @typedef {(form: HTMLFormElement, path: string, body: unknown, fieldFor?: (field: string) => string | null) => Promise<void>} Submit */

/** @param {string} labelledBy @param {...import('../dom.js').Children} children */
function form(labelledBy, ...children) {
  return h('form', { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': labelledBy }, ...children);
}

// --- Quick-scan --------------------------------------------------------------------------------------------------

/**
 * @param {Project} project
 * @param {Submit} submit
 */
async function quickScanForm(project, submit) {
  const stored = /** @type {StoredPolicy} */ (
    await api(project.policy ? `/api/v1/policy/versions/${project.policy.version}` : '/api/v1/policy')
  );
  const policy = stored.policy;
  const questions = policy.questionnaire.questions;
  const sections = [
    ...policy.questionnaire.sections,
    { id: '', title: { nl: 'Overige vragen', en: 'Other questions' } },
  ];
  const status = h('p', { class: 'utrecht-paragraph wp-visually-hidden', role: 'status' });
  const preview = h('div', { class: 'wp-preview', 'aria-live': 'polite' });

  const f = form(
    'quickscan-titel',
    heading(2, 'Vragenlijst', { id: 'quickscan-titel' }),
    p(
      `Beleid: ${stored.title.nl} (versie ${stored.version}). Vervolgvragen verschijnen als uw antwoorden daarom vragen.`,
    ),
    sections.map((section) => {
      const own = questions.filter((q) => (q.section ?? '') === section.id);
      if (own.length === 0) return null;
      return h(
        'section',
        {
          class: 'wp-question-section',
          dataset: { section: section.id },
          'aria-labelledby': `sectie-${section.id || 'overig'}`,
        },
        heading(3, section.title.nl, { id: `sectie-${section.id || 'overig'}` }),
        own.map((q) => questionField(q)),
      );
    }),
    checkboxField({
      name: 'dpiaOptIn',
      label: 'Ik wil een DPIA doen, ook als de quickscan die alleen aanbeveelt',
      description: 'Is een DPIA verplicht, dan doet u die altijd.',
    }),
    status,
    actions(
      button('Quickscan indienen', { type: 'submit' }),
      button('Bekijk eerst de uitkomst', { variant: 'secondary', class: 'wp-preview-button' }),
    ),
    preview,
  );

  /** @returns {Record<string, AnswerValue | undefined>} */
  const given = () => {
    const { one, many } = formValues(f);
    /** @type {Record<string, AnswerValue | undefined>} */
    const out = {};
    for (const q of questions) {
      const v = one[q.id];
      if (q.type === 'boolean') out[q.id] = v === 'true' ? true : v === 'false' ? false : undefined;
      else if (q.type === 'one-of') out[q.id] = v;
      else if (q.type === 'many-of') out[q.id] = many[q.id] ?? [];
      else out[q.id] = v === undefined || v.trim() === '' ? undefined : Number(v.replace(',', '.'));
    }
    return out;
  };
  let shownBefore = new Set(questions.filter((q) => q.showIf === undefined).map((q) => q.id));
  const update = () => {
    const { shown } = resolve(policy, given());
    for (const el of f.querySelectorAll('[data-question]')) {
      /** @type {HTMLElement} */ (el).hidden = !shown.has(/** @type {HTMLElement} */ (el).dataset.question ?? '');
    }
    for (const el of f.querySelectorAll('[data-section]')) {
      const sec = /** @type {HTMLElement} */ (el);
      sec.hidden = ![...sec.querySelectorAll('[data-question]')].some((q) => !(/** @type {HTMLElement} */ (q).hidden));
    }
    const appeared = [...shown].filter((x) => !shownBefore.has(x)).length;
    const gone = [...shownBefore].filter((x) => !shown.has(x)).length;
    if (appeared || gone) {
      status.textContent = [
        appeared ? `${appeared} ${appeared === 1 ? 'vervolgvraag verschenen' : 'vervolgvragen verschenen'}` : '',
        gone ? `${gone} ${gone === 1 ? 'vraag' : 'vragen'} niet meer van toepassing` : '',
      ]
        .filter(Boolean)
        .join(', ');
    }
    shownBefore = shown;
  };
  f.addEventListener('change', update);
  f.addEventListener('input', update);
  update();

  /** @returns {{ answers: Record<string, AnswerValue>, problems: Array<{ field: string, message: string, summary: string }> }} */
  const check = () => {
    const values = given();
    const { shown } = resolve(policy, values);
    const problems = [];
    /** @type {Record<string, AnswerValue>} */
    const answers = {};
    for (const q of questions) {
      if (!shown.has(q.id)) continue;
      const problem = answerProblem(q, values[q.id]);
      if (problem) problems.push({ field: q.id, message: problem, summary: `${q.text.nl} ${problem}` });
      else answers[q.id] = /** @type {AnswerValue} */ (values[q.id]);
    }
    return { answers, problems };
  };
  /** @param {string} field */
  const fieldFor = (field) => (field.startsWith('answers.') ? field.slice(8) : field);

  /** @type {HTMLButtonElement} */ (f.querySelector('.wp-preview-button')).addEventListener('click', async () => {
    clearFormErrors(f);
    const { answers, problems } = check();
    if (problems.length) return showFormErrors(f, problems, 'Beantwoord eerst alle vragen');
    try {
      const outcome = /** @type {Outcome} */ (
        await api('/api/v1/quick-scan/evaluate', { method: 'POST', body: { answers, policyVersion: stored.version } })
      );
      preview.replaceChildren(
        alert('info', 'Dit is een proefberekening: er is nog niets vastgelegd.'),
        routeSection(outcome, null, 'Uitkomst als u zo indient'),
      );
    } catch (err) {
      showApiError(f, err, fieldFor);
    }
  });
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(f);
    const { answers, problems } = check();
    if (problems.length) return showFormErrors(f, problems, 'Beantwoord eerst alle vragen');
    void submit(f, 'quick-scan', { answers, dpiaOptIn: formValues(f).one.dpiaOptIn === 'true' }, fieldFor);
  });
  return [f];
}

/** @param {Question} q */
function questionField(q) {
  /** @type {HTMLElement} */
  let field;
  if (q.type === 'boolean') {
    field = choiceGroup({
      name: q.id,
      legend: q.text.nl,
      description: q.help.nl,
      type: 'radio',
      required: true,
      options: [
        { value: 'true', label: 'Ja' },
        { value: 'false', label: 'Nee' },
      ],
    });
  } else if (q.type === 'one-of' || q.type === 'many-of') {
    field = choiceGroup({
      name: q.id,
      legend: q.text.nl,
      description: q.help.nl,
      type: q.type === 'one-of' ? 'radio' : 'checkbox',
      required: q.type === 'one-of',
      options: (q.options ?? []).map((o) => ({ value: o.value, label: o.label.nl, description: o.help?.nl })),
    });
  } else {
    const bounds = [q.min !== undefined ? `minstens ${q.min}` : '', q.max !== undefined ? `hoogstens ${q.max}` : '']
      .filter(Boolean)
      .join(', ');
    field = textField({
      name: q.id,
      label: q.text.nl,
      description: `${q.help.nl}${q.unit ? ` (aantal ${q.unit.nl}${bounds ? `, ${bounds}` : ''})` : bounds ? ` (${bounds})` : ''}`,
      type: 'number',
      inputmode: q.integer ? 'numeric' : 'decimal',
      min: q.min,
      max: q.max,
      step: q.integer ? 1 : 'any',
      required: true,
      width: 'sm',
    });
  }
  field.dataset.question = q.id;
  field.classList.add('wp-question');
  return field;
}

// --- DPIA ------------------------------------------------------------------------------------------------------

/** @param {Submit} submit */
function dpiaForm(submit) {
  const hash = textField({
    name: 'document.sha256',
    label: 'SHA-256 van het document',
    required: true,
    description:
      '64 tekens (0-9, a-f). Kies hieronder het document om hem te laten berekenen; het document zelf wordt niet verstuurd.',
    width: 'lg',
    autocomplete: 'off',
  });
  const file = textField({ name: 'bestand', label: 'Document (alleen om de SHA-256 te berekenen)', type: 'file' });
  const f = form(
    'dpia-titel',
    heading(2, 'DPIA indienen', { id: 'dpia-titel' }),
    p(
      'Het DPIA-document staat in het documentsysteem; hier legt u de verwijzing en de vingerafdruk vast, en de onderdelen die de AVG (art. 35 lid 7) vraagt.',
    ),
    textField({
      name: 'document.reference',
      label: 'Verwijzing naar het document',
      required: true,
      description: 'Bijvoorbeeld het zaak- of documentnummer: corsa://2027/DPIA-0042.',
      width: 'lg',
    }),
    textField({ name: 'document.title', label: 'Titel van het document', width: 'lg' }),
    file,
    hash,
    textareaField({
      name: 'elements.description',
      label: 'a. Systematische beschrijving van de verwerking en de doeleinden',
      required: true,
    }),
    textareaField({ name: 'elements.necessity', label: 'b. Noodzaak en evenredigheid', required: true }),
    textareaField({
      name: 'elements.risks',
      label: 'c. Risico’s voor de rechten en vrijheden van betrokkenen',
      required: true,
    }),
    textareaField({ name: 'elements.measures', label: 'd. Maatregelen om de risico’s aan te pakken', required: true }),
    actions(button('DPIA indienen', { type: 'submit' })),
  );
  const fileInput = /** @type {HTMLInputElement} */ (file.querySelector('input'));
  fileInput.classList.add('wp-file');
  fileInput.addEventListener('change', async () => {
    const chosen = fileInput.files?.[0];
    const hashInput = /** @type {HTMLInputElement} */ (hash.querySelector('input'));
    if (!chosen) return;
    if (!globalThis.crypto?.subtle) {
      hashInput.focus();
      return;
    }
    const digest = await crypto.subtle.digest('SHA-256', await chosen.arrayBuffer());
    hashInput.value = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const titleInput = /** @type {HTMLInputElement} */ (f.querySelector('[name="document.title"]'));
    if (!titleInput.value) titleInput.value = chosen.name;
  });
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(f);
    const { one } = formValues(f);
    const v = (/** @type {string} */ k) => (one[k] ?? '').trim();
    const problems = [];
    if (!v('document.reference'))
      problems.push({ field: 'document.reference', message: 'Vul de verwijzing naar het document in.' });
    if (!/^[0-9a-f]{64}$/.test(v('document.sha256').toLowerCase()))
      problems.push({ field: 'document.sha256', message: 'De SHA-256 bestaat uit 64 tekens 0-9 en a-f.' });
    for (const [k, m] of [
      ['elements.description', 'Beschrijf de verwerking en de doeleinden.'],
      ['elements.necessity', 'Beschrijf de noodzaak en evenredigheid.'],
      ['elements.risks', 'Beschrijf de risico’s.'],
      ['elements.measures', 'Beschrijf de maatregelen.'],
    ]) {
      if (!v(k)) problems.push({ field: k, message: m });
    }
    if (problems.length) return showFormErrors(f, problems);
    void submit(f, 'dpia', {
      document: {
        reference: v('document.reference'),
        sha256: v('document.sha256').toLowerCase(),
        ...(v('document.title') ? { title: v('document.title') } : {}),
      },
      elements: {
        description: v('elements.description'),
        necessity: v('elements.necessity'),
        risks: v('elements.risks'),
        measures: v('elements.measures'),
      },
    });
  });
  return f;
}

/** @param {Submit} submit */
function dpoAdviceForm(submit) {
  const f = form(
    'advies-titel',
    heading(2, 'Advies van de functionaris gegevensbescherming', { id: 'advies-titel' }),
    choiceGroup({
      name: 'advice',
      legend: 'Uw advies',
      type: 'radio',
      required: true,
      options: Object.entries(DPO_ADVICE_LABELS).map(([value, text]) => ({ value, label: text })),
    }),
    textareaField({
      name: 'conditions',
      label: 'Voorwaarden',
      description: 'Eén voorwaarde per regel. Verplicht bij “positief onder voorwaarden”.',
    }),
    textareaField({ name: 'summary', label: 'Samenvatting van het advies', required: true, rows: 5 }),
    choiceGroup({
      name: 'priorConsultationRequired',
      legend:
        'Blijft er een hoog restrisico, zodat eerst de Autoriteit Persoonsgegevens moet worden geraadpleegd (AVG art. 36)?',
      type: 'radio',
      required: true,
      value: 'false',
      options: [
        { value: 'true', label: 'Ja, voorafgaande raadpleging is nodig' },
        { value: 'false', label: 'Nee' },
      ],
    }),
    actions(button('Advies vastleggen', { type: 'submit' })),
  );
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(f);
    const { one } = formValues(f);
    const conditions = lines(one.conditions);
    const problems = [];
    if (!one.advice) problems.push({ field: 'advice', message: 'Kies uw advies.' });
    if (one.advice === 'positive-with-conditions' && conditions.length === 0)
      problems.push({ field: 'conditions', message: 'Noem minstens één voorwaarde.' });
    if (!(one.summary ?? '').trim()) problems.push({ field: 'summary', message: 'Vat uw advies samen.' });
    if (problems.length) return showFormErrors(f, problems);
    void submit(f, 'dpia/advice', {
      advice: one.advice,
      conditions,
      summary: (one.summary ?? '').trim(),
      priorConsultationRequired: one.priorConsultationRequired === 'true',
    });
  });
  return f;
}

/** @param {Project} project @param {Submit} submit */
function priorConsultationForms(project, submit) {
  const pc = project.priorConsultation;
  const info = pc
    ? p(
        `Raadpleging gestart op ${moment(pc.startedAt)}; de AP antwoordt uiterlijk ${moment(pc.dueAt)}${pc.extended ? ' (verlengd)' : ''}.`,
      )
    : null;
  const answer = form(
    'ap-antwoord',
    heading(2, 'Antwoord van de Autoriteit Persoonsgegevens vastleggen', { id: 'ap-antwoord' }),
    choiceGroup({
      name: 'answer.outcome',
      legend: 'Antwoord',
      type: 'radio',
      required: true,
      options: [
        { value: 'no-objection', label: 'Geen bezwaar' },
        { value: 'advice', label: 'Schriftelijk advies' },
        { value: 'objection', label: 'Bezwaar' },
      ],
    }),
    textField({ name: 'answer.reference', label: 'Kenmerk van de brief', required: true, width: 'md' }),
    textareaField({ name: 'answer.summary', label: 'Samenvatting', required: true }),
    actions(button('Antwoord vastleggen', { type: 'submit' })),
  );
  answer.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(answer);
    const { one } = formValues(answer);
    const problems = [];
    if (!one['answer.outcome']) problems.push({ field: 'answer.outcome', message: 'Kies het antwoord van de AP.' });
    if (!(one['answer.reference'] ?? '').trim())
      problems.push({ field: 'answer.reference', message: 'Vul het kenmerk in.' });
    if (!(one['answer.summary'] ?? '').trim())
      problems.push({ field: 'answer.summary', message: 'Vat het antwoord samen.' });
    if (problems.length) return showFormErrors(answer, problems);
    void submit(answer, 'dpia/prior-consultation', {
      answer: {
        outcome: one['answer.outcome'],
        reference: (one['answer.reference'] ?? '').trim(),
        summary: (one['answer.summary'] ?? '').trim(),
      },
    });
  });
  const extend = form(
    'ap-verlenging',
    heading(2, 'Verlenging door de AP', { id: 'ap-verlenging' }),
    p('De AP mag haar termijn één keer met zes weken verlengen.'),
    actions(button('Verlenging vastleggen', { type: 'submit', variant: 'secondary', disabled: pc?.extended ?? false })),
  );
  extend.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(extend);
    void submit(extend, 'dpia/prior-consultation', { extend: true });
  });
  return [info, answer, extend].filter((x) => x !== null);
}

// --- Ethics Commission --------------------------------------------------------------------------------------------

/** A date and a time in the browser's zone, as an ISO instant with that zone's offset. @param {string} date @param {string} time */
function localInstant(date, time) {
  const d = new Date(`${date}T${time.length === 5 ? `${time}:00` : time}`);
  if (Number.isNaN(d.getTime())) return null;
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (/** @type {number} */ n) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${date}T${time.length === 5 ? `${time}:00` : time}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** @param {Submit} submit @param {boolean} reschedule */
function agendaForm(submit, reschedule) {
  const f = form(
    'agenda-titel',
    heading(2, reschedule ? 'Vergadering verplaatsen' : 'Agenderen', { id: 'agenda-titel' }),
    textField({ name: 'datum', label: 'Datum van de vergadering', type: 'date', required: true }),
    textField({
      name: 'tijd',
      label: 'Aanvang',
      type: 'time',
      required: true,
      step: 1,
      description: 'Nederlandse tijd.',
    }),
    actions(button(reschedule ? 'Nieuwe datum vastleggen' : 'Op de agenda zetten', { type: 'submit' })),
  );
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(f);
    const { one } = formValues(f);
    const at = one.datum && one.tijd ? localInstant(one.datum, one.tijd) : null;
    if (!at)
      return showFormErrors(f, [
        { field: one.datum ? 'tijd' : 'datum', message: 'Vul de datum en de aanvang van de vergadering in.' },
      ]);
    void submit(f, 'commission/agenda', { meetingDate: at }, (x) => (x === 'meetingDate' ? 'datum' : x));
  });
  return f;
}

/** @param {Submit} submit */
function questionsForm(submit) {
  const f = form(
    'vragen-titel',
    heading(2, 'Vragen aan de projectleider', { id: 'vragen-titel' }),
    textareaField({
      name: 'questions',
      label: 'Vragen van de commissie',
      description: 'Eén vraag per regel. De projectleider krijgt er een taak voor.',
    }),
    actions(button('Vragen stellen', { type: 'submit', variant: 'secondary' })),
  );
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(f);
    const questions = lines(formValues(f).one.questions);
    if (questions.length === 0) return showFormErrors(f, [{ field: 'questions', message: 'Stel minstens één vraag.' }]);
    void submit(f, 'commission/questions', { questions });
  });
  return f;
}

/** @param {Submit} submit */
function reflectionForm(submit) {
  const f = form(
    'reflectie-titel',
    heading(2, 'Reflectie van de Ethische Commissie', { id: 'reflectie-titel' }),
    textareaField({ name: 'summary', label: 'Reflectieverslag: observaties', required: true, rows: 6 }),
    textareaField({ name: 'recommendations', label: 'Aanbevelingen', description: 'Eén aanbeveling per regel.' }),
    checkboxField({
      name: 'publish',
      label: 'Publiceren op de gemeentelijke website',
      checked: true,
      description: 'Standaard worden reflecties gepubliceerd.',
    }),
    actions(button('Reflectie vastleggen', { type: 'submit' })),
  );
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(f);
    const { one } = formValues(f);
    if (!(one.summary ?? '').trim())
      return showFormErrors(f, [{ field: 'summary', message: 'Vul het reflectieverslag in.' }]);
    void submit(f, 'commission/reflection', {
      summary: (one.summary ?? '').trim(),
      recommendations: lines(one.recommendations),
      publish: one.publish === 'true',
    });
  });
  return f;
}

/** @param {Project} project @param {Submit} submit */
function answersForm(project, submit) {
  const open = (project.commission?.questions ?? []).filter((q) => q.answer === null);
  const f = form(
    'antwoorden-titel',
    heading(2, 'Antwoorden aan de Ethische Commissie', { id: 'antwoorden-titel' }),
    open.map((q, i) =>
      textareaField({
        name: `answers.${i}`,
        label: q.text,
        required: true,
        description: `Gesteld op ${moment(q.askedAt)}.`,
      }),
    ),
    actions(button('Antwoorden versturen', { type: 'submit' })),
  );
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(f);
    const { one } = formValues(f);
    const answers = open.map((_, i) => (one[`answers.${i}`] ?? '').trim());
    const problems = answers.flatMap((a, i) =>
      a ? [] : [{ field: `answers.${i}`, message: `Beantwoord vraag ${i + 1}.` }],
    );
    if (problems.length) return showFormErrors(f, problems);
    void submit(f, 'commission/answers', { answers });
  });
  return f;
}

// --- Decision and council -----------------------------------------------------------------------------------------

/** @param {Project} project @param {Submit} submit */
function decisionForm(project, submit) {
  const returnTargets = ['quick-scan', 'dpia', 'commission-reflection'].filter(
    (g) => g === 'quick-scan' || project.gates.find((x) => x.gate === g)?.state !== 'not-required',
  );
  const conditions = textareaField({
    name: 'conditions',
    label: 'Voorwaarden',
    description: 'Eén voorwaarde per regel.',
  });
  const returnTo = selectField({
    name: 'returnTo',
    label: 'Terugsturen naar',
    options: [
      { value: '', label: 'Kies een poort' },
      ...returnTargets.map((g) => ({ value: g, label: label(GATE_LABELS, g) })),
    ],
  });
  const f = form(
    'besluit-titel',
    heading(2, 'Besluit', { id: 'besluit-titel' }),
    choiceGroup({
      name: 'outcome',
      legend: 'Uw besluit',
      type: 'radio',
      required: true,
      options: Object.entries(DECISION_LABELS).map(([value, text]) => ({ value, label: text })),
    }),
    conditions,
    returnTo,
    textareaField({
      name: 'rationale',
      label: 'Motivering',
      required: true,
      rows: 5,
      description: 'Waarom dit besluit? De motivering is verplicht en komt in het dossier.',
    }),
    project.advices.length
      ? h(
          'div',
          { class: 'wp-advices' },
          heading(3, 'Pas toe of leg uit'),
          p('Geef bij elk advies aan of u het opvolgt. Wijkt u af, leg dan uit waarom.'),
          project.advices.map((a) =>
            h(
              'div',
              { class: 'wp-advice' },
              choiceGroup({
                name: `advice.${a.id}`,
                legend: `${label(ADVICE_KIND_LABELS, a.kind)}: ${label(ADVICE_VALUE_LABELS, a.value)}`,
                description: [
                  a.summary ?? '',
                  a.conditions.length ? ` Voorwaarden of aanbevelingen: ${a.conditions.join('; ')}.` : '',
                ].join(''),
                type: 'radio',
                required: true,
                options: [
                  { value: 'follow', label: 'Ik volg dit advies' },
                  { value: 'deviate', label: 'Ik wijk af van dit advies' },
                ],
              }),
              textareaField({
                name: `explanation.${a.id}`,
                label: 'Uitleg bij afwijken',
                rows: 3,
                description: 'Waarom volgt u dit advies niet?',
              }),
            ),
          ),
        )
      : p('Er zijn geen adviezen waarop het besluit moet reageren.'),
    actions(button('Besluit vastleggen', { type: 'submit' })),
  );
  const toggle = () => {
    const outcome = formValues(f).one.outcome;
    conditions.hidden = outcome !== 'approved-with-conditions';
    returnTo.hidden = outcome !== 'returned';
    // The explanation is asked for where the decision deviates from an advice.
    for (const a of project.advices) {
      const explanation = /** @type {HTMLElement | null} */ (
        f.querySelector(`[data-field="${CSS.escape(`explanation.${a.id}`)}"]`)
      );
      if (explanation) explanation.hidden = formValues(f).one[`advice.${a.id}`] !== 'deviate';
    }
  };
  f.addEventListener('change', toggle);
  toggle();
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(f);
    const { one } = formValues(f);
    const problems = [];
    if (!one.outcome) problems.push({ field: 'outcome', message: 'Kies uw besluit.' });
    const conds = lines(one.conditions);
    if (one.outcome === 'approved-with-conditions' && conds.length === 0)
      problems.push({ field: 'conditions', message: 'Noem minstens één voorwaarde.' });
    if (one.outcome === 'returned' && !one.returnTo)
      problems.push({ field: 'returnTo', message: 'Kies naar welke poort het project teruggaat.' });
    if (!(one.rationale ?? '').trim()) problems.push({ field: 'rationale', message: 'Motiveer het besluit.' });
    const adviceResponses = project.advices.map((a) => ({
      adviceId: a.id,
      response: /** @type {'follow' | 'deviate'} */ (one[`advice.${a.id}`]),
      explanation: (one[`explanation.${a.id}`] ?? '').trim(),
    }));
    for (const r of adviceResponses) {
      if (!r.response) problems.push({ field: `advice.${r.adviceId}`, message: 'Geef aan of u dit advies opvolgt.' });
      else if (r.response === 'deviate' && !r.explanation)
        problems.push({ field: `explanation.${r.adviceId}`, message: 'Leg uit waarom u afwijkt van dit advies.' });
    }
    if (problems.length) return showFormErrors(f, problems);
    void submit(f, 'decision', {
      outcome: one.outcome,
      rationale: (one.rationale ?? '').trim(),
      ...(one.outcome === 'approved-with-conditions' ? { conditions: conds } : {}),
      ...(one.outcome === 'returned' ? { returnTo: one.returnTo } : {}),
      adviceResponses,
    });
  });
  return f;
}

/** @param {Submit} submit */
function councilForm(submit) {
  const f = form(
    'raad-titel',
    heading(2, 'Hoe is de raad geïnformeerd?', { id: 'raad-titel' }),
    selectField({
      name: 'channel',
      label: 'Via',
      value: 'raadsinformatiebrief',
      options: [
        { value: 'raadsinformatiebrief', label: 'Raadsinformatiebrief' },
        { value: 'commissievergadering', label: 'Commissievergadering' },
        { value: 'raadsvergadering', label: 'Raadsvergadering' },
        { value: 'other', label: 'Anders' },
      ],
    }),
    textField({
      name: 'reference',
      label: 'Kenmerk',
      required: true,
      description: 'Bijvoorbeeld RIB-2027-031.',
      width: 'md',
    }),
    textField({ name: 'date', label: 'Datum', type: 'date', required: true }),
    actions(button('Vastleggen', { type: 'submit' })),
  );
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(f);
    const { one } = formValues(f);
    const problems = [];
    if (!(one.reference ?? '').trim()) problems.push({ field: 'reference', message: 'Vul het kenmerk in.' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(one.date ?? '')) problems.push({ field: 'date', message: 'Vul de datum in.' });
    if (problems.length) return showFormErrors(f, problems);
    void submit(f, 'council-information', {
      reference: (one.reference ?? '').trim(),
      date: one.date,
      channel: one.channel,
    });
  });
  return f;
}
