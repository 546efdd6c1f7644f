/**
 * The organisation model for the CIO office: departments with their head and deputies (GET/PUT/DELETE
 * /api/v1/organisation/departments), each change a version with who, when, why and where it came from.
 */
import { api } from '../api.js';
import { h } from '../dom.js';
import { moment } from '../format.js';
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
const SOURCE_LABELS = { claims: 'Identity provider', file: 'Organisatiebestand', api: 'Beheer (CIO Office)' };

/** @param {string} id */
const departmentPath = (id) => `/organisatie/afdeling/${encodeURIComponent(id)}`;
/** @param {string} id */
const apiPath = (id) => `/api/v1/organisation/departments/${encodeURIComponent(id)}`;

/** @param {Department} d */
function headText(d) {
  return d.headSub ? `${d.headName ?? d.headSub}` : 'Geen hoofd';
}

/** @param {Department} d */
function deputiesText(d) {
  return d.deputyNames.length > 0 ? d.deputyNames.join(', ') : '–';
}

/** The fields of a department, filled with `d` when it exists. @param {Department | null} d */
function departmentFields(d) {
  return [
    textField({ name: 'nameNl', label: 'Naam (Nederlands)', value: d?.nameNl ?? '', required: true, width: 'lg' }),
    textField({ name: 'nameEn', label: 'Naam (Engels)', value: d?.nameEn ?? '', required: true, width: 'lg' }),
    textField({
      name: 'headSub',
      label: 'Afdelingshoofd (gebruikersnaam)',
      description: 'Iemand die zich al eens in Waardenpoort heeft aangemeld. Leeg: geen hoofd.',
      value: d?.headSub ?? '',
      width: 'md',
    }),
    textareaField({
      name: 'deputySubs',
      label: 'Plaatsvervangers (gebruikersnamen)',
      description: 'Eén per regel. Het hoofd kan niet ook plaatsvervanger zijn.',
      value: (d?.deputySubs ?? []).join('\n'),
      rows: 3,
    }),
    textField({
      name: 'reason',
      label: 'Reden van de wijziging',
      description: 'Komt in de geschiedenis en de audittrail.',
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
      ctx.navigate(departmentPath(target), { flash: { type: 'ok', text: `Afdeling ${target} is opgeslagen.` } });
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
    heading(2, 'Afdeling toevoegen', { id: 'nieuwe-afdeling' }),
    textField({
      name: 'id',
      label: 'Afdeling zoals projecten haar noemen',
      description: 'Precies zoals in het veld Afdeling van een project.',
      required: true,
      width: 'lg',
    }),
    ...departmentFields(null),
    actions(button('Toevoegen', { type: 'submit' })),
  );
  onSave(form, '', 0, ctx);
  return {
    title: 'Organisatie',
    body: [
      heading(1, 'Organisatie'),
      p(
        'Escalaties en post voor het afdelingshoofd gaan naar het hoofd en de plaatsvervangers van de eigen afdeling van het project. Is de afdeling hier niet bekend of heeft ze geen hoofd, dan gaat de escalatie naar het CIO Office.',
      ),
      departments.length === 0
        ? alert('info', 'Er zijn nog geen afdelingen.')
        : table({
            caption: 'Afdelingen met hoofd en plaatsvervangers',
            head: ['Afdeling', 'Hoofd', 'Plaatsvervangers', 'Versie', 'Bron', 'Status'],
            numeric: [3],
            rows: departments.map((d) => [
              link(departmentPath(d.id), d.id),
              headText(d),
              deputiesText(d),
              String(d.version),
              SOURCE_LABELS[d.source] ?? d.source,
              d.active ? badge('Actief', 'success') : badge('Opgeheven', 'neutral'),
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
    heading(2, 'Wijzigen', { id: 'afdeling-wijzigen' }),
    ...departmentFields(d),
    actions(
      button('Opslaan', { type: 'submit' }),
      d.active ? button('Afdeling opheffen', { variant: 'secondary', class: 'wp-deactivate' }) : null,
    ),
  );
  onSave(form, d.id, d.version, ctx);
  form.querySelector('.wp-deactivate')?.addEventListener('click', async (event) => {
    event.preventDefault();
    try {
      await api(apiPath(d.id), { method: 'DELETE', headers: { 'If-Match': `"${d.version}"` } });
      ctx.navigate(departmentPath(d.id), { flash: { type: 'ok', text: `Afdeling ${d.id} is opgeheven.` } });
    } catch (err) {
      showApiError(form, err);
    }
  });
  return {
    title: `Afdeling ${d.id}`,
    body: [
      heading(1, `Afdeling ${d.id}`),
      p(link('/organisatie', 'Terug naar de organisatie')),
      p(
        `Hoofd: ${headText(d)}. Plaatsvervangers: ${deputiesText(d)}. Versie ${d.version}, `,
        d.active ? 'actief.' : 'opgeheven.',
      ),
      form,
      table({
        caption: 'Geschiedenis (nieuwste eerst)',
        head: ['Versie', 'Wanneer', 'Door', 'Bron', 'Hoofd', 'Plaatsvervangers', 'Reden'],
        numeric: [0],
        rows: history.map((v) => [
          String(v.version),
          moment(v.changedAt),
          v.changedByName ?? '–',
          SOURCE_LABELS[v.source] ?? v.source,
          headText(v),
          deputiesText(v),
          v.reason ?? '–',
        ]),
      }),
    ],
  };
}
