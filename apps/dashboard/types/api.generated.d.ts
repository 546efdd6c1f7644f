// Generated from the OpenAPI document (GET /api/docs-json) by `npm run generate:dashboard`; do not edit.
export type paths = {
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DossierController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SignInConfigController_signInConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarFeedReadController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commission-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommissionMeetingsController_list"];
        put?: never;
        post: operations["CommissionMeetingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commission-meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommissionMeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CommissionMeetingsController_update"];
        trace?: never;
    };
    "/api/v1/commission-meetings/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommissionMeetingsController_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commission-meetings/{id}/agenda/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommissionMeetingsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commission-meetings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommissionMeetingsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commission-meetings/{id}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommissionMeetingsController_held"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DevTokenController_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AbsencesController_list"];
        put?: never;
        post: operations["AbsencesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/absences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AbsencesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarFeedController_state"];
        put?: never;
        post: operations["CalendarFeedController_issue"];
        delete: operations["CalendarFeedController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["MeController_setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/commission-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommissionMonitoringController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PipelineController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationController_get"];
        put: operations["OrganisationController_put"];
        post?: never;
        delete: operations["OrganisationController_deactivate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/departments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PeopleController_withRole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PolicyController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/activations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PolicyActivationController_list"];
        put?: never;
        post: operations["PolicyActivationController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/activations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PolicyActivationController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PolicyController_versions"];
        put?: never;
        post: operations["PolicyController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PolicyController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WhatIfController_whatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProjectsController_list"];
        put?: never;
        post: operations["ProjectsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProjectsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/commission/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_agenda"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/commission/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_answers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/commission/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_documents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/commission/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_questions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/commission/reflection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_reflection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/commission/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_requestReflection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/council-information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_council"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/council-letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CouncilLetterController_councilLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/dossier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DossierController_dossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/dpia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_dpia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/dpia/advice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_dpoAdvice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/dpia/prior-consultation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_priorConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_hold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/quick-scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_quickScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/reflection/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReflectionPublicationController_publish"];
        delete: operations["ReflectionPublicationController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/register-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegistersController_preview"];
        put?: never;
        post: operations["RegistersController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/register-entries/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistersController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/route-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RouteProofController_routeProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GatesController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicMapController_map"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reflections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reflections.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicController_atom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/reflections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/registers/algorithms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicRegistersController_algorithms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/registers/sensors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicRegistersController_sensors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quick-scan/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PolicyController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registers/algorithms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegistersController_algorithms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registers/sensors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegistersController_sensors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TaskExportController_inboxCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TaskAssignmentController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TaskAssignmentController_delegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TaskAssignmentController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/undelegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TaskAssignmentController_undelegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/department": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TaskExportController_department"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_list"];
        put?: never;
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        delete: operations["WebhooksController_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AbsenceDto: {
            /** @description Whether the period is going on now */
            active: boolean;
            /** Format: date-time */
            from: string;
            /** Format: uuid */
            id: string;
            /** @description Who is away */
            person: components["schemas"]["AbsencePersonDto"];
            /** @description Who stands in */
            substitute: components["schemas"]["AbsencePersonDto"];
            /** Format: date-time */
            until: string;
        };
        AbsencePersonDto: {
            name: string;
            sub: string;
        };
        ActivatePolicyDto: {
            /** @description A complete policy document (the JSON form of policy/*.yaml), validated as POST /policy/versions does */
            policy: {
                [key: string]: unknown;
            };
            /** @description Why: kept with the activation and in the audit trail */
            reason: string;
            /**
             * @description none: running projects stay on their version; affected: a new quick-scan for those whose route would change (what-if `changed`, `needs-new-quick-scan`); all: for every running project
             * @enum {string}
             */
            reroute: "none" | "affected" | "all";
        };
        ActivationActorDto: {
            name: string;
            sub: string;
        };
        ActivationDeliveryDto: {
            /** @description Projects that gave no answer after three tries */
            failed: number;
            /** @description Projects not asked yet */
            pending: number;
            /** @description Projects whose workflow refused it (closed, on hold, ...) */
            refused: number;
            /** @description Projects that took the request: a new quick-scan task */
            requested: number;
        };
        ActivationPolicyRefDto: {
            id: string;
            /** @description SHA-256 of the stored document */
            sha256: string;
            version: number;
        };
        ActivationProjectDto: {
            department: string;
            /** Format: uuid */
            projectId: string;
            refusal: components["schemas"]["ActivationRefusalDto"] | null;
            /** Format: date-time */
            requestedAt: string | null;
            /** @enum {string} */
            state: "pending" | "requested" | "refused" | "failed";
            title: string;
            /** @description The what-if verdict under the new version */
            verdict: string;
        };
        ActivationProjectPageDto: {
            items: components["schemas"]["ActivationProjectDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ActivationRefusalDto: {
            /** @description The workflow's refusal code, e.g. project-on-hold */
            code: string;
            message: string | null;
        };
        AdviceAnswerDto: {
            adviceId: string;
            explanation: string;
            /** @enum {string} */
            response: "follow" | "deviate";
        };
        AdviceDto: {
            /** Format: date-time */
            at: string;
            by: components["schemas"]["PersonRefDto"];
            conditions: string[];
            /** @enum {string} */
            gate: "quick-scan" | "dpia" | "commission-reflection" | "portfolio-decision" | "publication" | "council-information";
            id: string;
            /** @enum {string} */
            kind: "dpo-advice" | "commission-reflection" | "dpa-prior-consultation";
            summary: string | null;
            value: string;
        };
        AdviceResponseDto: {
            /** @example dpo-advice-0 */
            adviceId: string;
            /** @description Required when deviating */
            explanation: string;
            /** @enum {string} */
            response: "follow" | "deviate";
        };
        AgendaDto: {
            /**
             * Format: date-time
             * @description A date typed in; or meetingId
             * @example 2027-05-12T19:00:00+02:00
             */
            meetingDate?: string;
            /** @description A meeting of the calendar (GET /api/v1/commission-meetings) with room */
            meetingId?: string;
        };
        AgendaItemDto: {
            /** Format: date-time */
            assignedAt: string;
            /** @enum {string} */
            how: "auto" | "secretary" | "moved";
            /** @description The project's facts; null when it lies outside the reader's read scope */
            project: components["schemas"]["AgendaProjectDto"] | null;
            projectId: string;
        };
        AgendaProjectDto: {
            caseOwnerName: string;
            department: string;
            riskLevel: string | null;
            status: string;
            title: string;
        };
        AmendChangesDto: {
            plannedStart?: string;
            summary?: string;
            technologies?: ("sensor" | "camera" | "drone" | "algorithm" | "ai" | "app" | "data-linking" | "other")[];
            title?: string;
        };
        AmendDto: {
            changes: components["schemas"]["AmendChangesDto"];
            reason: string;
        };
        AnswersDto: {
            answers: string[];
        };
        AttentionDto: {
            /** @enum {string} */
            activity: "publishTransition" | "planTask" | "planAfter" | "loadActivePolicy" | "reserveCommissionSlot";
            failures: number;
            /** Format: date-time */
            lastFailedAt: string;
            parkedEventIds: string[];
            reason: string;
            /** Format: date-time */
            since: string;
            sqlstate: string | null;
        };
        AuditEntryDto: {
            action: string;
            /** @description null for what the system did on its own; absent when the reader may not see who it was */
            actor?: components["schemas"]["PersonRefDto"] | null;
            /** @description SHA-256 (hex) of every document the event refers to */
            documentHashes: string[];
            eventId: string;
            /** @enum {string|null} */
            gate: "quick-scan" | "dpia" | "commission-reflection" | "portfolio-decision" | "publication" | "council-information" | null;
            hash: string;
            /**
             * Format: date-time
             * @description Workflow time
             */
            occurredAt: string;
            /** @description Absent when the event's gate is outside the reader's field groups */
            payload?: {
                [key: string]: unknown;
            };
            policyVersion: number | null;
            prevHash: string;
            /** Format: uuid */
            projectId: string;
            /**
             * Format: date-time
             * @description When the row was written
             */
            recordedAt: string;
            runId: string | null;
            /** @description The row's place in the project's chain, from 1 */
            seq: number;
            workflowId: string | null;
        };
        CalendarFeedIssuedDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The feed address, with its secret: shown this once. Subscribe to it in a calendar program; whoever has it reads your deadlines, so revoke it when it leaks (a new address revokes the old one too).
             * @example https://waardenpoort.enschede.nl/api/v1/calendar/3q2-7wX0….ics
             */
            url: string;
        };
        CalendarFeedStateDto: {
            /** @description Whether a feed address works now */
            active: boolean;
            /**
             * Format: date-time
             * @description When the working address was made
             */
            createdAt?: string | null;
            /**
             * Format: date-time
             * @description When a calendar last read it
             */
            lastReadAt?: string | null;
        };
        CaughtMailDto: {
            /**
             * Format: date-time
             * @description The Date header, as an instant
             */
            date: string | null;
            envelopeTo: string[];
            from: string;
            id: string;
            /**
             * @description The Content-Language header: the language the mail is written in
             * @example nl
             */
            language: string | null;
            messageId: string | null;
            /** Format: date-time */
            receivedAt: string;
            subject: string;
            text: string;
            to: string;
        };
        ColleagueDto: {
            name: string;
            sub: string;
        };
        CommissionDocumentsDto: {
            /** @description The documents handed in, at most 20 */
            documents?: components["schemas"]["SubmittedDocumentDto"][];
            /** @description What the secretary should know about the documents */
            note?: string;
        };
        CommissionDto: {
            /** Format: date-time */
            meetingDate: string | null;
            /** @description The meeting of the calendar the case is on */
            meetingId: string | null;
            /** @description The latest release of the reflection for the public pages, withdrawn or not; null: never released. Part of the commission group of the read scope */
            publication: components["schemas"]["ReflectionPublicationStateDto"] | null;
            questions: components["schemas"]["CommissionQuestionDto"][];
            submission: components["schemas"]["CommissionSubmissionDto"] | null;
            /**
             * Format: date-time
             * @description By when the documents are in
             */
            submissionDeadline: string | null;
            /**
             * Format: date-time
             * @description Waiting for a meeting with room since
             */
            waitingSince: string | null;
        };
        CommissionMonitoringDto: {
            /** Format: date-time */
            generatedAt: string;
            longestWaitSeconds: number | null;
            meanWaitSeconds: number | null;
            /** @description Meetings of the last 90 days and all later ones */
            meetings: components["schemas"]["MeetingFiguresDto"][];
            /** @description Cases at the commission that wait for a meeting with room */
            waiting: number;
        };
        CommissionQuestionDto: {
            answer: string | null;
            /** Format: date-time */
            askedAt: string;
            /** Format: date-time */
            dueAt: string;
            text: string;
        };
        CommissionSubmissionDto: {
            /**
             * Format: date-time
             * @description Closed without a submission: the deadline passed, or the case left the meeting
             */
            closedAt: string | null;
            /**
             * Format: date-time
             * @description The submission deadline
             */
            dueAt: string;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            submittedAt: string | null;
            submittedBy: components["schemas"]["PersonRefDto"] | null;
        };
        CouncilInformationDto: {
            /** @enum {string} */
            channel: "raadsinformatiebrief" | "commissievergadering" | "raadsvergadering" | "other";
            /**
             * Format: date
             * @example 2027-06-01
             */
            date: string;
            /** @example RIB-2027-031 */
            reference: string;
        };
        CreateAbsenceDto: {
            /**
             * Format: date-time
             * @description Away from
             * @example 2027-07-01T00:00:00+02:00
             */
            from: string;
            /** @description The subject (sub) of the colleague who stands in; they must have all your roles */
            substitute: string;
            /**
             * Format: date-time
             * @description Back at (exclusive)
             * @example 2027-07-22T00:00:00+02:00
             */
            until: string;
        };
        CreatedWebhookDto: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description Set once the subscription is deleted
             */
            deletedAt: string | null;
            description: string | null;
            eventTypes: ("project.registered" | "gate.opened" | "gate.completed" | "reminder" | "escalation" | "decision" | "project.stopped" | "project.withdrawn")[];
            id: string;
            /** @description The HMAC-SHA256 key. Shown only in this response: store it now. Each delivery carries `X-Waardenpoort-Timestamp: <unix seconds>` and `X-Waardenpoort-Signature: sha256=<hex>`, the HMAC of "<timestamp>.<raw body>" with this key. */
            secret: string;
            targetUrl: string;
        };
        CreateMeetingDto: {
            /**
             * @description Cases the agenda holds (1 to 1000)
             * @example 6
             */
            capacity: number;
            /**
             * @description Where it meets; this or onlineUrl, or both
             * @example Stadhuis, raadzaal
             */
            location?: string;
            /** @example https://meet.enschede.nl/ethische-commissie */
            onlineUrl?: string;
            /** @description Why (for the audit trail) */
            reason?: string;
            /**
             * Format: date-time
             * @description When the meeting starts (ISO 8601 instant)
             * @example 2027-05-12T19:00:00+02:00
             */
            startsAt: string;
        };
        CreateProjectDto: {
            /** @example Veiligheid en Handhaving */
            department: string;
            /**
             * @description Planned start date (YYYY-MM-DD)
             * @example 2027-03-01
             */
            plannedStart: string;
            /** @example Tellen van drukte op de Oude Markt met camera's die geen beelden opslaan. */
            summary: string;
            /**
             * @example [
             *       "camera",
             *       "algorithm"
             *     ]
             */
            technologies: ("sensor" | "camera" | "drone" | "algorithm" | "ai" | "app" | "data-linking" | "other")[];
            /** @example Slimme camera's Oude Markt */
            title: string;
        };
        CreateWebhookDto: {
            /** @example Grafana-alerting CIO Office */
            description?: string;
            /**
             * @example [
             *       "gate.completed",
             *       "escalation"
             *     ]
             */
            eventTypes: ("project.registered" | "gate.opened" | "gate.completed" | "reminder" | "escalation" | "decision" | "project.stopped" | "project.withdrawn")[];
            /**
             * @description Must resolve to public addresses only: loopback, private, CGNAT, link-local, unique-local, multicast and metadata addresses are refused (400 naming targetUrl) unless WEBHOOK_ALLOWED_TARGETS allows them; checked again at every delivery.
             * @example https://monitoring.enschede.nl/hooks/waardenpoort
             */
            targetUrl: string;
        };
        DecisionDto: {
            /** @description Comply or explain: one answer for every advice given */
            adviceResponses: components["schemas"]["AdviceResponseDto"][];
            conditions?: string[];
            /** @enum {string} */
            outcome: "approved" | "approved-with-conditions" | "rejected" | "returned";
            rationale: string;
            /** @enum {string} */
            returnTo?: "quick-scan" | "dpia" | "commission-reflection";
        };
        DelegateTaskDto: {
            /** @description Why the task is handed over (recorded on the audit trail) */
            reason: string;
            /** @description The subject (sub) of the colleague, who must have the role of the task */
            to: string;
        };
        DepartmentDto: {
            active: boolean;
            /** Format: date-time */
            changedAt: string;
            changedByName: string | null;
            changedBySub: string | null;
            /** @description Names of the deputies, in order (the sub when unknown) */
            deputyNames: string[];
            deputySubs: string[];
            /** @description From the person directory */
            headName: string | null;
            headSub: string | null;
            /** @description As projects carry it in their department field */
            id: string;
            nameEn: string;
            nameNl: string;
            reason: string | null;
            /** @enum {string} */
            source: "claims" | "file" | "api";
            version: number;
        };
        DepartmentTaskDto: {
            /**
             * @description The role the task waits for
             * @enum {string}
             */
            assigneeRole: "case-owner" | "privacy-officer" | "dpo" | "ethics-secretary" | "portfolio-holder" | "council-liaison" | "department-head" | "cio-office" | "auditor";
            /** @description The person it waits for (null: anyone with the role). Absent where READ_SCOPE does not give the reader the people of the project (a department head sees roles, not other people’s names) */
            assigneeSub?: string | null;
            /** Format: date-time */
            dueAt: string | null;
            /** @description 0: not escalated; 1, 2, ...: the escalation ladder step reached */
            escalationLevel: number;
            /** @enum {string} */
            gate: "quick-scan" | "dpia" | "commission-reflection" | "portfolio-decision" | "publication" | "council-information";
            id: string;
            label: components["schemas"]["LabelDto"];
            /** Format: date-time */
            openedAt: string;
            /** @description Past its deadline (a project on hold has its clock stopped: never overdue) */
            overdue: boolean;
            project: components["schemas"]["TaskProjectDto"];
            /** @enum {string|null} */
            step: "answer-quick-scan" | "submit-dpia" | "dpo-advice" | "prior-consultation" | "schedule-meeting" | "await-meeting" | "submit-documents" | "answer-questions" | "record-reflection" | "decide" | "prepare-register-entry" | "publish-register-entry" | "inform-council" | null;
        };
        DepartmentTasksDto: {
            /** @description The caller’s department (the token’s department claim); null: none, so no tasks */
            department: string | null;
            /** @description Every department whose tasks are listed: the token’s department claim and the departments the organisation model names the caller head or deputy of */
            departments: string[];
            /** Format: date-time */
            generatedAt: string;
            /** @description Open tasks, most urgent first */
            tasks: components["schemas"]["DepartmentTaskDto"][];
        };
        DevTokenDto: {
            /**
             * @description The department claim (JWT_DEPARTMENT_CLAIM): what a department head reads
             * @example Openbare Ruimte
             */
            department?: string;
            /**
             * @description Default: <sub>@enschede.example
             * @example anna.jansen@enschede.example
             */
            email?: string;
            /** @example Anna Jansen */
            name: string;
            /**
             * @example [
             *       "case-owner"
             *     ]
             */
            roles: ("case-owner" | "privacy-officer" | "dpo" | "ethics-secretary" | "portfolio-holder" | "council-liaison" | "department-head" | "cio-office" | "auditor")[];
            /**
             * @description Who the token is for (the `sub` claim)
             * @example anna.jansen
             */
            sub: string;
        };
        DevTokenResponseDto: {
            department?: Record<string, never> | null;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            name: string;
            roles: ("case-owner" | "privacy-officer" | "dpo" | "ethics-secretary" | "portfolio-holder" | "council-liaison" | "department-head" | "cio-office" | "auditor")[];
            sub: string;
            /** @description HS256 JWT, valid for 8 hours */
            token: string;
            /** @example Bearer */
            tokenType: string;
        };
        DocumentRefDto: {
            /**
             * @description Where the published DPIA (or its public summary) can be read: an https link, which the algorithm register entry's impact assessments then give
             * @example https://www.enschede.nl/privacy/dpia-cameras-binnenstad
             */
            publicUrl?: string;
            /** @example corsa://2027/DPIA-0042 */
            reference: string;
            /** @description SHA-256 of the document, 64 lowercase hex characters */
            sha256: string;
            title?: string;
        };
        DpaAnswerDto: {
            /** @enum {string} */
            outcome: "no-objection" | "advice" | "objection";
            reference: string;
            summary: string;
        };
        DpiaDto: {
            document: components["schemas"]["DocumentRefDto"];
            elements: components["schemas"]["DpiaElementsDto"];
        };
        DpiaElementsDto: {
            /** @description Systematic description of the processing and its purposes (a) */
            description: string;
            /** @description Measures to address the risks (d) */
            measures: string;
            /** @description Necessity and proportionality (b) */
            necessity: string;
            /** @description Risks to the rights and freedoms of data subjects (c) */
            risks: string;
        };
        DpoAdviceDto: {
            /** @enum {string} */
            advice: "positive" | "positive-with-conditions" | "negative";
            conditions?: string[];
            /** @description High residual risk: the DPA must be consulted first (GDPR art. 36) */
            priorConsultationRequired: boolean;
            summary: string;
        };
        EvaluateQuickScanDto: {
            /**
             * @description Answers keyed by question id
             * @example {
             *       "personal-data": false,
             *       "public-space-sensors": true
             *     }
             */
            answers: Record<string, never>;
            /** @description Evaluate against this stored version instead of the active one */
            policyVersion?: number;
        };
        GateResponseDto: {
            /** @enum {string|null} */
            assigneeRole: "case-owner" | "privacy-officer" | "dpo" | "ethics-secretary" | "portfolio-holder" | "council-liaison" | "department-head" | "cio-office" | "auditor" | null;
            assigneeSub?: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** @description How often the gate was opened (rework, re-evaluation) */
            cycle: number;
            /** Format: date-time */
            dueAt: string | null;
            /** @description 0: not escalated; 1, 2, ...: the escalation ladder step reached */
            escalationLevel: number;
            /** @enum {string} */
            gate: "quick-scan" | "dpia" | "commission-reflection" | "portfolio-decision" | "publication" | "council-information";
            label: components["schemas"]["LabelDto"];
            /** Format: date-time */
            openedAt: string | null;
            outcome?: {
                [key: string]: unknown;
            } | null;
            /** @enum {string} */
            state: "not-required" | "pending" | "active" | "waiting" | "completed" | "returned";
            /**
             * @description The step within the gate that waits for someone
             * @enum {string|null}
             */
            step: "answer-quick-scan" | "submit-dpia" | "dpo-advice" | "prior-consultation" | "schedule-meeting" | "await-meeting" | "submit-documents" | "answer-questions" | "record-reflection" | "decide" | "prepare-register-entry" | "publish-register-entry" | "inform-council" | null;
        };
        LabelDto: {
            en: string;
            nl: string;
        };
        LeadTimeDto: {
            /** @description Passes (gates completed, or projects decided) in the window */
            completed: number;
            /** @description Median, in seconds; null without passes */
            medianSeconds: number | null;
            /** @description 90th percentile, in seconds; null without passes */
            p90Seconds: number | null;
        };
        MeetingAgendaDto: {
            items: components["schemas"]["AgendaItemDto"][];
            meeting: components["schemas"]["MeetingDto"];
        };
        MeetingChangeDto: {
            meeting: components["schemas"]["MeetingDto"];
            moves: components["schemas"]["MeetingMoveDto"][];
        };
        MeetingDto: {
            /** @description Cases on the agenda now */
            assigned: number;
            capacity: number;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            id: string;
            location: string | null;
            onlineUrl: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "planned" | "held" | "cancelled";
            /** @description By when the case owners submit their documents (policy: working days before) */
            submissionDeadline: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        MeetingFiguresDto: {
            capacity: number;
            /** @description Cases on the agenda */
            cases: number;
            meetingId: string;
            /** Format: date-time */
            startsAt: string;
            status: string;
        };
        MeetingMoveDto: {
            /** @description The meeting it moved to; null: it waits for a place */
            meetingId: string | null;
            projectId: string;
            /** @description Why the workflow did not take the move, and what became of the place (only when told is false) */
            refusal?: components["schemas"]["MoveRefusalDto"];
            /** @description Whether the project's workflow took the move (its timer moved with it) */
            told: boolean;
        };
        MeetingReasonDto: {
            /** @description Why (audit trail; for a cancellation also the mail to the moved cases) */
            reason: string;
        };
        MeResponseDto: {
            /** @description Tasks and reminders in one daily digest mail */
            digest: boolean;
            /** @description Where mail goes; from the identity provider */
            email: string | null;
            /** @enum {string} */
            language: "nl" | "en";
            name: string;
            /** @description Why the account has no role in Waardenpoort (which claims were read); null when it has one */
            noRoleReason: string | null;
            roles: ("case-owner" | "privacy-officer" | "dpo" | "ethics-secretary" | "portfolio-holder" | "council-liaison" | "department-head" | "cio-office" | "auditor")[];
            sub: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MoveRefusalDto: {
            /** @description The workflow's refusal code (wrong-step, project-on-hold, project-closed, …), or outcome-unknown when it did not answer in time */
            code: string;
            message: string;
            /**
             * @description released: the place reserved for the move was given up; kept: the place stays (the workflow still waits on that meeting, or its answer is unknown and it may still take it); none: no place was reserved
             * @enum {string}
             */
            place: "released" | "kept" | "none";
        };
        PersonDto: {
            name: string;
            sub: string;
        };
        PersonRefDto: {
            name: string;
            roles: ("case-owner" | "privacy-officer" | "dpo" | "ethics-secretary" | "portfolio-holder" | "council-liaison" | "department-head" | "cio-office" | "auditor")[];
            sub: string;
        };
        PipelineAttentionDto: {
            /**
             * @description The activity that failed for good
             * @enum {string}
             */
            activity: "publishTransition" | "planTask" | "planAfter" | "loadActivePolicy";
            department: string;
            failures: number;
            projectId: string;
            /** @description The failure as the activity reported it */
            reason: string;
            /** Format: date-time */
            since: string;
            /** @description PostgreSQL SQLSTATE when the database refused the data */
            sqlstate: string | null;
            title: string;
        };
        PipelineDepartmentDto: {
            /** @description Projects with status active */
            active: number;
            department: string;
            openEscalations: number;
            openTasks: number;
            overdue: number;
            projects: number;
        };
        PipelineEscalationDto: {
            assigneeRole: string;
            department: string;
            /** Format: date-time */
            dueAt: string | null;
            gate: string;
            /** @description Step of the escalation ladder reached (1: department head, ...) */
            level: number;
            /** Format: date-time */
            openedAt: string;
            projectId: string;
            step: string | null;
            title: string;
        };
        PipelineGateDto: {
            /**
             * @description Those projects by status
             * @example {
             *       "active": 0,
             *       "on-hold": 0,
             *       "stopped": 0,
             *       "withdrawn": 0,
             *       "rejected": 0,
             *       "approved": 0,
             *       "in-use": 0
             *     }
             */
            byStatus: {
                [key: string]: number;
            };
            /** @description A gate, or `none` for projects that are at no gate (in use, stopped, ...) */
            gate: string;
            /** @description Opened → completed; null for `none` */
            leadTime: components["schemas"]["LeadTimeDto"] | null;
            /** @description Open tasks that have climbed the escalation ladder */
            openEscalations: number;
            openTasks: number;
            /** @description Open tasks past their deadline (projects on hold excluded: their clock is stopped) */
            overdue: number;
            /** @description Projects whose current gate this is */
            projects: number;
        };
        PipelineReportDto: {
            department: string | null;
            departments: components["schemas"]["PipelineDepartmentDto"][];
            /** @description Registered → final decision, for decisions in the window */
            endToEnd: components["schemas"]["LeadTimeDto"];
            /** @description Open escalations, highest level first (at most 200) */
            escalations: components["schemas"]["PipelineEscalationDto"][];
            /** @description The five gates in order, then `none` */
            gates: components["schemas"]["PipelineGateDto"][];
            /** Format: date-time */
            generatedAt: string;
            /** @description Projects with a step that needs attention (a write PostgreSQL refused, or retries past their bound), longest waiting first (at most 200); the workflow retries on the next action and hourly */
            needsAttention: components["schemas"]["PipelineAttentionDto"][];
            totals: components["schemas"]["PipelineTotalsDto"];
            /** @description The lead-time window [from, to) */
            window: components["schemas"]["PipelineWindowDto"];
        };
        PipelineTotalsDto: {
            /**
             * @example {
             *       "active": 0,
             *       "on-hold": 0,
             *       "stopped": 0,
             *       "withdrawn": 0,
             *       "rejected": 0,
             *       "approved": 0,
             *       "in-use": 0
             *     }
             */
            byStatus: {
                [key: string]: number;
            };
            openEscalations: number;
            openTasks: number;
            overdue: number;
            projects: number;
        };
        PipelineWindowDto: {
            from: string;
            to: string;
        };
        PolicyActivationDetailsDto: {
            /** Format: date-time */
            activatedAt: string;
            activatedBy: components["schemas"]["ActivationActorDto"];
            delivered: components["schemas"]["ActivationDeliveryDto"];
            /** Format: uuid */
            id: string;
            policy: components["schemas"]["ActivationPolicyRefDto"];
            projects: components["schemas"]["ActivationProjectPageDto"];
            /** @description Why (null for an activation through /policy/versions) */
            reason: string | null;
            /**
             * @description What the CIO office chose for the running projects
             * @enum {string}
             */
            reroute: "none" | "affected" | "all";
            /** @description Projects selected for a new quick-scan */
            selected: number;
            /**
             * @description delivering while a selected project was not asked yet
             * @enum {string}
             */
            state: "delivering" | "done";
            /** @description Running projects per what-if verdict under the new version, at the moment of activation */
            tally: {
                [key: string]: number;
            };
        };
        PolicyActivationDto: {
            /** Format: date-time */
            activatedAt: string;
            activatedBy: components["schemas"]["ActivationActorDto"];
            delivered: components["schemas"]["ActivationDeliveryDto"];
            /** Format: uuid */
            id: string;
            policy: components["schemas"]["ActivationPolicyRefDto"];
            /** @description Why (null for an activation through /policy/versions) */
            reason: string | null;
            /**
             * @description What the CIO office chose for the running projects
             * @enum {string}
             */
            reroute: "none" | "affected" | "all";
            /** @description Projects selected for a new quick-scan */
            selected: number;
            /**
             * @description delivering while a selected project was not asked yet
             * @enum {string}
             */
            state: "delivering" | "done";
            /** @description Running projects per what-if verdict under the new version, at the moment of activation */
            tally: {
                [key: string]: number;
            };
        };
        PolicyActivationPageDto: {
            items: components["schemas"]["PolicyActivationDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PolicyRefDto: {
            id: string;
            version: number;
        };
        PreferencesDto: {
            /** @description true: tasks and reminders in one daily digest mail; escalations always come at once */
            digest: boolean;
            /**
             * @description Language of mails: nl (Dutch, the default) or en
             * @enum {string}
             */
            language: "nl" | "en";
        };
        PriorConsultationDto: {
            answer?: components["schemas"]["DpaAnswerDto"];
            /** @description The DPA extended its term (once, by 6 weeks) */
            extend?: boolean;
        };
        PriorConsultationStateDto: {
            answer: string | null;
            /** Format: date-time */
            dueAt: string;
            extended: boolean;
            /** Format: date-time */
            startedAt: string;
        };
        /**
         * @description Probleemdetails volgens RFC 9457: de body van elke foutmelding (application/problem+json). / RFC 9457 problem details: the body of every error.
         * @example {
         *       "type": "https://waardenpoort.enschede.nl/problems/validation",
         *       "title": "Validation failed",
         *       "status": 400,
         *       "detail": "The request has invalid fields.",
         *       "instance": "/api/v1/projects",
         *       "errors": [
         *         {
         *           "field": "title",
         *           "messages": [
         *             "title must be longer than or equal to 3 characters"
         *           ]
         *         }
         *       ]
         *     }
         */
        Problem: {
            /**
             * Format: uuid
             * @description For an unexpected error (500): quote it when reporting the problem
             */
            correlationId?: string;
            /** @description What was wrong with this request */
            detail: string;
            /** @description For invalid input: each field that was wrong, and why */
            errors?: {
                field: string;
                messages: string[];
            }[];
            /** @description For a task someone else holds: who has it */
            heldBy?: {
                /** @enum {string} */
                kind: "claimed" | "delegated";
                name: string;
                sub: string;
            };
            /** @description The path of the request */
            instance?: string;
            /** @description The HTTP status code */
            status: number;
            /** @description The kind of problem in a few words */
            title: string;
            /**
             * Format: uri
             * @description The kind of problem, one address per kind
             */
            type: string;
        };
        ProjectDecisionDto: {
            adviceResponses: components["schemas"]["AdviceAnswerDto"][];
            /** Format: date-time */
            at: string;
            by: components["schemas"]["PersonRefDto"];
            conditions: string[];
            /** @enum {string} */
            outcome: "approved" | "approved-with-conditions" | "rejected" | "returned";
            rationale: string;
            /** @enum {string|null} */
            returnTo: "quick-scan" | "dpia" | "commission-reflection" | "portfolio-decision" | "publication" | "council-information" | null;
        };
        ProjectPageDto: {
            items: components["schemas"]["ProjectResponseDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ProjectResponseDto: {
            /** @description Advice the decision must answer (comply or explain) */
            advices: components["schemas"]["AdviceDto"][];
            /** @description A step the workflow could not complete by itself (PostgreSQL refused a write, or an activity reached the bound of its retries): activity, since, reason, sqlstate, failures, parkedEventIds. Retried on the next action and hourly; null when all is well */
            attention: components["schemas"]["AttentionDto"] | null;
            caseOwner: components["schemas"]["PersonDto"];
            commission?: components["schemas"]["CommissionDto"] | null;
            /** @enum {string|null} */
            currentGate: "quick-scan" | "dpia" | "commission-reflection" | "portfolio-decision" | "publication" | "council-information" | null;
            /** @description Re-evaluation and amendment cycles so far */
            cycle: number;
            decision?: components["schemas"]["ProjectDecisionDto"] | null;
            department: string;
            gates: components["schemas"]["GateResponseDto"][];
            /** Format: date-time */
            heldAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            nextDeadline: string | null;
            /** @description Open tasks, most urgent first */
            openTasks: components["schemas"]["TaskResponseDto"][];
            /** Format: date */
            plannedStart: string;
            /** @description The policy version the project is pinned to */
            policy: components["schemas"]["PolicyRefDto"] | null;
            priorConsultation?: components["schemas"]["PriorConsultationStateDto"] | null;
            /** @description A re-assessment under way (after a re-routing activation, an amendment or a re-evaluation): the new quick-scan decides which gates reopen; null when none is */
            reassessment?: components["schemas"]["ReassessmentDto"] | null;
            /** Format: date-time */
            registeredAt: string;
            /** @enum {string|null} */
            riskLevel: "low" | "medium" | "high" | null;
            /** @description The quick-scan route with every reason and its source */
            route?: components["schemas"]["RouteDto"] | null;
            /** @enum {string} */
            status: "active" | "on-hold" | "stopped" | "withdrawn" | "rejected" | "approved" | "in-use";
            statusLabel: components["schemas"]["LabelDto"];
            summary: string;
            technologies: string[];
            /** @description Reminders, escalations and other timers: upcoming and recently fired */
            timers: components["schemas"]["TimerDto"][];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example project-0f8fad5b-d9cb-469f-a165-70867728950e */
            workflowId: string;
        };
        PublicDecisionDto: {
            /** Format: date-time */
            decidedAt: string;
            /** @enum {string} */
            outcome: "approved" | "approved-with-conditions" | "rejected" | "returned";
        };
        PublicMapDto: {
            /** @description The background map (PUBLIC_MAP_TILE_URL, PUBLIC_MAP_ATTRIBUTION); null: none is configured */
            tiles: components["schemas"]["PublicMapTilesDto"] | null;
        };
        PublicMapTilesDto: {
            /**
             * @description The attribution the tiles need, plain text
             * @example Kaartgegevens © Kadaster
             */
            attribution: string;
            /**
             * @description Tile URL template (https) with {z}, {x} and {y}, as Leaflet takes it
             * @example https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png
             */
            urlTemplate: string;
        };
        PublicReflectionDto: {
            /** @description The decision that followed, once public: after the council was informed, or, when the route needs no council information, once it is recorded. Never its rationale. */
            decision: components["schemas"]["PublicDecisionDto"] | null;
            department: string;
            /**
             * Format: uuid
             * @description The public id of the publication (not the project id)
             */
            id: string;
            /** @description The commission's observations, as recorded */
            observations: string;
            /** @description An introduction for the public */
            publicSummary: string | null;
            /**
             * Format: date-time
             * @description When it was released for publication
             */
            publishedAt: string;
            /** @description The question put to the commission */
            question: string;
            /** @description The commission's recommendations, as recorded */
            recommendations: string[];
            /**
             * Format: date-time
             * @description When the commission recorded its reflection
             */
            reflectedAt: string;
            /** @description The project's title */
            title: string;
        };
        PublicReflectionPageDto: {
            items: components["schemas"]["PublicReflectionDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PutDepartmentDto: {
            /** @description false: deactivated (kept with its history); default true */
            active?: boolean;
            /** @description Subjects of the deputies (not the head) */
            deputySubs: string[];
            /** @description Subject of the head: a person in the directory; null: no head (escalations go to the CIO office) */
            headSub: string | null;
            /** @example Public Space */
            nameEn: string;
            /** @example Openbare Ruimte */
            nameNl: string;
            /** @description Why: kept with the version and in the audit trail */
            reason: string;
            /** @description The version this change is based on (0 for a new department); another stored version: 409 */
            version: number;
        };
        QuestionsDto: {
            questions: string[];
        };
        QuickScanDto: {
            /**
             * @description Answers keyed by question id (see GET /api/v1/policy)
             * @example {
             *       "personal-data": false
             *     }
             */
            answers: Record<string, never>;
            /** @description Do a DPIA also when the quick-scan only recommends one */
            dpiaOptIn?: boolean;
        };
        ReasonDto: {
            reason: string;
        };
        ReasonSourceDto: {
            citation: string;
            id: string;
            /** @enum {string} */
            kind: "law" | "regulator" | "guidance" | "local-policy";
            pinpoint?: string;
            title: components["schemas"]["LabelDto"];
            url?: string;
        };
        ReassessmentDto: {
            /** @description The policy activation that asked for it */
            activationId: string | null;
            /** @description The version the route being compared was evaluated on */
            fromPolicy: components["schemas"]["PolicyRefDto"];
            /**
             * @description Waiting for the policy in force to be read, or for the new quick-scan
             * @enum {string}
             */
            phase: "loading-policy" | "quick-scan";
            /** Format: date-time */
            requestedAt: string;
            /** @enum {string} */
            trigger: "policy-activation" | "amendment" | "reevaluation" | "rule-in-force";
        };
        ReflectionDto: {
            /** @description Publish the reflection on the municipal website */
            publish: boolean;
            recommendations: string[];
            summary: string;
        };
        ReflectionPublicationDto: {
            /** @description An introduction for the public page */
            publicSummary?: string;
            /** @description The question put to the commission, in words fit for the public */
            question: string;
        };
        ReflectionPublicationStateDto: {
            /** @description The released reflection (an advice id of kind commission-reflection) */
            adviceId: string;
            /** Format: date-time */
            publishedAt: string;
            /**
             * Format: date-time
             * @description Set when the release was withdrawn from the public pages
             */
            withdrawnAt: string | null;
        };
        ReflectionPublicationWithdrawalDto: {
            /** @description Why the publication is withdrawn (recorded in the audit trail) */
            reason: string;
        };
        RegisterEntriesDto: {
            /**
             * @description Algorithm register entry, publication standard 1.0 field names (docs/schemas/algoritmeregister-1.0.schema.json). status, source_id and publication_category are set from the case.
             * @example {
             *       "name": "Voorspellen van onderhoud aan bruggen",
             *       "organization": "Gemeente Enschede",
             *       "description_short": "Een algoritme schat in welke bruggen als eerste onderhoud nodig hebben.",
             *       "category": [
             *         "Ruimte en infrastructuur",
             *         "Verkeer"
             *       ],
             *       "status": "In gebruik",
             *       "begin_date": "2026-03",
             *       "contact_email": "algoritmeregister@enschede.nl",
             *       "website": "https://www.enschede.nl/bruggen",
             *       "publication_category": "Impactvolle algoritmes",
             *       "goal": "<p>Onderhoud plannen voordat een brug gebreken krijgt.</p><ul><li>veiligheid</li><li>kosten</li></ul>",
             *       "human_intervention": "<p>Een inspecteur beoordeelt elke voorspelling.</p>",
             *       "lawful_basis_grouping": [
             *         {
             *           "title": "Wegenwet",
             *           "link": "https://wetten.overheid.nl/BWBR0001856"
             *         }
             *       ],
             *       "impacttoetsen_grouping": [
             *         {
             *           "title": "Data Protection Impact Assessment (DPIA)"
             *         }
             *       ],
             *       "provider": "Intern ontwikkeld",
             *       "source_id": "00000000-0000-4000-8000-000000000001"
             *     }
             */
            algorithm?: {
                [key: string]: unknown;
            };
            /**
             * @description Sensor register entry (docs/schemas/sensorregister-1.0.schema.json); location is GeoJSON.
             * @example {
             *       "name": "Drukte meten op de Oude Markt",
             *       "sensor_type": "Wifi- of bluetoothteller",
             *       "organization": "Gemeente Enschede",
             *       "contact_email": "https://www.enschede.nl/sensoren",
             *       "personal_data": false,
             *       "purpose": "Drukte meten om evenementen veilig te laten verlopen.",
             *       "legal_ground": "Gemeentewet art. 160",
             *       "status": "In gebruik",
             *       "active_until": "2027-12-31",
             *       "mobility": "Vast",
             *       "location": {
             *         "type": "Point",
             *         "coordinates": [
             *           6.8937,
             *           52.2215
             *         ]
             *       },
             *       "source_id": "00000000-0000-4000-8000-000000000002"
             *     }
             */
            sensor?: {
                [key: string]: unknown;
            };
        };
        ReviewRegisterEntriesDto: {
            /**
             * @description Publish the entries, or return them to the case owner
             * @enum {string}
             */
            outcome: "publish" | "return";
            /** @description Required when returning: what the case owner must change */
            remarks?: string;
        };
        RouteDto: {
            /** @description The quick-scan answers, by question id */
            answers: {
                [key: string]: boolean | number | string | string[];
            };
            /** Format: date-time */
            decidedAt: string;
            dpiaOptIn: boolean;
            outcome: components["schemas"]["RouteOutcomeDto"];
        };
        RouteOutcomeDto: {
            /** @enum {string} */
            aiActClass: "not-applicable" | "minimal" | "limited" | "high-risk" | "prohibited";
            /** @enum {string} */
            algorithmRegister: "none" | "C" | "B" | "A";
            /** @enum {string} */
            commission: "optional" | "required";
            /** @enum {string} */
            council: "optional" | "required";
            /** @enum {string} */
            dpia: "not-required" | "recommended" | "required";
            /** @enum {string} */
            iama: "not-recommended" | "recommended";
            policy: components["schemas"]["PolicyRefDto"];
            /** @description Every rule that fired, in policy order */
            reasons: components["schemas"]["RouteReasonDto"][];
            /** @enum {string} */
            riskLevel: "low" | "medium" | "high";
            sensorRegister: boolean;
        };
        RouteReasonDto: {
            /** @description What the rule raised */
            effects: {
                [key: string]: unknown;
            };
            reasonId: string;
            ruleId: string;
            source: components["schemas"]["ReasonSourceDto"];
            text: components["schemas"]["LabelDto"];
        };
        SignInConfigDto: {
            /** @description The dashboard's client id at the provider */
            clientId?: string;
            /** @description The provider (discovery at <issuer>/.well-known/openid-configuration) */
            issuer?: string;
            /**
             * @description oidc: the municipality's identity provider (OpenID Connect, authorization code with PKCE); development: the dev sign-in as any role (dev mode only); token: a bearer token pasted or sent by a client
             * @enum {string}
             */
            method: "oidc" | "development" | "token";
            /** @description Post-logout redirect URI path (on this origin) to register at the provider */
            postLogoutPath?: string;
            /** @description Redirect URI path (on this origin) to register at the provider */
            redirectPath?: string;
            /** @description RFC 8707 resource indicator, if the provider uses one */
            resource?: string | null;
            /** @description The scopes asked for, space-separated */
            scope?: string;
        };
        SubmitRegisterEntriesDto: {
            /** @description One entry per register the route names */
            entries: components["schemas"]["RegisterEntriesDto"];
        };
        SubmittedDocumentDto: {
            /** @example corsa://2027/EC-0042 */
            reference: string;
            /** @description SHA-256 of the document, 64 lowercase hex characters */
            sha256: string;
            title?: string;
        };
        TaskAssignmentResponseDto: {
            /** @description Who has the task now; null: nobody */
            heldBy: components["schemas"]["TaskHolderDto"] | null;
            taskId: string;
        };
        TaskHolderDto: {
            byName: string;
            /** @description Who claimed or delegated it */
            bySub: string;
            /** @enum {string} */
            kind: "claimed" | "delegated";
            name: string;
            /** @description Why it was delegated */
            reason: string | null;
            /** Format: date-time */
            since: string;
            sub: string;
        };
        TaskProjectDto: {
            department: string;
            /** Format: uuid */
            id: string;
            title: string;
        };
        TaskResponseDto: {
            /** @enum {string} */
            assigneeRole: "case-owner" | "privacy-officer" | "dpo" | "ethics-secretary" | "portfolio-holder" | "council-liaison" | "department-head" | "cio-office" | "auditor";
            assigneeSub?: string | null;
            /** Format: date-time */
            dueAt: string | null;
            escalationLevel: number;
            /** @enum {string} */
            gate: "quick-scan" | "dpia" | "commission-reflection" | "portfolio-decision" | "publication" | "council-information";
            /** @description Who has the task: its claimant, or the colleague it was delegated to; null when nobody holds it */
            heldBy?: components["schemas"]["TaskHolderDto"] | null;
            id: string;
            label: components["schemas"]["LabelDto"];
            /** Format: date-time */
            openedAt: string;
            overdue: boolean;
            /** @description Present in the task inbox */
            project?: components["schemas"]["TaskProjectDto"];
            /** @enum {string|null} */
            step: "answer-quick-scan" | "submit-dpia" | "dpo-advice" | "prior-consultation" | "schedule-meeting" | "await-meeting" | "submit-documents" | "answer-questions" | "record-reflection" | "decide" | "prepare-register-entry" | "publish-register-entry" | "inform-council" | null;
        };
        TimerDto: {
            /** Format: date-time */
            at: string;
            fired: boolean;
            /** @enum {string|null} */
            gate: "quick-scan" | "dpia" | "commission-reflection" | "portfolio-decision" | "publication" | "council-information" | null;
            id: string;
            /** @enum {string} */
            kind: "reminder" | "escalation" | "statutory-term" | "meeting" | "reevaluation" | "submission-deadline" | "rule-in-force";
            /** @description Escalation step (1, 2, ...) or reminder number */
            level: number;
            /** @description Absent for a reader without the `people` fields */
            recipientSub?: string | null;
            /** @enum {string} */
            role: "case-owner" | "privacy-officer" | "dpo" | "ethics-secretary" | "portfolio-holder" | "council-liaison" | "department-head" | "cio-office" | "auditor";
            /** @description The rule that comes into force (kind `rule-in-force` only) */
            ruleId?: string;
            /** @enum {string|null} */
            step: "answer-quick-scan" | "submit-dpia" | "dpo-advice" | "prior-consultation" | "schedule-meeting" | "await-meeting" | "submit-documents" | "answer-questions" | "record-reflection" | "decide" | "prepare-register-entry" | "publish-register-entry" | "inform-council" | null;
        };
        UpdateMeetingDto: {
            /** @description Less than the cases on it: the cases placed last move to the next meeting */
            capacity?: number;
            location?: string;
            onlineUrl?: string;
            /** @description Why the meeting changes (audit trail, and the mail to moved cases) */
            reason: string;
            /**
             * Format: date-time
             * @example 2027-05-19T19:00:00+02:00
             */
            startsAt?: string;
            /** @description The version the change is meant for; refused (409) when it moved on */
            version?: number;
        };
        WebhookAttemptDto: {
            attempt: number;
            /** Format: date-time */
            attemptedAt: string;
            durationMs: number;
            /** @description One of: timeout, refused-address (the target resolved to an address webhooks may not reach), dns-failed, connection-failed, tls-failed, secret-unavailable, http-<status>. Never the network error text. */
            error: string | null;
            /** @enum {string} */
            outcome: "succeeded" | "failed";
            statusCode: number | null;
        };
        WebhookDeliveryDto: {
            attempts: number;
            /** @description The JSON body as sent */
            body: Record<string, never>;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** @description The audit event reported */
            eventId: string;
            eventType: string;
            /** @description Also sent as X-Waardenpoort-Delivery; the same on every retry */
            id: string;
            /** @description One of: timeout, refused-address (the target resolved to an address webhooks may not reach), dns-failed, connection-failed, tls-failed, secret-unavailable, http-<status>. Never the network error text. */
            lastError: string | null;
            lastStatusCode: number | null;
            /** @description Every attempt, oldest first */
            log: components["schemas"]["WebhookAttemptDto"][];
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
        };
        WebhookDto: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description Set once the subscription is deleted
             */
            deletedAt: string | null;
            description: string | null;
            eventTypes: ("project.registered" | "gate.opened" | "gate.completed" | "reminder" | "escalation" | "decision" | "project.stopped" | "project.withdrawn")[];
            id: string;
            targetUrl: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description De volledige versie van de API (Semantic Versioning) / the full version of the API */
        "API-Version": string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    DossierController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { ok, complete, projects, events, firstBroken: null | { projectId, seq, eventId, reason, witness? }, witnesses: { workflows: { asked, heads, unanswered, error }, checkpoints: { count, keyId, latest, broken } } } */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SignInConfigController_signInConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How the dashboard signs in here */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInConfigDto"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarFeedReadController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar (RFC 5545): open deadlines and commission meetings */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No working feed at this address (application/problem+json) */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit per client address reached; see Retry-After */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommissionMeetingsController_list: {
        parameters: {
            query?: {
                /** @description Meetings from this instant on (ISO 8601) */
                from?: string;
                status?: "planned" | "held" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Earliest first */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"][];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommissionMeetingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingDto"];
            };
        };
        responses: {
            /** @description Planned; its submission deadline follows from the policy */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only the ethics secretary keeps the calendar */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In the past, or neither a location nor an online URL */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommissionMeetingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommissionMeetingsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeetingDto"];
            };
        };
        responses: {
            /** @description The meeting, and the cases that moved (less capacity) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingChangeDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Held or cancelled, or another version (application/problem+json) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommissionMeetingsController_agenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting's agenda */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingAgendaDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommissionMeetingsController_export: {
        parameters: {
            query?: {
                /** @description csv (default): the agenda; ics: the meeting */
                format?: "csv" | "ics";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agenda as CSV (default) or the meeting as iCalendar (?format=ics) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommissionMeetingsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingReasonDto"];
            };
        };
        responses: {
            /** @description Cancelled; its cases moved to the next meeting with room */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingChangeDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already held or cancelled (application/problem+json) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommissionMeetingsController_held: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingReasonDto"];
            };
        };
        responses: {
            /** @description Marked as held; the reflections are recorded per case */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already held or cancelled (application/problem+json) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DevTokenController_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevTokenDto"];
            };
        };
        responses: {
            /** @description A development token (not available in production) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevTokenResponseDto"];
                };
            };
            /** @description Invalid fields, listed in `errors` (application/problem+json) */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Tokens come from the identity provider here */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsController_stream: {
        parameters: {
            query?: never;
            header?: {
                /** @description Resume after this event id */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream: `event: project`, `data: {id, status, currentGate, version}` */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MailController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only mail whose recipient contains this text (an address, a name) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Caught mail, newest first */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaughtMailDto"][];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller as the person directory knows them */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponseDto"];
                };
            };
            /** @description No valid bearer token (application/problem+json) */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AbsencesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's absences that have not ended, and those they stand in for */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceDto"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AbsencesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAbsenceDto"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbsenceDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The period overlaps another absence of yours (absence-overlaps) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A period that is not sane, or a substitute without your roles */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AbsencesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; tasks and mail are the caller's own again */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller has no absence with this id */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarFeedController_state: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's feed address: whether it works, when made and last read */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedStateDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarFeedController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new address; the previous one no longer works */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedIssuedDto"];
                };
            };
            /** @description A field was sent; this takes none (application/problem+json) */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarFeedController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked: the address no longer works */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There was no working address (application/problem+json) */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_setPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesDto"];
            };
        };
        responses: {
            /** @description Stored; the next mail follows them */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponseDto"];
                };
            };
            /** @description Invalid fields, listed in `errors` (application/problem+json) */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (application/problem+json) */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommissionMonitoringController_figures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The commission's meeting figures */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionMonitoringDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The CIO office, auditors and the ethics secretary see these figures */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PipelineController_report: {
        parameters: {
            query?: {
                /** @description Only this department */
                department?: string;
                /** @description csv: the gate table as CSV (also with Accept: text/csv) */
                format?: "json" | "csv";
                /** @description Start of the lead-time window (inclusive): a date (UTC) or an ISO 8601 date-time with offset. Default: 365 days before `to`. */
                from?: string;
                /** @description End of the lead-time window: a date includes that whole day (UTC); a date-time is exclusive. Default: now. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pipeline: projects per gate, lead times, escalations */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineReportDto"];
                    "text/csv": components["schemas"]["PipelineReportDto"];
                };
            };
            /** @description A window bound that is not a date, or an empty or too long window */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only the CIO office and auditors see the pipeline */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every department, deactivated ones included, by id */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDto"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current version; its ETag is the version */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such department */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutDepartmentDto"];
            };
        };
        responses: {
            /** @description The new version (the same when nothing changed) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDto"];
                };
            };
            /** @description Invalid fields, listed in `errors` (application/problem+json) */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `version` is not the stored version: reload and try again */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationController_deactivate: {
        parameters: {
            query?: never;
            header: {
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated: escalations of its projects go to the CIO office */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such department */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the stored version */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version, newest first, with who, when, why, source */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDto"][];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such department */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PeopleController_withRole: {
        parameters: {
            query: {
                role: "case-owner" | "privacy-officer" | "dpo" | "ethics-secretary" | "portfolio-holder" | "council-liaison" | "department-head" | "cio-office" | "auditor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description People with this role, by name */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColleagueDto"][];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A role the caller does not have */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PolicyController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy in force, with its questionnaire, rules and gate timing */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PolicyActivationController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every activation, newest first: the choice, who, when, the tally and the delivery */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyActivationPageDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PolicyActivationController_activate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivatePolicyDto"];
            };
        };
        responses: {
            /** @description reroute none: stored and in force; no project moves */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyActivationDto"];
                };
            };
            /** @description Stored and in force; the re-assessment requests to the selected projects are being delivered */
            202: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyActivationDto"];
                };
            };
            /** @description reroute or reason missing or invalid */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only the CIO office activates a policy */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The version is not newer than the highest so far */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The policy is invalid; `errors` lists each problem with its path */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PolicyActivationController_one: {
        parameters: {
            query?: {
                /** @description csv: every selected project (also Accept: text/csv) */
                format?: "json" | "csv";
                /** @description Language of the CSV headers and labels (nl) */
                lang?: "nl" | "en";
                /** @description Page of the selected projects (project id order) */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activation and a page of its selected projects (verdict, where the request stands, a refusal with its code). CSV (`?format=csv` or `Accept: text/csv`): every selected project, headers in Dutch or English */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyActivationDetailsDto"];
                    "text/csv": components["schemas"]["PolicyActivationDetailsDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such activation */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PolicyController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version that was in force, newest first */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PolicyController_activate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A complete policy document (the JSON form of policy/*.yaml) */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Stored and in force for new projects, re-evaluations and amendments */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only the CIO office activates a policy */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The version is not newer than the highest so far */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The policy is invalid; `errors` lists each problem with its path */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PolicyController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One stored version, whole */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such version */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WhatIfController_whatIf: {
        parameters: {
            query?: {
                /** @description csv: one row per affected project (also Accept: text/csv) */
                format?: "json" | "csv";
                /** @description Language of the CSV headers and labels (nl) */
                lang?: "nl" | "en";
                /** @description The day (YYYY-MM-DD: from the start of that day in Europe/Amsterdam) or instant with its offset on which the draft is evaluated: its rules dated later do not fire (default: now). The current routes stay as recorded. */
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A draft policy document (the JSON form of policy/*.yaml) */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description JSON: `draft`, `on` (the instant evaluated on), `projects` (each project whose route would change or that needs a new quick-scan: the dimensions from → to, the rules that would start or stop firing, the gates that would open or close, the answers missing) and `totals` (per verdict, dimension, gate, rule and department; `rulesComingIntoForce`: the draft's rules dated after `on`, with the instant each applies from). CSV (`?format=csv` or `Accept: text/csv`): one line per such project, headers in Dutch or with `?lang=en` in English */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only the CIO office drafts policy */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The draft is invalid; `errors` lists each problem with its path */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database did not answer before anything was sent */
            503: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectsController_list: {
        parameters: {
            query?: {
                currentGate?: "quick-scan" | "dpia" | "commission-reflection" | "portfolio-decision" | "publication" | "council-information";
                department?: string;
                page?: number;
                pageSize?: number;
                status?: "active" | "on-hold" | "stopped" | "withdrawn" | "rejected" | "approved" | "in-use";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects the caller may read (READ_SCOPE: own and acted-on projects, the department, DPIA projects, projects before the commission, or all), each trimmed to the field groups the caller may read (absent fields) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPageDto"];
                };
            };
            /** @description Invalid filter or paging parameters */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (application/problem+json) */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters); a retry with the same key returns the same project */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            /** @description Registered; the workflow has started */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid fields, listed in `errors` (application/problem+json) */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (application/problem+json) */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only a case owner registers projects */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with another body */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporal unreachable; nothing registered */
            503: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description The id is not a UUID */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (application/problem+json) */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project, or one outside the caller's read scope (the same answer) */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_amend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit timeline of the project, oldest first */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryDto"][];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project, or one outside the caller's read scope */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_agenda: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgendaDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_answers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswersDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_documents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommissionDocumentsDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_questions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionsDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_reflection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReflectionDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_requestReflection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_council: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CouncilInformationDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CouncilLetterController_councilLetter: {
        parameters: {
            query?: {
                /** @description Overrides the Accept header: docx (Word, to edit) or pdf */
                format?: "docx" | "pdf";
                /** @description The language of the letter */
                lang?: "nl" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft letter as an attachment: the project, the route and the rules with their sources, each advice and how the decision answered it, the decision and its conditions, in the words of the council letter template of the policy version in force (named in the footer and the document properties). Drawn from the project as the caller may read it (READ_SCOPE): advice the caller may not read is left out, and the letter says so. */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description The id is not a UUID, or format/lang is not one of the values */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (application/problem+json) */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only the council liaison, CIO office, portfolio holder, auditor and case owner draft the letter */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project, or one outside the caller's read scope (the same answer) */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header allows neither docx nor PDF */
            406: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description council-information-not-required: the route does not require informing the council; no-decision-yet: there is no decision to report; no-council-letter-template: the policy in force has no councilLetter section */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_decision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DossierController_dossier: {
        parameters: {
            query?: {
                format?: "json" | "html";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project, its Temporal ids, its policy version and its whole verified trail */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_dpia: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DpiaDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_dpoAdvice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DpoAdviceDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_priorConsultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriorConsultationDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_hold: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_quickScan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuickScanDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReflectionPublicationController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReflectionPublicationDto"];
            };
        };
        responses: {
            /** @description Recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the ethics secretary, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No reflection recorded, recorded as not for publication, already published (or, to withdraw, not published), or the project is closed */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReflectionPublicationController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReflectionPublicationWithdrawalDto"];
            };
        };
        responses: {
            /** @description Recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the ethics secretary, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No reflection recorded, recorded as not for publication, already published (or, to withdraw, not published), or the project is closed */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistersController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registers the route names, a draft from the case, and every stored version */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project, or one outside the caller's read scope (the same answer) */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistersController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitRegisterEntriesDto"];
            };
        };
        responses: {
            /** @description Submitted for review by the CIO office */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description An entry breaks the standard: every issue field by field, in Dutch and English */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the case owner of this project */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The register task is not open */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistersController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewRegisterEntriesDto"];
            };
        };
        responses: {
            /** @description Published, or returned to the case owner */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the CIO office, or the case owner or submitter of this project */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing submitted to review */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RouteProofController_routeProof: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { projectId, verdict: holds | differs | incomplete | none, verdictLabel, findings, quickScans: [{ eventId, seq, action: quick-scan-submitted | route-reassessed (a dated rule came into force), ruleInForce, occurredAt, evaluatedAt (the moment it is proved on), actor, runId, policy: { id, version }, verdict, verdictLabel, dimensions: [{ dimension, recorded, recomputed, equal }], firedRules: { recorded, recomputed }, findings: [{ kind, ..., text: { nl, en } }] }] } */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GatesController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (at most 200 printable characters), per person and project. It becomes the Temporal Update id, so a retry never applies the action twice, and a retry with the same key gets the first answer (the same status and body); the same key with another action or body is 422 idempotency-key-reused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Accepted and recorded; the project as it now stands */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing role, or segregation of duties */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such project */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The gate or step is not open for this action, the project is closed, or a repeatable action reached the policy's limit (limit-reached) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payload is incomplete for this action */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicMapController_map: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public map's settings: its background map */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicMapDto"];
                };
            };
            /** @description Rate limit per client address reached; see Retry-After */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Search in title, question, observations, recommendations */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published reflections, newest first */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReflectionPageDto"];
                };
            };
            /** @description A query parameter is out of range */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit per client address reached; see Retry-After */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicController_atom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0 feed of the newest published reflections */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Rate limit per client address reached; see Retry-After */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One published reflection */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReflectionDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No published reflection with this id (never released, or withdrawn) */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit per client address reached; see Retry-After */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicRegistersController_algorithms: {
        parameters: {
            query?: {
                /** @description Instead of the Accept header */
                format?: "json" | "csv" | "geojson";
                /** @description Search in the published entries' texts (case-insensitive, accents ignored) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published algorithm register (publication standard 1.0, docs/schemas/algoritmeregister-1.0.schema.json): one entry per project with its version history; `?format=csv` or `Accept: text/csv` for CSV in the column order; `q` searches the entries */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A query parameter is not allowed */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit per client address reached; see Retry-After */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicRegistersController_sensors: {
        parameters: {
            query?: {
                /** @description Instead of the Accept header */
                format?: "json" | "csv" | "geojson";
                /** @description Search in the published entries' texts (case-insensitive, accents ignored) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published sensor register (docs/schemas/sensorregister-1.0.schema.json); CSV, or a GeoJSON FeatureCollection with `Accept: application/geo+json` or `?format=geojson`; `q` searches the entries */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A query parameter is not allowed */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit per client address reached; see Retry-After */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PolicyController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateQuickScanDto"];
            };
        };
        responses: {
            /** @description The outcome, every rule that fired with its source, and the questions shown */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Answers missing or invalid; `errors` names each question */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistersController_algorithms: {
        parameters: {
            query?: {
                /** @description Instead of the Accept header */
                format?: "json" | "csv" | "geojson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published algorithm register entries (publication standard 1.0, docs/schemas/algoritmeregister-1.0.schema.json), one per project with its version history; `?format=csv` or `Accept: text/csv` for CSV in the column order */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistersController_sensors: {
        parameters: {
            query?: {
                /** @description Instead of the Accept header */
                format?: "json" | "csv" | "geojson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published sensor register entries (docs/schemas/sensorregister-1.0.schema.json); CSV, or a GeoJSON FeatureCollection with `Accept: application/geo+json` or `?format=geojson` */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TasksController_inbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open tasks for the caller, most urgent first, of the projects the caller may read: their role tasks, those addressed to them, to a colleague they stand in for (absence), or delegated to them; with who holds each */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponseDto"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TaskExportController_inboxCsv: {
        parameters: {
            query?: {
                /** @description Language of the column headers and labels (nl) */
                lang?: "nl" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s open tasks as CSV, UTF-8 with BOM, most urgent first; headers in Dutch, or English with ?lang=en */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown language or query field (application/problem+json) */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TaskAssignmentController_claim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recorded; who has the task now */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAssignmentResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller does not have the role of the task */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No open task with this id in a project the caller may read */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone else holds the task (task-claimed, task-delegated, naming them) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TaskAssignmentController_delegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelegateTaskDto"];
            };
        };
        responses: {
            /** @description Recorded; who has the task now */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAssignmentResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller does not have the role of the task */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No open task with this id in a project the caller may read */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone else holds the task (task-claimed, task-delegated, naming them) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TaskAssignmentController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recorded; who has the task now */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAssignmentResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller does not have the role of the task */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No open task with this id in a project the caller may read */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone else holds the task (task-claimed, task-delegated, naming them) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TaskAssignmentController_undelegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recorded; who has the task now */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAssignmentResponseDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller does not have the role of the task */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No open task with this id in a project the caller may read */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Someone else holds the task (task-claimed, task-delegated, naming them) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TaskExportController_department: {
        parameters: {
            query?: {
                /** @description csv: the list as CSV (also with Accept: text/csv) */
                format?: "json" | "csv";
                /** @description Language of the column headers and labels (nl) */
                lang?: "nl" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open tasks of the caller's departments */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentTasksDto"];
                    "text/csv": components["schemas"]["DepartmentTasksDto"];
                };
            };
            /** @description An unknown format, language or query field (application/problem+json) */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only department heads have a department view */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Subscriptions that are not deleted, oldest first */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description The subscription, with its secret (shown only now) */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription, or deleted already */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deliveries, newest first, each with all its attempts */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"][];
                };
            };
            /** @description Invalid input: a path, query or body field is missing or wrong */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL, Temporal and the worker are up. Anonymous callers get only `{"status"}`; a token with the role cio-office or auditor, or the metrics token, also gets `checks` (per component: status, error, pollers). */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unexpected failure; the problem carries a correlation id */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description At least one of them is down */
            503: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
