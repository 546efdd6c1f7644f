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
    gateForms: {};
    audit: {
        title: string;
        titleOf: string;
        heading: string;
        onlyAuditors: string;
        intro_one: string;
        intro_other: string;
        dossier: string;
        verify: {
            button: string;
            busy: string;
            failed: string;
            intact: string;
            events_one: string;
            events_other: string;
            projects_one: string;
            projects_other: string;
            broken: string;
            brokenAt: string;
            brokenAtWitness: string;
            brokenCheckpoint: string;
            unknown: string;
            witnesses: string;
            workflowHeads_one: string;
            workflowHeads_other: string;
            unanswered_one: string;
            unanswered_other: string;
            workflowsNotAsked: string;
            checkpoints_one: string;
            checkpoints_other: string;
            noCheckpoints: string;
        };
        events: string;
        refused: string;
        escalation: string;
        by: string;
        automatic: string;
        policyVersion: string;
        documents: string;
        details: string;
        facts: {
            step: string;
            for: string;
            to: string;
            level: string;
            reminder: string;
            due: string;
            advice: string;
            outcome: string;
            rationale: string;
            reason: string;
            summary: string;
            meeting: string;
            attempted: string;
        };
    };
    meetings: {
        statuses: {
            planned: string;
            held: string;
            cancelled: string;
        };
        how: {
            auto: string;
            secretary: string;
            moved: string;
        };
        list: {
            title: string;
            intro: string;
            none: string;
            caption: string;
            date: string;
            place: string;
            status: string;
            deadline: string;
            agenda: string;
            filled: string;
        };
        plan: {
            heading: string;
            startsAt: string;
            location: string;
            locationHint: string;
            onlineUrl: string;
            onlineUrlHint: string;
            capacity: string;
            submit: string;
            startsAtMissing: string;
            capacityTooLow: string;
            placeMissing: string;
            planned: string;
        };
        meeting: {
            title: string;
            summary: string;
            agenda: string;
            empty: string;
            caption: string;
            project: string;
            department: string;
            caseOwner: string;
            onAgenda: string;
            projectId: string;
            assigned: string;
            exportCsv: string;
            exportIcs: string;
        };
        close: {
            heading: string;
            onCancel: string;
            onCancelText: string;
            reason: string;
            held: string;
            cancel: string;
            reasonMissing: string;
            cancelled: string;
            cancelledNotMoved: string;
            wasHeld: string;
            unknown: string;
        };
        publication: {
            heading: string;
            publicSince: string;
            toPublicPages: string;
            earlierPublic: string;
            withdrawnOn: string;
            notPublic: string;
            closed: string;
            notForPublication: string;
            closedRefused: string;
            failed: string;
            release: {
                title: string;
                what: string;
                question: string;
                questionHint: string;
                summary: string;
                summaryHint: string;
                questionMissing: string;
                questionTooLong: string;
                summaryTooLong: string;
                done: string;
            };
            withdraw: {
                title: string;
                what: string;
                reason: string;
                reasonHint: string;
                reasonMissing: string;
                reasonTooLong: string;
                done: string;
            };
        };
    };
    settings: {
        absences: {
            heading: string;
            intro: string;
            none: string;
            caption: string;
            absent: string;
            substitute: string;
            from: string;
            until: string;
            action: string;
            remove: string;
            removeLabel: string;
            substitutingNow: string;
            substituting: string;
            add: string;
            substituteHint: string;
            chooseColleague: string;
            absentFrom: string;
            backOn: string;
            save: string;
            saved: string;
            removed: string;
        };
        calendarFeed: {
            heading: string;
            intro: string;
            none: string;
            since: string;
            sinceUnread: string;
            make: string;
            makeNew: string;
            revoke: string;
            revoked: string;
            replaceNote: string;
            mailNote: string;
            made: string;
            address: string;
            addressHint: string;
            copy: string;
            copied: string;
            copyFailed: string;
            subscribe: string;
            failed: string;
        };
    };
    mailbox: {
        title: string;
        unavailable: string;
        unavailableText: string;
        intro: string;
        filter: string;
        recipient: string;
        recipientHint: string;
        filterButton: string;
        mine: string;
        count_one: string;
        count_other: string;
        countTo_one: string;
        countTo_other: string;
        messages: string;
        noSubject: string;
        to: string;
        from: string;
    };
    organisation: {
        title: string;
        intro: string;
        sources: {
            claims: string;
            file: string;
            api: string;
        };
        noHead: string;
        fields: {
            nameNl: string;
            nameEn: string;
            head: string;
            headHint: string;
            deputies: string;
            deputiesHint: string;
            reason: string;
            reasonHint: string;
        };
        list: {
            none: string;
            caption: string;
            department: string;
            head: string;
            deputies: string;
            version: string;
            source: string;
            status: string;
            active: string;
            inactive: string;
        };
        add: {
            heading: string;
            id: string;
            idHint: string;
            submit: string;
        };
        department: {
            title: string;
            back: string;
            people: string;
            versionActive: string;
            versionInactive: string;
            edit: string;
            save: string;
            deactivate: string;
            saved: string;
            deactivated: string;
            history: string;
            version: string;
            when: string;
            by: string;
            source: string;
            head: string;
            deputies: string;
            reason: string;
        };
    };
    policy: {};
    charts: {};
    publicPages: {};
    signIn: {};
};
