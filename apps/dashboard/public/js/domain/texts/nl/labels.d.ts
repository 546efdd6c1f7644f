// Generated from libs/domain/src/texts/nl/labels.ts by `npm run generate:dashboard`; do not edit.
/**
 * The vocabularies, in Dutch: what the domain's ids are called wherever a person reads them (pages, mails, calendar
 * feeds). Each table is keyed by its domain type, so a new id cannot go without a label.
 */
export declare const labels: {
    roles: {
        'case-owner': string;
        'privacy-officer': string;
        dpo: string;
        'ethics-secretary': string;
        'portfolio-holder': string;
        'council-liaison': string;
        'department-head': string;
        'cio-office': string;
        auditor: string;
    };
    gates: {
        'quick-scan': string;
        dpia: string;
        'commission-reflection': string;
        'portfolio-decision': string;
        publication: string;
        'council-information': string;
    };
    statuses: {
        active: string;
        'on-hold': string;
        stopped: string;
        withdrawn: string;
        rejected: string;
        approved: string;
        'in-use': string;
    };
    stepTasks: {
        'answer-quick-scan': string;
        'submit-dpia': string;
        'dpo-advice': string;
        'prior-consultation': string;
        'schedule-meeting': string;
        'await-meeting': string;
        'submit-documents': string;
        'answer-questions': string;
        'record-reflection': string;
        decide: string;
        'prepare-register-entry': string;
        'publish-register-entry': string;
        'inform-council': string;
    };
    gateStates: {
        'not-required': string;
        pending: string;
        active: string;
        waiting: string;
        completed: string;
        returned: string;
    };
    steps: {
        'answer-quick-scan': string;
        'submit-dpia': string;
        'dpo-advice': string;
        'prior-consultation': string;
        'schedule-meeting': string;
        'await-meeting': string;
        'submit-documents': string;
        'answer-questions': string;
        'record-reflection': string;
        decide: string;
        'prepare-register-entry': string;
        'publish-register-entry': string;
        'inform-council': string;
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
    outcomeNames: {
        dpia: string;
        iama: string;
        aiActClass: string;
        commission: string;
        council: string;
        riskLevel: string;
        algorithmRegister: string;
        sensorRegister: string;
    };
    dpoAdvice: {
        positive: string;
        'positive-with-conditions': string;
        negative: string;
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
    decisions: {
        approved: string;
        'approved-with-conditions': string;
        rejected: string;
        returned: string;
    };
    adviceKinds: {
        'dpo-advice': string;
        'commission-reflection': string;
        'dpa-prior-consultation': string;
    };
    whatIfVerdicts: {
        changed: string;
        'reasons-changed': string;
        'needs-new-quick-scan': string;
        'no-quick-scan': string;
        unchanged: string;
    };
    reroute: {
        none: string;
        affected: string;
        all: string;
    };
    deliveryStates: {
        pending: string;
        requested: string;
        refused: string;
        failed: string;
    };
    refusals: {
        'gate-not-active': string;
        'wrong-step': string;
        'missing-role': string;
        'segregation-of-duties': string;
        'invalid-payload': string;
        'project-closed': string;
        'project-on-hold': string;
        'limit-reached': string;
    };
    actions: {
        registered: string;
        'quick-scan-submitted': string;
        'step-opened': string;
        'gate-completed': string;
        'dpia-submitted': string;
        'dpo-advice-given': string;
        'prior-consultation-started': string;
        'prior-consultation-extended': string;
        'prior-consultation-answered': string;
        'prior-consultation-term-expired': string;
        'reflection-requested': string;
        'commission-scheduled': string;
        'commission-met': string;
        'commission-awaiting-slot': string;
        'commission-slot-refused': string;
        'commission-meeting-moved': string;
        'commission-documents-submitted': string;
        'commission-submission-deadline-passed': string;
        'commission-questions-asked': string;
        'commission-questions-answered': string;
        'reflection-recorded': string;
        'decision-taken': string;
        'returned-for-rework': string;
        'council-information-required': string;
        'council-informed': string;
        'register-entry-submitted': string;
        'register-entry-returned': string;
        'register-entry-published': string;
        'reminder-sent': string;
        escalated: string;
        'put-on-hold': string;
        resumed: string;
        withdrawn: string;
        amended: string;
        'reassessment-requested': string;
        'reassessment-started': string;
        'route-reassessed': string;
        'project-stopped': string;
        'reevaluation-scheduled': string;
        'reevaluation-started': string;
        'reevaluation-unchanged': string;
        'action-refused': string;
        'needs-attention': string;
        'attention-resolved': string;
        'policy-activated': string;
        'webhook-subscribed': string;
        'webhook-unsubscribed': string;
        'organisation-changed': string;
        'notification-routed': string;
        'commission-meeting-created': string;
        'commission-meeting-updated': string;
        'commission-meeting-cancelled': string;
        'commission-meeting-held': string;
        'reflection-published': string;
        'reflection-publication-withdrawn': string;
        'task-claimed': string;
        'task-released': string;
        'task-delegated': string;
        'task-undelegated': string;
        'absence-registered': string;
        'absence-removed': string;
    };
    reassessmentTriggers: {
        'policy-activation': string;
        amendment: string;
        reevaluation: string;
        'rule-in-force': string;
    };
    timers: {
        reminder: string;
        escalation: string;
        'statutory-term': string;
        meeting: string;
        reevaluation: string;
        'submission-deadline': string;
        'rule-in-force': string;
    };
    outcomes: {
        dpia: {
            'not-required': string;
            recommended: string;
            required: string;
        };
        iama: {
            'not-recommended': string;
            recommended: string;
        };
        aiActClass: {
            'not-applicable': string;
            minimal: string;
            limited: string;
            'high-risk': string;
            prohibited: string;
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
    /** Short forms where the full name does not fit (tables, charts); `none`: projects without an open gate. */
    gateShort: {
        dpia: string;
        none: string;
    };
};
