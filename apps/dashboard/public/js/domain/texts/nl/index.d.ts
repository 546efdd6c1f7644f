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
    letter: {
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
    projects: {
        late: string;
        risk: {
            unknown: string;
            level: string;
        };
        list: {
            title: string;
            register: string;
            filter: string;
            status: string;
            allStatuses: string;
            gate: string;
            allGates: string;
            department: string;
            departmentHelp: string;
            apply: string;
            count_one: string;
            count_other: string;
            countFiltered_one: string;
            countFiltered_other: string;
            none: string;
            caption: string;
            columns: {
                project: string;
                department: string;
                status: string;
                gate: string;
                risk: string;
                deadline: string;
                registered: string;
            };
            pagination: string;
            previous: string;
            next: string;
            page: string;
        };
        register: {
            title: string;
            onlyCaseOwner: string;
            intro: string;
            name: string;
            nameHelp: string;
            summary: string;
            summaryHelp: string;
            department: string;
            technologies: string;
            technologiesHelp: string;
            plannedStart: string;
            submit: string;
            problems: {
                name: string;
                summary: string;
                department: string;
                technologies: string;
                plannedStart: string;
            };
            registered: string;
        };
        project: {
            breadcrumb: string;
            facts: {
                department: string;
                caseOwner: string;
                technologies: string;
                plannedStart: string;
                registered: string;
                gate: string;
                deadline: string;
                none: string;
                heldSince: string;
                policy: string;
                policyVersion: string;
                policyNotYet: string;
                reevaluation: string;
                ruleInForce: string;
                ruleInForceText: string;
            };
            auditTrail: string;
            tasks: {
                heading: string;
                none: string;
                due: string;
                escalation: string;
                open: string;
            };
            timeline: {
                heading: string;
                intro: string;
                legend: string;
                legendItems: {
                    barOpen: string;
                    barDone: string;
                    barLate: string;
                    due: string;
                    dueLate: string;
                    reminder: string;
                    escalation: string;
                    term: string;
                };
                asTable: string;
                caption: string;
                columns: {
                    moment: string;
                    gate: string;
                    event: string;
                };
            };
            gates: {
                heading: string;
                caption: string;
                columns: {
                    gate: string;
                    state: string;
                    step: string;
                    opened: string;
                    due: string;
                    completed: string;
                    escalation: string;
                };
                level: string;
            };
            advice: {
                heading: string;
                conditions: string;
            };
            decision: {
                heading: string;
                outcome: string;
                by: string;
                rationale: string;
                conditions: string;
                returnTo: string;
                responses: string;
                followed: string;
                departed: string;
            };
            actions: {
                heading: string;
                summary: string;
                question: string;
                hold: string;
                resume: string;
                reflection: string;
                withdraw: string;
                reason: string;
                reasonHelp: string;
                submit: string;
                problems: {
                    action: string;
                    reason: string;
                };
                done: {
                    hold: string;
                    resume: string;
                    reflection: string;
                    withdraw: string;
                };
            };
            reassessment: {
                title: string;
                text: string;
            };
        };
        route: {
            heading: string;
            decided: string;
            decidedWithPolicy: string;
            reasons: string;
            noReasons: string;
            source: string;
        };
    };
    pipeline: {
        title: string;
        titleDepartment: string;
        filter: {
            label: string;
            department: string;
            departmentHelp: string;
            from: string;
            fromHelp: string;
            to: string;
            toHelp: string;
            apply: string;
        };
        badPeriod: string;
        unavailable: string;
        unavailableText: string;
        toProjects: string;
        downloadCsv: string;
        asOf: string;
        totals: {
            label: string;
            projects: string;
            active: string;
            openTasks: string;
            overdue: string;
            escalated: string;
        };
        overdue: string;
        gates: {
            heading: string;
            intro: string;
            noGate_one: string;
            noGate_other: string;
            caption: string;
            columns: {
                gate: string;
                projects: string;
                openTasks: string;
                overdue: string;
                escalated: string;
                byStatus: string;
            };
        };
        leadTimes: {
            heading: string;
            intro: string;
            caption: string;
            columns: {
                gate: string;
                completed: string;
                median: string;
                p90: string;
            };
            endToEnd: string;
        };
        escalations: {
            heading: string;
            none: string;
            caption: string;
            columns: {
                project: string;
                department: string;
                task: string;
                assignee: string;
                level: string;
                due: string;
            };
        };
        departments: {
            heading: string;
            none: string;
            caption: string;
            columns: {
                department: string;
                projects: string;
                active: string;
                openTasks: string;
                overdue: string;
                escalated: string;
            };
        };
    };
    tasks: {
        overdue: string;
        escalationLevel: string;
        columns: {
            task: string;
            project: string;
            department: string;
            role: string;
            holder: string;
            due: string;
            escalation: string;
        };
        inbox: {
            title: string;
            none: string;
            summary_one: string;
            summary_other: string;
            summaryOverdue_one: string;
            summaryOverdue_other: string;
            caption: string;
        };
        department: {
            title: string;
            noDepartment: string;
            noDepartmentText: string;
            none: string;
            summary: {
                plain_one: string;
                plain_other: string;
                overdue_one: string;
                overdue_other: string;
                escalated_one: string;
                escalated_other: string;
                overdueEscalated_one: string;
                overdueEscalated_other: string;
            };
            caption: string;
            csvNl: string;
            csvEn: string;
        };
        task: {
            project: string;
            due: string;
            notOpen: string;
            notOpenText: string;
            toProject: string;
            onlyHolder: string;
            cannotAct: string;
            whoActs: string;
            whoActsCaseOwner: string;
            or: string;
            recorded: string;
            nextStep: string;
            stopped: string;
            inUse: string;
            status: string;
            scheduledFor: string;
            notScheduled: string;
            noForm: string;
        };
        holder: {
            title: string;
            you: string;
            claimed: string;
            delegated: string;
            since: string;
            nobody: string;
            reason: string;
            claim: string;
            release: string;
            undelegate: string;
            delegateTitle: string;
            colleague: string;
            chooseColleague: string;
            why: string;
            delegate: string;
        };
    };
    forms: {
        checkTitle: string;
        failedTitle: string;
        refused: {
            forbidden: string;
            conflict: string;
            offline: string;
            failed: string;
        };
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
    preferences: {
        title: string;
        intro: string;
        name: string;
        username: string;
        email: string;
        roles: string;
        unavailable: string;
        heading: string;
        language: string;
        digest: string;
        digestNow: string;
        digestDaily: string;
        digestDailyHint: string;
        save: string;
        saved: string;
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
    policy: {
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
        activations: {
            title: string;
            intro: string;
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
    charts: {
        funnel: {
            title: string;
            gate_one: string;
            gate_other: string;
            openTasks_one: string;
            openTasks_other: string;
            overdue: string;
            nothingOverdue: string;
            escalated: string;
        };
        leadTime: {
            title: string;
            endToEnd: string;
            none: string;
            rowNone: string;
            row: string;
            bar: string;
        };
        timeline: {
            title: string;
            since: string;
            open: string;
            noneOpen: string;
            sent: string;
            now: string;
            notRequired: string;
            notYet: string;
            events: {
                opened: string;
                due: string;
                dueLate: string;
                dueWas: string;
                completed: string;
                reminder: string;
                escalation: string;
                planned: string;
            };
        };
    };
    publicPages: {
        overview: {
            title: string;
            intro: string;
            reflections: string;
            reflectionsText: string;
            algorithms: string;
            algorithmsText: string;
            sensors: string;
            sensorsText: string;
        };
        search: {
            label: string;
            button: string;
        };
        reflections: {
            title: string;
            feedTitle: string;
            intro: string;
            followFeed: string;
            searchLabel: string;
            searchHint: string;
            count_one: string;
            count_other: string;
            found_one: string;
            found_other: string;
            noneFound: string;
            noneYet: string;
            reflectedAt: string;
            department: string;
            decision: string;
            notPublicYet: string;
            decisionOn: string;
            pagination: string;
            previous: string;
            next: string;
            pageOf: string;
        };
        reflection: {
            notFound: string;
            notFoundText: string;
            toAll: string;
            all: string;
            department: string;
            recordedAt: string;
            publishedAt: string;
            decision: string;
            question: string;
            observations: string;
            recommendations: string;
            noRecommendations: string;
            decisionPending: string;
            decisionPendingText: string;
        };
        registers: {
            algorithm: {
                title: string;
                intro: string;
                searchLabel: string;
            };
            sensor: {
                title: string;
                intro: string;
                searchLabel: string;
            };
            download: string;
            searchHint: string;
            count_one: string;
            count_other: string;
            found_one: string;
            found_other: string;
            noneFound: string;
            noneYet: string;
            sensorType: string;
            status: string;
            location: string;
            organisation: string;
            allDetails: string;
            versions: string;
            version: string;
            point: string;
            area_one: string;
            area_other: string;
        };
        map: {
            title: string;
            label: string;
            empty: string;
            same_one: string;
            same_other: string;
            some_one: string;
            some_other: string;
            keyboard: string;
            noBackground: string;
            attribution: string;
            zoomIn: string;
            zoomOut: string;
            close: string;
            yes: string;
            no: string;
            unknown: string;
        };
    };
    signIn: {
        title: string;
        lead: string;
        developmentIntro: string;
        tokenIntro: string;
        signedInAs: string;
        person: {
            heading: string;
            legend: string;
            option: string;
            optionInDepartment: string;
            other: string;
            username: string;
            usernameHint: string;
            name: string;
            roles: string;
            submit: string;
            usernameMissing: string;
            nameMissing: string;
            rolesMissing: string;
            noDevelopmentTokens: string;
        };
        token: {
            heading: string;
            label: string;
            hint: string;
            submit: string;
            invalid: string;
            expired: string;
        };
        provider: {
            intro: string;
            button: string;
            unavailable: string;
        };
        return: {
            busy: string;
            failed: string;
            notSignedIn: string;
            helpdeskCode: string;
            again: string;
            unreachable: string;
            tokenRefused: string;
        };
        errors: {
            notConfigured: string;
            noAuthorizationEndpoint: string;
            cancelled: string;
            providerError: string;
            providerErrorDescribed: string;
            notThisTab: string;
            invalidResponse: string;
            invalidToken: string;
        };
        noRole: {
            title: string;
            text: string;
            unknownName: string;
            username: string;
            why: string;
            noRoleInToken: string;
        };
        signedOut: {
            title: string;
            heading: string;
            text: string;
            again: string;
        };
    };
};
