// Generated from libs/domain/src/texts/nl/public-pages.ts by `npm run generate:dashboard`; do not edit.
/**
 * The texts of the dashboard's public pages in Dutch: the overview, the Ethics Commission's published reflections,
 * the algorithm and sensor registers and the sensor map, for visitors who are not signed in.
 */
export declare const publicPages: {
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
        /** `{format}`: JSON, CSV or GeoJSON. */
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
        /** `{name}`: the entry's name. */
        allDetails: string;
        versions: string;
        /** `{status}`: the register's own status value, as published. */
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
        /** `{n}` sensors on the map of the `{listed}` in the list. */
        some_one: string;
        some_other: string;
        keyboard: string;
        noBackground: string;
        /** `{attribution}`: as the deployment configured it. */
        attribution: string;
        zoomIn: string;
        zoomOut: string;
        close: string;
        yes: string;
        no: string;
        unknown: string;
    };
};
