// Generated from libs/domain/src/texts/nl/gate-forms.ts by `npm run generate:dashboard`; do not edit.
/**
 * The texts of the dashboard's gate forms (views/forms) in Dutch: registering a project in the public registers, the
 * quick-scan, the DPIA with the DPO's advice and the prior consultation, the Ethics Commission's steps, the portfolio
 * holder's decision and informing the council. `{name}` is filled in; `_one`/`_other` are singular and plural.
 */
export declare const gateForms: {
    register: {
        title: string;
        returned: string;
        setByCase: string;
        organisation: string;
        impactAssessments: string;
        submit: string;
        field: {
            maxLength: string;
            htmlTags: string;
            htmlTagsAndMaxLength: string;
            choose: string;
            maxItems: string;
            linkList: string;
            geometry: string;
        };
        review: {
            title: string;
            legend: string;
            publish: string;
            return: string;
            remarks: string;
            remarksHelp: string;
            submit: string;
            chooseOutcome: string;
            remarksMissing: string;
        };
    };
    quickScan: {
        title: string;
        policy: string;
        otherQuestions: string;
        dpiaOptIn: string;
        dpiaOptInHelp: string;
        submit: string;
        preview: string;
        answerAll: string;
        /** A problem with one answer in the error summary: the question, then what is wrong. */
        problem: string;
        appeared_one: string;
        appeared_other: string;
        gone_one: string;
        gone_other: string;
        trial: string;
        outcome: string;
        number: {
            atLeast: string;
            atMost: string;
            between: string;
            unit: string;
            unitAndBounds: string;
            bounds: string;
        };
    };
    dpia: {
        title: string;
        intro: string;
        reference: string;
        referenceHelp: string;
        documentTitle: string;
        publicUrl: string;
        publicUrlHelp: string;
        file: string;
        sha256: string;
        sha256Help: string;
        elements: {
            description: string;
            necessity: string;
            risks: string;
            measures: string;
        };
        submit: string;
        problems: {
            reference: string;
            sha256: string;
            description: string;
            necessity: string;
            risks: string;
            measures: string;
        };
    };
    dpoAdvice: {
        title: string;
        legend: string;
        conditions: string;
        conditionsHelp: string;
        summary: string;
        priorConsultation: string;
        priorConsultationYes: string;
        submit: string;
        chooseAdvice: string;
        conditionMissing: string;
        summaryMissing: string;
    };
    priorConsultation: {
        started: string;
        startedExtended: string;
        answerTitle: string;
        answer: string;
        reference: string;
        summary: string;
        submit: string;
        chooseAnswer: string;
        referenceMissing: string;
        summaryMissing: string;
        extendTitle: string;
        extendText: string;
        extend: string;
    };
    commission: {
        agenda: {
            title: string;
            rescheduleTitle: string;
            date: string;
            time: string;
            timeHelp: string;
            submit: string;
            rescheduleSubmit: string;
            missing: string;
        };
        questions: {
            title: string;
            label: string;
            help: string;
            submit: string;
            missing: string;
        };
        reflection: {
            title: string;
            summary: string;
            recommendations: string;
            recommendationsHelp: string;
            publish: string;
            publishHelp: string;
            submit: string;
            missing: string;
        };
        answers: {
            title: string;
            asked: string;
            submit: string;
            missing: string;
        };
        documents: {
            title: string;
            meeting: string;
            note: string;
            noteHelp: string;
            submit: string;
        };
    };
    decision: {
        title: string;
        legend: string;
        conditions: string;
        conditionsHelp: string;
        returnTo: string;
        chooseGate: string;
        rationale: string;
        rationaleHelp: string;
        complyOrExplain: string;
        complyOrExplainText: string;
        /** One advice the decision answers: its kind and what it advised. */
        advice: string;
        adviceConditions: string;
        follow: string;
        deviate: string;
        explanation: string;
        explanationHelp: string;
        noAdvices: string;
        submit: string;
        chooseOutcome: string;
        conditionMissing: string;
        returnToMissing: string;
        rationaleMissing: string;
        responseMissing: string;
        explanationMissing: string;
    };
    councilLetter: {
        title: string;
        intro: string;
        download: string;
        fileName: string;
        failed: string;
    };
    council: {
        title: string;
        channel: string;
        channels: {
            raadsinformatiebrief: string;
            commissievergadering: string;
            raadsvergadering: string;
            other: string;
        };
        reference: string;
        referenceHelp: string;
        date: string;
        submit: string;
        referenceMissing: string;
        dateMissing: string;
    };
};
