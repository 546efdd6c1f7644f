/**
 * The organisation model for the CIO office: departments with their head and deputies (GET/PUT/DELETE
 * /api/v1/organisation/departments), each change a version with who, when, why and where it came from.
 */
import { api } from '../api.js';
import { h } from '../dom.js';
import { moment } from '../format.js';
import { t } from '../i18n.js';
import { alert, badge, button, heading, link, p, table } from '../ui.js';
import {
  actions,
  clearFormErrors,
  formValues,
  lines,
  setBusy,
  showApiError,
  textareaField,
  textField,
} from '../forms.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/**
 * @typedef {{ id: string, nameNl: string, nameEn: string, headSub: string | null, headName: string | null,
 *   deputySubs: string[], deputyNames: string[], active: boolean, version: number, source: 'claims' | 'file' | 'api',
 *   changedAt: string, changedBySub: string | null, changedByName: string | null, reason: string | null }} Department
 */

/** @type {Record<Department['source'], string>} */
const SOURCE_LABELS = {
  claims: t('organisation.sources.claims'),
  file: t('organisation.sources.file'),
  api: t('organisation.sources.api'),
};

/** @param {string} id */
const departmentPath = (id) => `/organisatie/afdeling/${encodeURIComponent(id)}`;
/** @param {string} id */
const apiPath = (id) => `/api/v1/organisation/departments/${encodeURIComponent(id)}`;

/** @param {Department} d */
function headText(d) {
  return d.headSub ? `${d.headName ?? d.headSub}` : t('organisation.noHead');
}

/** @param {Department} d */
function deputiesText(d) {
  return d.deputyNames.length > 0 ? d.deputyNames.join(', ') : t('common.none');
}

/** The fields of a department, filled with `d` when it exists. @param {Department | null} d */
function departmentFields(d) {
  return [
    textField({
      name: 'nameNl',
      label: t('organisation.fields.nameNl'),
      value: d?.nameNl ?? '',
      required: true,
      width: 'lg',
    }),
    textField({
      name: 'nameEn',
      label: t('organisation.fields.nameEn'),
      value: d?.nameEn ?? '',
      required: true,
      width: 'lg',
    }),
    textField({
      name: 'headSub',
      label: t('organisation.fields.head'),
      description: t('organisation.fields.headHint'),
      value: d?.headSub ?? '',
      width: 'md',
    }),
    textareaField({
      name: 'deputySubs',
      label: t('organisation.fields.deputies'),
      description: t('organisation.fields.deputiesHint'),
      value: (d?.deputySubs ?? []).join('\n'),
      rows: 3,
    }),
    textField({
      name: 'reason',
      label: t('organisation.fields.reason'),
      description: t('organisation.fields.reasonHint'),
      required: true,
      width: 'lg',
    }),
  ];
}

/**
 * Sends the form as PUT; `api` fields `deputySubs[2]` are shown at the deputies' field.
 * @param {HTMLFormElement} form @param {string} id @param {number} version @param {ViewContext} ctx
 */
function onSave(form, id, version, ctx) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const { one } = formValues(form);
    const target = id || (one.id ?? '').trim();
    const submit = /** @type {HTMLButtonElement} */ (form.querySelector('button[type=submit]'));
    setBusy(submit, true);
    try {
      await api(apiPath(target), {
        method: 'PUT',
        body: {
          nameNl: one.nameNl ?? '',
          nameEn: one.nameEn ?? '',
          headSub: (one.headSub ?? '').trim() || null,
          deputySubs: lines(one.deputySubs ?? ''),
          version,
          reason: one.reason ?? '',
        },
      });
      ctx.navigate(departmentPath(target), {
        flash: { type: 'ok', text: t('organisation.department.saved', { id: target }) },
      });
    } catch (err) {
      setBusy(submit, false);
      showApiError(form, err, (f) => f.replace(/\[\d+\]$/, ''));
    }
  });
}

/** @param {ViewContext} ctx */
export async function organisationView(ctx) {
  const departments = /** @type {Department[]} */ (await api('/api/v1/organisation/departments'));
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'nieuwe-afdeling' },
    heading(2, t('organisation.add.heading'), { id: 'nieuwe-afdeling' }),
    textField({
      name: 'id',
      label: t('organisation.add.id'),
      description: t('organisation.add.idHint'),
      required: true,
      width: 'lg',
    }),
    ...departmentFields(null),
    actions(button(t('organisation.add.submit'), { type: 'submit' })),
  );
  onSave(form, '', 0, ctx);
  return {
    title: t('organisation.title'),
    body: [
      heading(1, t('organisation.title')),
      p(t('organisation.intro')),
      departments.length === 0
        ? alert('info', t('organisation.list.none'))
        : table({
            caption: t('organisation.list.caption'),
            head: [
              t('organisation.list.department'),
              t('organisation.list.head'),
              t('organisation.list.deputies'),
              t('organisation.list.version'),
              t('organisation.list.source'),
              t('organisation.list.status'),
            ],
            numeric: [3],
            rows: departments.map((d) => [
              link(departmentPath(d.id), d.id),
              headText(d),
              deputiesText(d),
              String(d.version),
              SOURCE_LABELS[d.source] ?? d.source,
              d.active
                ? badge(t('organisation.list.active'), 'success')
                : badge(t('organisation.list.inactive'), 'neutral'),
            ]),
          }),
      form,
    ],
  };
}

/** @param {ViewContext} ctx */
export async function departmentView(ctx) {
  const id = decodeURIComponent(ctx.params[0] ?? '');
  const [d, history] = /** @type {[Department, Department[]]} */ (
    await Promise.all([api(apiPath(id)), api(`${apiPath(id)}/history`)])
  );
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'afdeling-wijzigen' },
    heading(2, t('organisation.department.edit'), { id: 'afdeling-wijzigen' }),
    ...departmentFields(d),
    actions(
      button(t('organisation.department.save'), { type: 'submit' }),
      d.active
        ? button(t('organisation.department.deactivate'), { variant: 'secondary', class: 'wp-deactivate' })
        : null,
    ),
  );
  onSave(form, d.id, d.version, ctx);
  form.querySelector('.wp-deactivate')?.addEventListener('click', async (event) => {
    event.preventDefault();
    try {
      await api(apiPath(d.id), { method: 'DELETE', headers: { 'If-Match': `"${d.version}"` } });
      ctx.navigate(departmentPath(d.id), {
        flash: { type: 'ok', text: t('organisation.department.deactivated', { id: d.id }) },
      });
    } catch (err) {
      showApiError(form, err);
    }
  });
  return {
    title: t('organisation.department.title', { id: d.id }),
    body: [
      heading(1, t('organisation.department.title', { id: d.id })),
      p(link('/organisatie', t('organisation.department.back'))),
      p(
        `${t('organisation.department.people', { head: headText(d), deputies: deputiesText(d) })} `,
        t(d.active ? 'organisation.department.versionActive' : 'organisation.department.versionInactive', {
          version: d.version,
        }),
      ),
      form,
      table({
        caption: t('organisation.department.history'),
        head: [
          t('organisation.department.version'),
          t('organisation.department.when'),
          t('organisation.department.by'),
          t('organisation.department.source'),
          t('organisation.department.head'),
          t('organisation.department.deputies'),
          t('organisation.department.reason'),
        ],
        numeric: [0],
        rows: history.map((v) => [
          String(v.version),
          moment(v.changedAt),
          v.changedByName ?? t('common.none'),
          SOURCE_LABELS[v.source] ?? v.source,
          headText(v),
          deputiesText(v),
          v.reason ?? t('common.none'),
        ]),
      }),
    ],
  };
}
