// Generated from libs/domain/src/texts/nl/forms.ts by `npm run generate:dashboard`; do not edit.
/**
 * The texts of the dashboard's form helpers in Dutch: error summaries, the API's refusals and the quick-scan's
 * answer checks. `{name}` is filled in.
 */
export const forms = {
    /** The summary at the top of a form with wrong fields. */
    checkTitle: 'Controleer de volgende punten',
    /** The summary at the top of a form the API refused. */
    failedTitle: 'Het is niet gelukt',
    /** Why the API refused, when it names no field. */
    refused: {
        forbidden: 'U mag dit niet doen.',
        conflict: 'Dit kan nu niet (meer): de stap is niet open.',
        offline: 'De server is niet bereikbaar.',
        failed: 'Het is niet gelukt.',
    },
    /** Why an answer to a quick-scan question is not acceptable. */
    answer: {
        missing: 'Beantwoord deze vraag.',
        yesNo: 'Kies ja of nee.',
        oneOf: 'Kies een antwoord.',
        manyOf: 'Kies wat van toepassing is.',
        number: 'Vul een getal in.',
        integer: 'Vul een heel getal in.',
        atLeast: 'Vul een getal in van minstens {min}.',
        atMost: 'Vul een getal in van hoogstens {max}.',
    },
};
