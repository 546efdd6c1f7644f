/**
 * Which quick-scan questions to show, worked out as the API does (libs/domain/src/policy/answers.ts and
 * conditions.ts): questions in order; a question is shown when its `showIf` holds over the answers to the
 * questions before it. Three-valued: a condition over a shown question without an answer is "not known yet", and
 * a question whose visibility is not known yet stays hidden until the earlier question is answered. A hidden
 * question matches no value, so "no personal data" switches off all the follow-ups about personal data.
 */

/** @typedef {import('../../types/api').Condition} Condition */
/** @typedef {import('../../types/api').Question} Question */
/** @typedef {import('../../types/api').PolicyDocument} PolicyDocument */
/** @typedef {import('../../types/api').AnswerValue} AnswerValue */
/** @typedef {{ kind: 'answered', value: AnswerValue } | { kind: 'hidden' } | { kind: 'pending' }} AnswerState */
/** @typedef {boolean | null} Truth */

/**
 * @param {Condition} c
 * @param {(id: string) => AnswerState} state
 * @param {Record<string, Condition>} named
 * @param {string[]} [stack]
 * @returns {Truth}
 */
export function evaluate(c, state, named, stack = []) {
  /** @param {string} id @param {(v: AnswerValue) => boolean} test @returns {Truth} */
  const atom = (id, test) => {
    const st = state(id);
    if (st.kind === 'hidden') return false;
    if (st.kind === 'pending') return null;
    return test(st.value);
  };
  if ('all' in c) {
    let unknown = false;
    for (const part of c.all) {
      const t = evaluate(part, state, named, stack);
      if (t === false) return false;
      if (t === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if ('any' in c) {
    let unknown = false;
    for (const part of c.any) {
      const t = evaluate(part, state, named, stack);
      if (t === true) return true;
      if (t === null) unknown = true;
    }
    return unknown ? null : false;
  }
  if ('not' in c) {
    const t = evaluate(c.not, state, named, stack);
    return t === null ? null : !t;
  }
  if ('atLeast' in c) {
    let yes = 0;
    let unknown = 0;
    for (const part of c.atLeast.of) {
      const t = evaluate(part, state, named, stack);
      if (t === true) yes += 1;
      else if (t === null) unknown += 1;
    }
    if (yes >= c.atLeast.count) return true;
    return yes + unknown < c.atLeast.count ? false : null;
  }
  if ('ref' in c) {
    const target = Object.prototype.hasOwnProperty.call(named, c.ref) ? named[c.ref] : undefined;
    if (!target || stack.includes(c.ref)) return null;
    return evaluate(target, state, named, [...stack, c.ref]);
  }
  if ('equals' in c) return atom(c.equals.question, (v) => v === c.equals.value);
  if ('includes' in c) return atom(c.includes.question, (v) => Array.isArray(v) && v.includes(c.includes.value));
  if ('includesAny' in c) {
    const wanted = c.includesAny.values;
    return atom(c.includesAny.question, (v) => Array.isArray(v) && v.some((x) => wanted.includes(x)));
  }
  if ('number' in c) {
    const { question, gt, gte, lt, lte } = c.number;
    return atom(
      question,
      (v) =>
        typeof v === 'number' &&
        (gt === undefined || v > gt) &&
        (gte === undefined || v >= gte) &&
        (lt === undefined || v < lt) &&
        (lte === undefined || v <= lte),
    );
  }
  // Outcome atoms never appear in showIf (the policy validator refuses them there).
  return null;
}

/**
 * Why a value is not an acceptable answer, or null when it is (as answerValueProblem in the domain).
 * @param {Question} q
 * @param {AnswerValue | undefined} value
 * @returns {string | null}
 */
export function answerProblem(q, value) {
  if (value === undefined) return 'Beantwoord deze vraag.';
  switch (q.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : 'Kies ja of nee.';
    case 'one-of':
      return typeof value === 'string' && (q.options ?? []).some((o) => o.value === value)
        ? null
        : 'Kies een antwoord.';
    case 'many-of':
      return Array.isArray(value) ? null : 'Kies wat van toepassing is.';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'Vul een getal in.';
      if (q.integer && !Number.isInteger(value)) return 'Vul een heel getal in.';
      if (q.min !== undefined && value < q.min) return `Vul een getal in van minstens ${q.min}.`;
      if (q.max !== undefined && value > q.max) return `Vul een getal in van hoogstens ${q.max}.`;
      return null;
  }
}

/**
 * The questions shown for the answers given so far, and the valid answers to them.
 * @param {PolicyDocument} policy
 * @param {Record<string, AnswerValue | undefined>} given
 * @returns {{ shown: Set<string>, answers: Record<string, AnswerValue> }}
 */
export function resolve(policy, given) {
  /** @type {Map<string, AnswerState>} */
  const states = new Map();
  /** @param {string} id @returns {AnswerState} */
  const state = (id) => states.get(id) ?? { kind: 'pending' };
  const shown = new Set();
  /** @type {Record<string, AnswerValue>} */
  const answers = {};
  for (const q of policy.questionnaire.questions) {
    const visible = q.showIf === undefined ? true : evaluate(q.showIf, state, policy.conditions);
    const value = given[q.id];
    const valid = value !== undefined && answerProblem(q, value) === null;
    if (visible === false) {
      states.set(q.id, { kind: 'hidden' });
    } else if (visible === true && valid && value !== undefined) {
      states.set(q.id, { kind: 'answered', value });
    } else {
      states.set(q.id, { kind: 'pending' });
    }
    if (visible === true) {
      shown.add(q.id);
      if (valid && value !== undefined) answers[q.id] = value;
    }
  }
  return { shown, answers };
}
