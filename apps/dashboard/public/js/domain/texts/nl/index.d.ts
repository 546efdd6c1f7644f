// Generated from libs/domain/src/texts/nl/index.ts by `npm run generate:dashboard`; do not edit.
/** Every text a person reads, in Dutch: one module per area, keyed the same in every language. */
export declare const nl: {
    common: {
        appName: string;
        documentTitle: string;
        description: string;
        tagline: string;
        skipLink: string;
        loading: string;
        noScript: string;
        footer: string;
        apiDocs: string;
        mainMenu: string;
        nav: {
            tasks: string;
            departmentTasks: string;
            projects: string;
            register: string;
            pipeline: string;
            organisation: string;
            whatIf: string;
            activations: string;
            meetings: string;
            mail: string;
            settings: string;
            public: string;
            signIn: string;
        };
        session: {
            signedInAs: string;
            noRole: string;
            signOut: string;
            signedOut: string;
            expired: string;
            invalid: string;
        };
        language: {
            switchTo: string;
            switchLabel: string;
            name: string;
        };
        live: {
            changed: string;
            update: string;
            notNow: string;
        };
        errors: {
            notFoundPage: string;
            notFoundPageText: string;
            toStart: string;
            forbidden: string;
            forbiddenText: string;
            notFound: string;
            notFoundText: string;
            failed: string;
            serverError: string;
            offline: string;
            offlineText: string;
        };
        none: string;
        yes: string;
        no: string;
        units: {
            seconds: string;
            minutes: string;
            hours: string;
            days_one: string;
            days_other: string;
        };
    };
    labels: {
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
        gateShort: {
            dpia: string;
            none: string;
        };
    };
    mail: {
        decisions: {
            approved: string;
            'approved-with-conditions': string;
            rejected: string;
            returned: string;
        };
        kinds: {
            'task-opened': string;
            reminder: string;
            escalation: string;
            decision: string;
            'reflection-published': string;
            'project-stopped': string;
            'commission-meeting': string;
        };
        labels: {
            asked: string;
            project: string;
            department: string;
            gate: string;
            dueBy: string;
            wasDue: string;
            decision: string;
            open: string;
            level: string;
        };
        phrases: {
            greetPerson: string;
            greetMailbox: string;
            taskOpened: string;
            reminder: string;
            escalation: string;
            escalationProhibited: string;
            escalationStatutory: string;
            escalationAttention: string;
            decision: string;
            reflection: string;
            meetingAssigned: string;
            meetingMoved: string;
            meetingPlaced: string;
            meetingWaiting: string;
            submitForMeeting: string;
            reflectionSummary: string;
            stopped: string;
            stoppedProhibited: string;
            subjectDue: string;
            subjectDeadlinePassed: string;
            subjectAttention: string;
            subjectProhibited: string;
            subjectStatutory: string;
            subjectDecision: string;
            openTask: string;
            openProject: string;
            timeZone: string;
            closing: string;
            footerPerson: string;
            footerMailbox: string;
            digestSubject: string;
            digestCount_one: string;
            digestCount_other: string;
            digestIntro: string;
            digestFooter: string;
        };
        calendar: {
            escalated: string;
            project: string;
            department: string;
            gate: string;
            open: string;
        };
    };
    projects: {};
    pipeline: {};
    tasks: {};
    forms: {};
    gateForms: {
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
    audit: {};
    meetings: {};
    settings: {};
    mailbox: {};
    organisation: {};
    policy: {};
    charts: {};
    publicPages: {};
    signIn: {};
};
