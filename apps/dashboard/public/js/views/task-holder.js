/**
 * Who works on a task (POST /api/v1/tasks/:id/claim, release, delegate, undelegate): who has it, and the buttons to
 * claim it, release it, hand it to a colleague of its role (GET /api/v1/people?role=…) or take it back.
 */
import { api } from '../api.js';
import { h } from '../dom.js';
import { label, moment, ROLE_LABELS } from '../format.js';
import { t } from '../i18n.js';
import { button, heading, p } from '../ui.js';
import { actions, clearFormErrors, formValues, selectField, setBusy, showApiError, textareaField } from '../forms.js';

/** @typedef {import('../session.js').Session} Session */
/** @typedef {import('../../../types/api').Task} Task */
/** @typedef {{ kind: 'claimed' | 'delegated', sub: string, name: string, bySub: string, byName: string, reason: string | null, since: string }} Holder */

/** Who has the task, in one phrase; null when nobody holds it. @param {Task} task @param {Session | null} [session] */
export function holderText(task, session) {
  const held = /** @type {Holder | null | undefined} */ (task.heldBy);
  if (!held) return null;
  const who = session && held.sub === session.sub ? t('tasks.holder.you', { name: held.name }) : held.name;
  return held.kind === 'claimed'
    ? t('tasks.holder.claimed', { who })
    : t('tasks.holder.delegated', { who, by: held.byName });
}

/**
 * The panel on a task's page: who has it and what the caller can do about it. `reload` shows the page again.
 * @param {Task} task @param {Session} session @param {() => void} reload
 */
export async function holderPanel(task, session, reload) {
  const held = /** @type {Holder | null | undefined} */ (task.heldBy);
  const hasRole = session.roles.includes(task.assigneeRole);
  const status = h('p', { class: 'utrecht-paragraph', role: 'status' });
  /** @param {string} verb @param {object} [body] @param {HTMLFormElement} [form] */
  const post = async (verb, body = {}, form) => {
    status.textContent = '';
    try {
      await api(`/api/v1/tasks/${encodeURIComponent(task.id)}/${verb}`, { method: 'POST', body });
      reload();
    } catch (err) {
      if (form) showApiError(form, err);
      else status.textContent = err instanceof Error ? err.message : String(err);
    }
  };
  /** @type {Node[]} */
  const buttons = [];
  /** A button that posts `verb` (a listener: the page's CSP allows no inline handlers). @param {string} text @param {string} verb */
  const verbButton = (text, verb) => {
    const b = button(text, { variant: 'secondary' });
    b.addEventListener('click', () => void post(verb));
    return b;
  };
  if (!held && hasRole && task.assigneeSub === null) {
    buttons.push(verbButton(t('tasks.holder.claim'), 'claim'));
  }
  if (held?.kind === 'claimed' && held.sub === session.sub) {
    buttons.push(verbButton(t('tasks.holder.release'), 'release'));
  }
  if (held?.kind === 'delegated' && [held.sub, held.bySub, task.assigneeSub].includes(session.sub)) {
    buttons.push(verbButton(t('tasks.holder.undelegate'), 'undelegate'));
  }
  const mayDelegate = held ? held.sub === session.sub || held.bySub === session.sub : hasRole;
  const colleagues = mayDelegate
    ? /** @type {Array<{ sub: string, name: string }>} */ (
        await api(`/api/v1/people?role=${encodeURIComponent(task.assigneeRole)}`)
      ).filter((c) => c.sub !== session.sub && c.sub !== held?.sub)
    : [];
  let form = null;
  if (colleagues.length > 0) {
    form = h(
      'form',
      { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'delegeren' },
      heading(3, t('tasks.holder.delegateTitle'), { id: 'delegeren' }),
      selectField({
        name: 'to',
        label: t('tasks.holder.colleague', { role: label(ROLE_LABELS, task.assigneeRole) }),
        options: [
          { value: '', label: t('tasks.holder.chooseColleague') },
          ...colleagues.map((c) => ({ value: c.sub, label: c.name })),
        ],
      }),
      textareaField({ name: 'reason', label: t('tasks.holder.why'), rows: 2 }),
      actions(button(t('tasks.holder.delegate'), { type: 'submit', variant: 'secondary' })),
    );
    const f = form;
    f.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFormErrors(f);
      const { one } = formValues(f);
      const submit = /** @type {HTMLButtonElement} */ (f.querySelector('button[type=submit]'));
      setBusy(submit, true);
      await post('delegate', { to: one.to ?? '', reason: one.reason ?? '' }, f);
      setBusy(submit, false);
    });
  }
  const text = holderText(task, session);
  return h(
    'section',
    { class: 'wp-task-holder', 'aria-labelledby': 'wie-heeft-de-taak' },
    heading(2, t('tasks.holder.title'), { id: 'wie-heeft-de-taak' }),
    p(
      text
        ? t('tasks.holder.since', { holder: text, since: moment(/** @type {Holder} */ (held).since) })
        : t('tasks.holder.nobody'),
    ),
    held?.reason ? p(t('tasks.holder.reason', { reason: held.reason })) : null,
    buttons.length > 0 ? actions(...buttons) : null,
    status,
    form,
  );
}
