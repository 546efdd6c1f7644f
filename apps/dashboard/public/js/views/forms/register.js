/**
 * The publication gate's forms: the case owner completes the register entries (labels and fields from the one
 * definition, libs/domain/src/registers/definition.ts), the CIO office reviews and publishes them or returns them.
 */
import { REGISTER_KIND_LABELS, REGISTER_STANDARDS } from '../../domain/registers/definition.js';
import { h } from '../../dom.js';
import { number } from '../../format.js';
import { language, t } from '../../i18n.js';
import { alert, button, heading, p } from '../../ui.js';
import { actions, choiceGroup, lines, selectField, showFormErrors, textareaField, textField } from '../../forms.js';
import { taskForm } from './form.js';

/** @typedef {import('./form.js').Submit} Submit */
/** @typedef {import('../../domain/registers/definition.js').RegisterField} RegisterField */
/** @typedef {'algorithm' | 'sensor'} Kind */
/** @typedef {{ registers: Kind[], drafts: Partial<Record<Kind, Record<string, unknown>>>, versions: Array<{ register: Kind, version: number, status: string, entry: Record<string, unknown>, recordedAt: string }> }} Preview */

/**
 * What the case sets itself: never asked in the form. The organisation is the policy's (`registers.organization`),
 * shown and sent as the draft has it.
 */
const SET_BY_CASE = new Set(['status', 'publication_category', 'source_id', 'lars', 'end_date', 'organization']);

/** @param {unknown} v */
const text = (v) => (v === undefined || v === null ? '' : String(v));

/** One input for one field of the standard, with the draft's value. @param {Kind} kind @param {RegisterField} f @param {Record<string, unknown>} draft */
function fieldInput(kind, f, draft) {
  const name = `${kind}.${f.name}`;
  const value = draft[f.name];
  const label = f.label[language];
  const max = f.maxLength ? number(f.maxLength) : undefined;
  const limit = max ? t('gateForms.register.field.maxLength', { max }) : undefined;
  switch (f.kind) {
    case 'html':
      return textareaField({
        name,
        label,
        value: text(value),
        rows: 5,
        description: max
          ? t('gateForms.register.field.htmlTagsAndMaxLength', { max })
          : t('gateForms.register.field.htmlTags'),
      });
    case 'enum':
      return selectField({
        name,
        label,
        value: text(value),
        required: f.required,
        options: [
          { value: '', label: t('gateForms.register.field.choose') },
          ...(f.values ?? []).map((v) => ({ value: v, label: v })),
        ],
      });
    case 'enum-list':
      return choiceGroup({
        name,
        legend: label,
        type: 'checkbox',
        description: f.maxItems ? t('gateForms.register.field.maxItems', { max: number(f.maxItems) }) : undefined,
        value: Array.isArray(value) ? value.map(String) : [],
        options: (f.values ?? []).map((v) => ({ value: v, label: v })),
      });
    case 'boolean':
      return choiceGroup({
        name,
        legend: label,
        type: 'radio',
        required: f.required,
        value: value === true ? 'ja' : value === false ? 'nee' : undefined,
        options: [
          { value: 'ja', label: t('common.yes') },
          { value: 'nee', label: t('common.no') },
        ],
      });
    case 'link-list':
      return textareaField({
        name,
        label,
        value: Array.isArray(value)
          ? value.map((l) => (l.link ? `${l.title} | ${l.link}` : String(l.title))).join('\n')
          : '',
        description: t('gateForms.register.field.linkList'),
      });
    case 'geometry':
      return textareaField({
        name,
        label,
        value: value ? JSON.stringify(value) : '',
        description: t('gateForms.register.field.geometry', {
          example: '{"type":"Point","coordinates":[6.8937,52.2215]}',
        }),
      });
    default:
      return textField({
        name,
        label,
        value: text(value),
        required: f.required,
        type: f.kind === 'date' ? 'date' : 'text',
        description: limit,
      });
  }
}

/** The form's values as the entry of one register. @param {Kind} kind @param {ReturnType<typeof import('../../forms.js').formValues>} values */
function entryOf(kind, values) {
  /** @type {Record<string, unknown>} */
  const entry = {};
  for (const f of REGISTER_STANDARDS[kind].fields) {
    if (f.system || SET_BY_CASE.has(f.name)) continue;
    const name = `${kind}.${f.name}`;
    const raw = values.one[name];
    if (f.kind === 'enum-list') {
      const picked = values.many[name] ?? [];
      if (picked.length) entry[f.name] = picked;
      continue;
    }
    if (raw === undefined || raw.trim() === '') continue;
    if (f.kind === 'boolean') entry[f.name] = raw === 'ja';
    else if (f.kind === 'link-list')
      entry[f.name] = lines(raw).map((l) => {
        const [title, link] = l.split('|').map((x) => x.trim());
        return link ? { title, link } : { title };
      });
    else if (f.kind === 'geometry') {
      try {
        entry[f.name] = JSON.parse(raw);
      } catch {
        entry[f.name] = raw;
      }
    } else entry[f.name] = raw.trim();
  }
  return entry;
}

