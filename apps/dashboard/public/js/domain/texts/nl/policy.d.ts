// Generated from libs/domain/src/texts/nl/policy.ts by `npm run generate:dashboard`; do not edit.
/**
 * The texts of the dashboard's policy pages in Dutch: what a draft policy would do (wat-als), its picture, the
 * activation form under it, and the record of the activations. `{name}` is filled in; `_one`/`_other` are the
 * singular and plural of one text.
 */
export declare const policy: {
    /** Shared by the what-if and the activations. */
    shared: {
        project: string;
        projects: string;
        department: string;
        verdict: string;
        allAsCsv: string;
        reason: string;
    };
    whatIf: {
        title: string;
        intro: string;
        form: {
            heading: string;
            draft: string;
            draftDescription: string;
            on: string;
            onDescription: string;
            run: string;
            noDraft: string;
            unreadable: string;
            invalidFile: string;
            chooseFile: string;
        };
        result: {
            heading: string;
            calculatedOnDay: string;
            calculatedNow: string;
            rulesLater_one: string;
            rulesLater_other: string;
            ruleFrom: string;
            calculated_one: string;
            calculated_other: string;
            tally: string;
            shiftHeading: string;
            transitionsCaption: string;
            outcome: string;
            from: string;
            to: string;
            gatesHeading: string;
            departmentsHeading: string;
            departmentsCaption: string;
            differentRoute: string;
            newQuickScan: string;
            gatesOpened: string;
            gatesClosed: string;
            noneChanged: string;
            projectsCaptionFirst: string;
            projectsCaption: string;
            outcomeFromTo: string;
            missingAnswers: string;
            csvFile: string;
        };
    };
    /** The pictures of a what-if (what-if-chart.js). */
    chart: {
        dimensions: {
            dpia: string;
            iama: string;
            aiActClass: string;
            commission: string;
            council: string;
            riskLevel: string;
            algorithmRegister: string;
            sensorRegister: string;
        };
        /** The values of the outcome dimensions, short, as the bars and the tables show them. */
        values: {
            'not-required': string;
            recommended: string;
            required: string;
            'not-recommended': string;
            optional: string;
            'not-applicable': string;
            minimal: string;
            limited: string;
            'high-risk': string;
            prohibited: string;
            low: string;
            medium: string;
            high: string;
            none: string;
            A: string;
            B: string;
            C: string;
            true: string;
            false: string;
            'needs-new-quick-scan': string;
        };
        shiftTitle: string;
        shiftDescription: string;
        nothing: string;
        now: string;
        draft: string;
        gateShiftTitle: string;
        gateShiftDescription: string;
    };
    /** Activating a draft, under its what-if. */
    activationForm: {
        heading: string;
        intro: string;
        calculatedOn: string;
        calculatedOnText: string;
        rerouteLegend: string;
        meaningNone: string;
        meaningAffected_one: string;
        meaningAffected_other: string;
        meaningAll_one: string;
        meaningAll_other: string;
        reasonDescription: string;
        check: string;
        reasonMissing: string;
        reasonTooLong: string;
        confirmHeading: string;
        confirmNone: string;
        confirmMoved_one: string;
        confirmMoved_other: string;
        reasonIs: string;
        activate: string;
        back: string;
        activated: string;
        failed: string;
        failedText: string;
        notNewer: string;
        cioOnly: string;
        offline: string;
    };
    /** The record of the activations. */
    activations: {
        title: string;
        intro: string;
        /** `{link}` is the link to the what-if page. */
        newVersion: string;
        count_one: string;
        count_other: string;
        none: string;
        caption: string;
        version: string;
        when: string;
        by: string;
        choice: string;
        selected: string;
        state: string;
        versionLink: string;
        done: string;
        delivering: string;
        pagination: string;
        previous: string;
        next: string;
        pageOf: string;
        /** One activation. */
        detailTitle: string;
        all: string;
        activatedBy: string;
        selectedProjects_one: string;
        selectedProjects_other: string;
        policy: string;
        tallyHeading: string;
        noneRunning: string;
        tallyCaption: string;
        requestsHeading: string;
        deliveryDone: string;
        deliveryBusy: string;
        noneSelected: string;
        noneOnPage: string;
        selectedCaption: string;
        selectedCaptionPage: string;
        requestedAt: string;
        csvFile: string;
    };
};
