// Generated from libs/domain/src/texts/nl/forms.ts by `npm run generate:dashboard`; do not edit.
/**
 * The texts of the dashboard's form helpers in Dutch: error summaries, the API's refusals and the quick-scan's
 * answer checks. `{name}` is filled in.
 */
export declare const forms: {
    /** The summary at the top of a form with wrong fields. */
    checkTitle: string;
    /** The summary at the top of a form the API refused. */
    failedTitle: string;
    /** Why the API refused, when it names no field. */
    refused: {
        forbidden: string;
        conflict: string;
        offline: string;
        failed: string;
    };
    /** Why an answer to a quick-scan question is not acceptable. */
    answer: {
        missing: string;
        yesNo: string;
        oneOf: string;
        manyOf: string;
        number: string;
        integer: string;
        atLeast: string;
        atMost: string;
    };
};