/** `entries.algorithm.goal` (the API's field) → `algorithm.goal` (the form's). @param {string} field */
const fieldFor = (field) => field.replace(/^entries\./, '').replace(/\[\d+\].*$/, '');

/** @param {Preview} preview @param {Submit} submit @param {string | null} remarks */
export function prepareRegisterForm(preview, submit, remarks) {
  const latest = (/** @type {Kind} */ kind) =>
    [...preview.versions].reverse().find((v) => v.register === kind && v.status === 'submitted')?.entry ??
    preview.drafts[kind] ??
    {};
  const organization = text(preview.registers.map((kind) => latest(kind).organization).find((o) => o));
  return taskForm(
    'registratie-titel',
    t('gateForms.register.title'),
    [
      remarks ? alert('warning', t('gateForms.register.returned'), p(remarks)) : null,
      p(t('gateForms.register.setByCase')),
      organization ? p(t('gateForms.register.organisation', { organisation: organization })) : null,
      preview.registers.includes('algorithm') ? p(t('gateForms.register.impactAssessments')) : null,
      preview.registers.map((kind) =>
        h(
          'fieldset',
          { class: 'utrecht-form-fieldset wp-fieldset' },
          h('legend', { class: 'utrecht-form-fieldset__legend' }, REGISTER_KIND_LABELS[kind][language]),
          REGISTER_STANDARDS[kind].fields
            .filter((x) => !x.system && !SET_BY_CASE.has(x.name))
            .map((x) => fieldInput(kind, x, latest(kind))),
        ),
      ),
      actions(button(t('gateForms.register.submit'), { type: 'submit' })),
    ],
    (values, f) => {
      const entries = Object.fromEntries(
        preview.registers.map((kind) => [kind, { ...entryOf(kind, values), organization: latest(kind).organization }]),
      );
      void submit(f, 'register-entries', { entries }, fieldFor);
    },
  );
}

/** @param {Preview} preview @param {Submit} submit */
export function publishRegisterForm(preview, submit) {
  const submitted = preview.registers.map(
    (kind) => [...preview.versions].reverse().find((v) => v.register === kind && v.status === 'submitted') ?? null,
  );
  return taskForm(
    'publiceren-titel',
    t('gateForms.register.review.title'),
    [
      submitted.map((v) =>
        v
          ? h(
              'section',
              {},
              heading(3, REGISTER_KIND_LABELS[v.register][language]),
              h(
                'dl',
                { class: 'wp-facts' },
                REGISTER_STANDARDS[v.register].fields
                  .filter((x) => v.entry[x.name] !== undefined)
                  .map((x) => [
                    h('dt', {}, x.label[language]),
                    h(
                      'dd',
                      {},
                      typeof v.entry[x.name] === 'object' ? JSON.stringify(v.entry[x.name]) : text(v.entry[x.name]),
                    ),
                  ]),
              ),
            )
          : null,
      ),
      choiceGroup({
        name: 'outcome',
        legend: t('gateForms.register.review.legend'),
        type: 'radio',
        required: true,
        options: [
          { value: 'publish', label: t('gateForms.register.review.publish') },
          { value: 'return', label: t('gateForms.register.review.return') },
        ],
      }),
      textareaField({
        name: 'remarks',
        label: t('gateForms.register.review.remarks'),
        description: t('gateForms.register.review.remarksHelp'),
      }),
      actions(button(t('gateForms.register.review.submit'), { type: 'submit' })),
    ],
    ({ one }, f) => {
      if (one.outcome !== 'publish' && one.outcome !== 'return')
        return showFormErrors(f, [{ field: 'outcome', message: t('gateForms.register.review.chooseOutcome') }]);
      const remarks = (one.remarks ?? '').trim();
      if (one.outcome === 'return' && !remarks)
        return showFormErrors(f, [{ field: 'remarks', message: t('gateForms.register.review.remarksMissing') }]);
      void submit(f, 'register-entries/review', { outcome: one.outcome, ...(remarks ? { remarks } : {}) });
    },
  );
}
