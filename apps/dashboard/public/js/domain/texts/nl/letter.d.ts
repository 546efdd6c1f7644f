// Generated from libs/domain/src/texts/nl/letter.ts by `npm run generate:dashboard`; do not edit.
/**
 * The council letter's and the route proof's labels in Dutch (apps/api/src/council-letter): lower case where they go
 * inside a sentence. The words around them are the policy's (`councilLetter`).
 */
export declare const letter: {
    fields: {
        title: string;
        summary: string;
        department: string;
        technologies: string;
        plannedStart: string;
        subject: string;
        date: string;
        project: string;
        template: string;
        riskLevel: string;
        dpia: string;
        commission: string;
        council: string;
        aiActClass: string;
        algorithmRegister: string;
        sensorRegister: string;
        rules: string;
        source: string;
        routeBy: string;
        advice: string;
        adviceConditions: string;
        answer: string;
        explanation: string;
        outcome: string;
        decidedBy: string;
        rationale: string;
        page: string;
        policyVersion: string;
        on: string;
    };
    technologies: {
        sensor: string;
        camera: string;
        drone: string;
        algorithm: string;
        ai: string;
        app: string;
        'data-linking': string;
        other: string;
    };
    decisions: {
        approved: string;
        'approved-with-conditions': string;
        rejected: string;
        returned: string;
    };
    adviceKinds: {
        'dpo-advice': string;
        'dpa-prior-consultation': string;
        'commission-reflection': string;
    };
    adviceValues: {
        positive: string;
        'positive-with-conditions': string;
        negative: string;
        reflection: string;
        'no-objection': string;
        advice: string;
        objection: string;
    };
    responses: {
        follow: string;
        deviate: string;
    };
    outcomes: {
        dpia: {
            'not-required': string;
            recommended: string;
            required: string;
        };
        commission: {
            optional: string;
            required: string;
        };
        council: {
            optional: string;
            required: string;
        };
        riskLevel: {
            low: string;
            medium: string;
            high: string;
        };
        aiActClass: {
            'not-applicable': string;
            minimal: string;
            limited: string;
            'high-risk': string;
            prohibited: string;
        };
        algorithmRegister: {
            none: string;
            A: string;
            B: string;
            C: string;
        };
        sensorRegister: {
            true: string;
            false: string;
        };
    };
};
