import type { forms as dutch } from '../nl/forms';
import type { Translation } from '../types';

/** The texts of the dashboard's form helpers in English (../nl/forms.ts has the Dutch and the keys). */
export const forms: Translation<typeof dutch> = {
  checkTitle: 'Please check the following',
  failedTitle: 'That did not work',
  refused: {
    forbidden: 'You are not allowed to do this.',
    conflict: 'This is not possible (any more): the step is not open.',
    offline: 'The server cannot be reached.',
    failed: 'That did not work.',
  },
  answer: {
    missing: 'Please answer this question.',
    yesNo: 'Choose yes or no.',
    oneOf: 'Choose an answer.',
    manyOf: 'Choose whatever applies.',
    number: 'Enter a number.',
    integer: 'Enter a whole number.',
    atLeast: 'Enter a number of at least {min}.',
    atMost: 'Enter a number of at most {max}.',
  },
};
