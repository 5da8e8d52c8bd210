// Generated from openapi.yaml by `npm run api:types`. Do not edit.
export interface paths {
    "/initiatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published initiatives as GeoJSON
         * @description A GeoJSON FeatureCollection of published initiatives, newest first (or, with
         *     `sort=backers`, the most backed first). With
         *     `format=compact` the features are replaced by a flat array of
         *     `[id, longitude, latitude, themeIndex, phaseIndex]` tuples for large maps; the
         *     theme and phase keys are listed once in `themes` and `phases`. With `format=columns`
         *     (what the map downloads) each of id, longitude, latitude, theme and phase is one list
         *     of integers: ids and coordinates delta-coded (the first value, then each difference
         *     with the one before), coordinates in 1e-5 degrees (about a metre). Compressed, 100,000
         *     initiatives are about 0.65 MB in columns against 1.9 MB as tuples.
         */
        get: operations["listInitiatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-side clusters for a map view
         * @description Clusters of published initiatives for a bounding box and zoom level (Web Mercator
         *     zoom, 0 to 20), with counts and the zoom at which a cluster splits. Single
         *     initiatives come back as points. Filters (theme, phase, text) as on `GET /initiatives`.
         */
        get: operations["clusterInitiatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published initiative in detail */
        get: operations["getInitiative"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/{id}/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Initiatives near this one ("In de buurt")
         * @description Published initiatives its people might team up with: those in the same buurt, and those on
         *     the same theme within 3 km; nearest first, at most five. `distance` is in metres.
         */
        get: operations["listNearbyInitiatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Initiatives that look like an idea being typed ("Doe mee met dit initiatief")
         * @description What the idea form shows before sending, and the desk beside an idea: published
         *     initiatives with words in common with `text` (its title and description), on the same
         *     `theme`, close to `lat`/`lon`, so a resident can join one instead of starting a duplicate.
         *
         *     Words are compared as stems (lower case, no accents, no Dutch diminutive or plural ending;
         *     stop words left out; the first twelve count). Score: two points per word in common, two for
         *     the same theme, and with a place two within 500 m or one within 1,500 m; at least three
         *     points count, best first, at most five. With a place only initiatives within 5 km count,
         *     and one on the same theme within 1 km needs no word in common. Without a place the newest
         *     2,000 initiatives with a word in common are considered.
         *
         *     The question is not stored and not kept in any cache of this server (`private`).
         */
        get: operations["findSimilarInitiatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/{id}/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Follow an initiative by e-mail (a confirmation link is mailed first)
         * @description Nothing is sent about the initiative until the address is confirmed through the link in the mail; unconfirmed addresses are erased after 7 days. The answer is the same whether the address followed already or not, and a confirmation is not mailed again within the hour.
         */
        post: operations["followInitiative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/privacy-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * See or erase what the municipality keeps about your idea (AVG articles 15 and 17)
         * @description By the idea's reference and the e-mail address it was sent with. When both match, a link is mailed to that address (good for 48 hours); the page it opens asks first, then shows what is kept, or erases the name, address, phone, e-mail, photos and description. The answer is the same whether anything matched or not.
         */
        post: operations["requestPrivacy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/{id}/backers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Back an initiative ("Ik steun dit"); it counts once confirmed through the link mailed
         * @description The address is not stored: a keyed hash of it makes one address count once per initiative, and it is used once, for the confirmation mail (which also has the link to withdraw). Of the resident's address only the buurt code it lies in is sent, looked up in the browser; a buurt outside the initiative's municipality, or none, counts as "elsewhere". The answer is the same whether the address backs it already or not; submissions the abuse guards flag are answered alike and dropped.
         */
        post: operations["backInitiative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer to help ("Ik help mee"); passed on once confirmed through the link mailed
         * @description Once confirmed, the offer is mailed to the initiator when they agreed to receive offers, otherwise to the contact person for the initiative, who passes it on. The helper's name, address and message never appear in a public answer.
         */
        post: operations["offerHelp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mail/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page a confirmation link opens (a button, so mail scanners that open links confirm nothing) */
        get: operations["confirmPage"];
        put?: never;
        /** Confirm following, backing or an offer of help (the page's button) */
        post: operations["confirmFollowing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mail/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page the unsubscribe link in a mail's body opens */
        get: operations["unsubscribePage"];
        put?: never;
        /**
         * Unsubscribe in one click (RFC 8058 `List-Unsubscribe=One-Click`, or the page's button)
         * @description A follower is erased with their address; an initiator gets no more mail about their idea; a contact person gets no more notifications; a backer or helper withdraws, which erases the record. The token in the address decides, not the body.
         */
        post: operations["unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phase-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All phase models with their phases */
        get: operations["listPhaseModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phase-models/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One phase model */
        get: operations["getPhaseModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The themes initiatives are grouped by */
        get: operations["listThemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Area boundaries (gemeente, wijk, buurt) as GeoJSON */
        get: operations["listAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The contact person(s) for an area or a point
         * @description Give `area` (a CBS code; a buurt also finds its wijk and gemeente) or `lat` and
         *     `lon`. The most specific area with a contact wins; with `theme`, contacts for that
         *     theme come first. The municipality's central initiatives desk is always last, so
         *     there is always an answer.
         */
        get: operations["findContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideas/form-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A token that records when the resident opened the form
         * @description Sent back with `POST /ideas`; ideas sent too soon after it was issued are treated as spam.
         */
        get: operations["getFormToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an idea
         * @description Send an `Idempotency-Key` to make retries safe: the same key with the same body
         *     returns the stored response (also after a restart); the same key with another
         *     body is refused with 422; a second request while the first is still being
         *     handled gets 409.
         */
        post: operations["submitIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideas/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a photo for an idea that is still to be sent
         * @description The photo itself as the request body (JPEG or PNG, at most 5 MB). Location and other
         *     metadata are removed before it is stored. Name the returned `id` in the idea's
         *     `photos` within 24 hours; photos no idea claims are deleted after that. Photos are
         *     only shown to municipal staff.
         */
        post: operations["uploadIdeaPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracking/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a submitted idea stands
         * @description A reference whose check character does not match is a 422 (`reference-typo`: the resident mistyped). Unknown references all answer the same 404; a client that asks for 30 unknown ones within ten minutes waits (429), so references cannot be walked through.
         */
        get: operations["trackIdea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is alive (for liveness probes)
         * @description Also at `/healthz` on the server's root, where probes usually look. Never touches the database.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The instance can take traffic (for load balancers and readiness probes)
         * @description Also at `/readyz` on the server's root. Ready means the database answers, every migration is applied, and the instance is not draining: after SIGTERM it answers 503 for `BUURTKIT_DRAIN_SECONDS` (default 5) while it still serves, then stops accepting connections, finishes what is in flight and exits.
         */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OGC API - Features landing page
         * @description What the service offers, as links (`self`, `service-desc`, `conformance`, `data`).
         */
        get: operations["getOgcLanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/conformance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OGC conformance classes this service implements */
        get: operations["getOgcConformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The feature collections (one, `initiatives`) */
        get: operations["listOgcCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One feature collection */
        get: operations["getOgcCollection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published initiatives as GeoJSON features, by box, time and page
         * @description In id order, `limit` at a time (10 by default); `next` and `prev` links page on.
         *     `numberMatched` counts every match. `datetime` filters on when an initiative last changed:
         *     an instant or an interval (`2026-01-01T00:00:00Z/..`, `../2026-06-30T23:59:59Z`).
         */
        get: operations["listOgcItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/items/{featureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published initiative as a GeoJSON feature */
        get: operations["getOgcItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/initiatives.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every published initiative in one GeoJSON file
         * @description The download for those who want a file, with its licence and source in the file itself.
         */
        get: operations["getOpenDataGeojson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How staff sign in
         * @description Public: the desk asks this before sign-in. `oidc` is the municipality's OpenID provider (the desk signs in there with the authorization code flow and PKCE, as a public client, and sends the access token); `tokens` says static tokens are accepted too.
         */
        get: operations["staffSignInOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, with which roles
         * @description Any role. The desk shows the person and hides what their roles cannot do.
         */
        get: operations["staffMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's own settings
         * @description `beheer` only. The settings as they apply now: the server's configuration, with what
         *     the municipality set itself on top. Who may sign in (tokens, identity provider) and host
         *     names are set on the server (`buurtkit-server tenant set`), not here.
         */
        get: operations["staffGetSettings"];
        /**
         * Change the municipality's own settings
         * @description `beheer` only. All of them at once (what the answer of `GET` holds, without `tenant`).
         *     They apply to the next request; from then on they win over the server's configuration
         *     (environment variables) for this municipality. Recorded in the audit trail.
         */
        put: operations["staffPutSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submitted ideas, newest first (or oldest first, the order of the answer promise) */
        get: operations["staffListIdeas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/ideas/{id}/answered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the initiator got a first answer (by mail, phone or a visit)
         * @description Publishing or closing an idea also counts as its first answer. Recording it again keeps the first time.
         */
        post: operations["staffMarkAnswered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/ideas/{id}/mails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mails sent (or waiting, or failed) about an idea and the initiative it became */
        get: operations["staffIdeaMails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/ideas/{id}/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turn mail to the initiator on or off (for a resident who asked to be phoned)
         * @description Turning it off also cancels what was still waiting to be sent to them.
         */
        put: operations["staffSetIdeaMail"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/initiatives/{id}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Backing over time and per buurt, and the offers of help with their status */
        get: operations["staffInitiativeSupport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/initiatives/{id}/offers-direct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Whether offers of help go to the initiator directly (they agreed) or to the contact person */
        put: operations["staffSetOffersDirect"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark an offer of help as passed on or done */
        put: operations["staffSetOfferStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/ideas/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a resident's personal data with an idea, on their request (AVG article 17)
         * @description Name, e-mail address, phone number, street address, description and photos go, and the addresses and texts of the mails to the resident. The idea stays for the figures. Audited with the person who did it.
         */
        post: operations["staffEraseIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Figures for the annual report
         * @description Ideas received in a calendar year (spam left out) and what became of them.
         */
        get: operations["staffFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of staff actions, newest first */
        get: operations["staffAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/ideas/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an idea as an initiative */
        post: operations["staffPublishIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/ideas/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an idea with a reason the resident sees when tracking it */
        post: operations["staffCloseIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/initiatives/{id}/phase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an initiative to another phase, with a note for its public history */
        post: operations["staffMovePhase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All contact persons with the areas and themes they cover */
        get: operations["staffListContacts"];
        put?: never;
        /** Add a contact person */
        post: operations["staffCreateContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a contact person's details, areas and themes */
        put: operations["staffUpdateContact"];
        post?: never;
        /** Remove a contact person */
        delete: operations["staffDeleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/phase-models/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a phase model or change its phases, wording and answer promise
         * @description Each municipality writes its own process in its participatieverordening. A new key is
         *     added at the end of the list. A phase that initiatives are in cannot be left out: the
         *     answer is a 422 that names them (move them first). `forNewIdeas: true` makes this the
         *     model new ideas enter; there is always exactly one, so the current one cannot be
         *     switched off except by choosing another.
         */
        put: operations["staffPutPhaseModel"];
        post?: never;
        /**
         * Remove a phase model no initiative uses
         * @description The model new ideas enter, and a model initiatives are in, stay (409).
         */
        delete: operations["staffDeletePhaseModel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/themes/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a theme or change its labels, colour and icon
         * @description Municipalities name their own themes. A new key is added at the end of the list.
         */
        put: operations["staffPutTheme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/ideas/{id}/photos/{photo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo sent with an idea */
        get: operations["staffGetIdeaPhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        NearbyInitiative: {
            id: components["schemas"]["Id"];
            title: string;
            theme: components["schemas"]["Key"];
            phase: components["schemas"]["Key"];
            areaCode: string | null;
            /** @description Metres, as the crow flies. */
            distance: number;
            /** @description On the same theme (and within 3 km). */
            sameTheme: boolean;
            /** @description In the same buurt. */
            sameBuurt: boolean;
        };
        SimilarInitiative: {
            id: components["schemas"]["Id"];
            title: string;
            summary: string;
            theme: components["schemas"]["Key"];
            phase: components["schemas"]["Key"];
            areaCode: string | null;
            /** @description Metres from `lat`/`lon`; null without them. */
            distance: number | null;
            sameTheme: boolean;
            /** @description The stems of the question's words it has in common (title and summary). */
            words: string[];
        };
        OgcLink: {
            /** Format: uri */
            href: string;
            rel: string;
            type?: string;
            title?: string;
        };
        OgcLanding: {
            title: string;
            description?: string;
            links: components["schemas"]["OgcLink"][];
        };
        OgcConformance: {
            conformsTo: string[];
        };
        OgcCollection: {
            id: string;
            title: string;
            description?: string;
            /** @description The SPDX identifier of the licence, e.g. `CC0-1.0`. */
            license?: string;
            attribution?: string;
            /** @constant */
            itemType: "feature";
            crs: string[];
            extent: {
                spatial?: {
                    bbox: number[][];
                    crs?: string;
                };
                temporal?: {
                    interval: (string | null)[][];
                    trs?: string;
                };
            };
            links: components["schemas"]["OgcLink"][];
        };
        OgcCollections: {
            links: components["schemas"]["OgcLink"][];
            collections: components["schemas"]["OgcCollection"][];
        };
        OpenInitiativeFeature: {
            /** @constant */
            type: "Feature";
            id: components["schemas"]["Id"];
            geometry: components["schemas"]["Point"];
            properties: {
                title: string;
                summary: string;
                theme: components["schemas"]["Key"];
                phaseModel: components["schemas"]["Key"];
                phase: components["schemas"]["Key"];
                phaseSince: components["schemas"]["DateTime"];
                /** @description CBS buurt or wijk code. */
                areaCode: string | null;
                /** @description CBS gemeente code. */
                municipality: string | null;
                /** @enum {string} */
                status: "active" | "closed";
                created: components["schemas"]["DateTime"];
                updated: components["schemas"]["DateTime"];
                /** @description The initiative's public page, where the municipality configured one. */
                url: string | null;
            };
            links?: components["schemas"]["OgcLink"][];
        };
        OgcFeatureCollection: {
            /** @constant */
            type: "FeatureCollection";
            features: components["schemas"]["OpenInitiativeFeature"][];
            numberMatched: number;
            numberReturned: number;
            timeStamp: components["schemas"]["DateTime"];
            links: components["schemas"]["OgcLink"][];
        };
        OpenDataDownload: {
            /** @constant */
            type: "FeatureCollection";
            name: string;
            /** @description The SPDX identifier of the licence. */
            license: string;
            attribution: string;
            timeStamp: components["schemas"]["DateTime"];
            features: components["schemas"]["OpenInitiativeFeature"][];
        };
        Id: number;
        Settings: {
            /** @description How mails and open data name the municipality in sentences ("Gemeente Almere"). */
            name: string;
            /**
             * @description The sender of mail to residents and staff, on the municipality's own domain (its SPF
             *     and DKIM): `Gemeente Almere <initiatieven@almere.nl>`.
             */
            mailFrom: string;
            /**
             * @description Origins whose pages may call the API (`https://www.almere.nl`). `*` opens the public
             *     reads only; ideas, following, backing, offers and staff always need the origin named.
             */
            corsOrigins: string[];
            /** @description Working days within which the municipality promises a first answer to a new idea. */
            responseDays: number;
            /** @description Whether public answers count backers who live outside the municipality. */
            showElsewhere: boolean;
            /** @description The page with the phase tracker, `{reference}` filled in; no tracking link in mail when null. */
            trackingUrl: components["schemas"]["LinkTemplate"];
            /** @description An initiative's public page, `{id}` filled in. */
            initiativeUrl: components["schemas"]["LinkTemplate"];
            /** @description The staff page with the desk, linked from staff mails. */
            deskUrl: components["schemas"]["LinkTemplate"];
        };
        LinkTemplate: string | null;
        SettingsView: {
            /** @description The municipality's CBS code on a server of several; null for the server's own. */
            tenant: string | null;
            name: components["schemas"]["Settings"]["name"];
            mailFrom: components["schemas"]["Settings"]["mailFrom"];
            corsOrigins: components["schemas"]["Settings"]["corsOrigins"];
            responseDays: components["schemas"]["Settings"]["responseDays"];
            showElsewhere: components["schemas"]["Settings"]["showElsewhere"];
            trackingUrl: components["schemas"]["Settings"]["trackingUrl"];
            initiativeUrl: components["schemas"]["Settings"]["initiativeUrl"];
            deskUrl: components["schemas"]["Settings"]["deskUrl"];
        };
        Key: string;
        /** @description CBS area code, e.g. `GM0034`, `WK003417`, `BU00341701`. */
        AreaCode: string;
        /** @enum {string} */
        AreaLevel: "gemeente" | "wijk" | "buurt";
        BboxString: string;
        /**
         * @description The tracking reference of a submitted idea, easy to read out over the phone: eleven random characters from an alphabet without look-alikes (no 0/O, 1/I/L or U) and a check character (Luhn mod 30) that catches a typo. References from before (`BK-2026-0042`) stay valid.
         * @example BK-7KQ4-M2XD-PQ33
         */
        Reference: string;
        /** Format: date-time */
        DateTime: string;
        /** @enum {string} */
        Locale: "nl" | "en" | "fy";
        /** @description A text per language; `nl` is always there. */
        LocalizedText: {
            nl: string;
            en?: string;
            fy?: string;
        };
        /**
         * @description The role the municipality takes (the participation ladder).
         * @enum {string}
         */
        Role: "loslaten" | "faciliteren" | "stimuleren" | "regisseren" | "reguleren";
        /** @enum {string} */
        SupportKind: "advies" | "netwerk" | "procesbegeleiding" | "materiaal" | "ruimte" | "vergunning" | "financiering";
        /** @enum {string} */
        IdeaStatus: "received" | "published" | "closed" | "spam";
        Point: {
            /** @constant */
            type: "Point";
            coordinates: [
                number,
                number
            ];
        };
        InitiativeSummary: {
            id: components["schemas"]["Id"];
            title: string;
            summary: string;
            theme: components["schemas"]["Key"];
            phase: components["schemas"]["Key"];
            phaseModel: components["schemas"]["Key"];
            areaCode: string | null;
            updated: components["schemas"]["DateTime"];
            /** @description Confirmed backers (see `Backing`). */
            backers: number;
        };
        InitiativeFeature: {
            /** @constant */
            type: "Feature";
            id: components["schemas"]["Id"];
            geometry: components["schemas"]["Point"];
            properties: components["schemas"]["InitiativeSummary"];
        };
        InitiativeCollection: {
            /** @constant */
            type: "FeatureCollection";
            features: components["schemas"]["InitiativeFeature"][];
            /** @description Number of matches without paging. */
            total: number;
            limit: number;
            offset: number;
        };
        CompactInitiatives: {
            /** @constant */
            format: "compact";
            themes: string[];
            phases: string[];
            /** @description `[id, longitude, latitude, themeIndex, phaseIndex]` */
            items: [
                number,
                number,
                number,
                number,
                number
            ][];
            total: number;
            limit: number;
            offset: number;
        };
        /** @description Every column has one entry per initiative, in the page's order (newest first). To read row `i`: id = sum of `id[0..i]`, longitude = sum of `lon[0..i]` / 100000, latitude likewise, theme = `themes[theme[i]]`, phase = `phases[phase[i]]`. */
        ColumnInitiatives: {
            /** @constant */
            format: "columns";
            themes: string[];
            phases: string[];
            /** @description The first id, then differences. */
            id: number[];
            /** @description Longitude × 100000, rounded: the first, then differences. */
            lon: number[];
            /** @description Latitude × 100000, rounded: the first, then differences. */
            lat: number[];
            /** @description Index into `themes`. */
            theme: number[];
            /** @description Index into `phases`. */
            phase: number[];
            total: number;
            limit: number;
            offset: number;
        };
        ClusterCollection: {
            /** @constant */
            type: "FeatureCollection";
            zoom: number;
            features: {
                /** @constant */
                type: "Feature";
                geometry: components["schemas"]["Point"];
                properties: {
                    /** @constant */
                    cluster: true;
                    clusterId: number;
                    count: number;
                    expansionZoom: number;
                } | {
                    /** @constant */
                    cluster: false;
                    id: components["schemas"]["Id"];
                    title: string;
                    theme: string;
                    phase: string;
                };
            }[];
        };
        PhaseHistoryEntry: {
            phase: components["schemas"]["Key"];
            since: components["schemas"]["DateTime"];
            until: components["schemas"]["DateTime"] | null;
            note: string | null;
        };
        /** @description A municipal contact person as the public sees them (work channels only). */
        PublicContact: {
            id: components["schemas"]["Id"];
            name: string;
            role: components["schemas"]["Key"];
            email: string | null;
            phone: string | null;
        };
        Link: {
            /** Format: uri */
            url: string;
            label: string;
        };
        Image: {
            url: string;
            alt: string;
        };
        InitiativeDetail: components["schemas"]["InitiativeSummary"] & {
            description: string;
            location: components["schemas"]["Point"];
            role: components["schemas"]["Role"];
            support: components["schemas"]["SupportKind"][];
            supporters: number;
            phaseSince: components["schemas"]["DateTime"];
            history: components["schemas"]["PhaseHistoryEntry"][];
            contact: components["schemas"]["PublicContact"] | null;
            links: components["schemas"]["Link"][];
            images: components["schemas"]["Image"][];
            /** @description Only when the initiator agreed to show their name. */
            initiator?: string | null;
            /** @enum {string} */
            status: "active" | "closed";
            backing: components["schemas"]["Backing"];
        };
        Phase: {
            key: components["schemas"]["Key"];
            label: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            /** @description What you may expect from the municipality in this phase. */
            municipality: components["schemas"]["LocalizedText"];
            /** @description What the municipality expects from you in this phase. */
            resident: components["schemas"]["LocalizedText"];
            /** @description Working days the municipality takes for its part of this phase (a decision, an assessment), as its participatieverordening says; absent when there is no deadline. */
            deadlineDays?: components["schemas"]["WorkingDays"];
        };
        PhaseModel: {
            key: components["schemas"]["Key"];
            label: components["schemas"]["LocalizedText"];
            description: components["schemas"]["LocalizedText"];
            phases: components["schemas"]["Phase"][];
            /** @description The answer promise: within how many working days an idea entering this model hears back. Absent: the server's default. An idea keeps the promise made when it was sent. */
            answerDays?: components["schemas"]["WorkingDays"];
            /** @description Whether new ideas enter this model (exactly one does). */
            forNewIdeas?: boolean;
        };
        WorkingDays: number;
        /** @description A text per language; `nl` is always there. */
        PhaseText: {
            nl: string;
            en?: string;
            fy?: string;
        };
        PhaseModelInput: {
            label: components["schemas"]["PhaseText"];
            description: components["schemas"]["PhaseText"];
            answerDays?: components["schemas"]["WorkingDays"];
            forNewIdeas?: boolean;
            phases: {
                key: components["schemas"]["Key"];
                label: components["schemas"]["PhaseText"];
                description: components["schemas"]["PhaseText"];
                municipality: components["schemas"]["PhaseText"];
                resident: components["schemas"]["PhaseText"];
                deadlineDays?: components["schemas"]["WorkingDays"];
            }[];
        };
        Theme: {
            key: components["schemas"]["Key"];
            label: components["schemas"]["LocalizedText"];
            color: string;
            icon: string;
        };
        ThemeInput: {
            /** @description The label per language; `nl` is always there. */
            label: {
                nl: string;
                en?: string;
                fy?: string;
            };
            color: string;
            icon: components["schemas"]["Key"];
        };
        AreaProperties: {
            code: components["schemas"]["AreaCode"];
            name: string;
            level: components["schemas"]["AreaLevel"];
            year: number;
            municipality: string;
            parent: string | null;
        };
        AreaCollection: {
            /** @constant */
            type: "FeatureCollection";
            attribution: string;
            features: {
                /** @constant */
                type: "Feature";
                id: string;
                geometry: Record<string, never> | null;
                properties: components["schemas"]["AreaProperties"];
            }[];
        };
        OfficeHours: {
            /** @description ISO weekday: 1 is Monday. */
            day: number;
            from: string;
            to: string;
            place?: string;
        };
        ContactInput: {
            name: string;
            role: components["schemas"]["Key"];
            photo?: string | null;
            /** Format: email */
            email?: string | null;
            phone?: string | null;
            officeHours?: components["schemas"]["OfficeHours"][];
            languages?: string[];
            areas?: components["schemas"]["AreaCode"][];
            /** @description Themes this contact is the specialist for; empty for all themes. */
            themes?: components["schemas"]["Key"][];
            /** @description The central initiatives desk, the answer when no one covers an area. */
            desk?: boolean;
        };
        Contact: {
            id: components["schemas"]["Id"];
            name: string;
            role: components["schemas"]["Key"];
            photo: string | null;
            email: string | null;
            phone: string | null;
            officeHours: components["schemas"]["OfficeHours"][];
            languages: string[];
            areas: string[];
            themes: string[];
            desk: boolean;
        };
        ContactResult: {
            /** @description The most specific known area the query fell in; null when the query matched no known area. */
            area: components["schemas"]["AreaProperties"] | null;
            /** @description The areas the query fell in, most specific first. */
            areas: components["schemas"]["AreaProperties"][];
            contacts: (components["schemas"]["Contact"] & {
                /**
                 * @description Why this contact is listed.
                 * @enum {string}
                 */
                match: "theme" | "area" | "desk";
            })[];
        };
        IdeaLocation: {
            lat: number;
            lon: number;
            address?: string;
        };
        IdeaSubmission: {
            title: string;
            description: string;
            theme: components["schemas"]["Key"];
            location?: components["schemas"]["IdeaLocation"];
            support?: components["schemas"]["SupportKind"][];
            /** @description The optional "homework" questions. */
            homework?: {
                cost?: string;
                benefits?: string;
                duration?: string;
                parties?: string;
                municipality?: string;
            };
            supporters?: number;
            contact: {
                name: string;
                /** Format: email */
                email: string;
                phone?: string;
            };
            /** @description Photos uploaded with POST /ideas/photos, each with a text saying what it shows. */
            photos?: components["schemas"]["IdeaPhoto"][];
            /** @default false */
            showName: boolean;
            locale?: components["schemas"]["Locale"];
            formToken: string;
            /** @description Leave empty. A field hidden from people; bots fill it in. */
            website?: string;
        };
        PhotoId: string;
        PhotoReceipt: {
            id: components["schemas"]["PhotoId"];
            /** @enum {string} */
            type: "image/jpeg" | "image/png";
            size: number;
        };
        IdeaPhoto: {
            id: components["schemas"]["PhotoId"];
            /** @description What the photo shows, for people who cannot see it. */
            alt: string;
        };
        IdeaReceipt: {
            id: components["schemas"]["Id"];
            reference: components["schemas"]["Reference"];
            status: components["schemas"]["IdeaStatus"];
            trackingUrl: string;
            contact: components["schemas"]["PublicContact"] | null;
        };
        Tracking: {
            reference: components["schemas"]["Reference"];
            /** @enum {string} */
            status: "received" | "published" | "closed";
            phaseModel: components["schemas"]["Key"];
            phase: components["schemas"]["Key"];
            since: components["schemas"]["DateTime"];
            submitted: components["schemas"]["DateTime"];
            nextStep: components["schemas"]["Key"] | null;
            contactRole: components["schemas"]["Key"] | null;
            initiative: components["schemas"]["Id"] | null;
            closedReason: string | null;
        };
        StaffIdea: {
            id: components["schemas"]["Id"];
            reference: components["schemas"]["Reference"];
            status: components["schemas"]["IdeaStatus"];
            submitted: components["schemas"]["DateTime"];
            title: string;
            description: string;
            theme: string;
            location: components["schemas"]["IdeaLocation"] | null;
            areaCode?: string | null;
            support: components["schemas"]["SupportKind"][];
            homework: {
                [key: string]: string;
            };
            supporters: number | null;
            /** @description Null once erased after the retention period. */
            contact: {
                name: string;
                email: string;
                phone: string | null;
            } | null;
            showName: boolean;
            /** @description The language the resident wrote in; answer them in it. */
            locale: components["schemas"]["Locale"];
            initiative: components["schemas"]["Id"] | null;
            closedReason: string | null;
            spamReason: string | null;
            /**
             * Format: date-time
             * @description When the initiator first got an answer.
             */
            answered: string | null;
            /**
             * Format: date
             * @description The last day of the answer promise (working days in the Netherlands).
             */
            answerDue: string;
            photos: {
                id: components["schemas"]["PhotoId"];
                alt: string;
                type: string;
                /** @description Where staff fetch the photo (with their token). */
                url: string;
            }[];
            /** @description Whether the initiator gets mails (off: they asked to be phoned). */
            mail: boolean;
        };
        BackRequest: {
            /**
             * Format: email
             * @description For the confirmation mail only; not stored.
             */
            email: string;
            name?: string;
            /**
             * @description Show the name publicly (with a name only).
             * @default false
             */
            showName: boolean;
            /** @description The CBS buurt the resident's address lies in (looked up in the browser); never the address. */
            area?: string;
            locale?: components["schemas"]["Locale"];
            formToken: string;
            /** @description Leave empty. A field hidden from people; bots fill it in. */
            website?: string;
        };
        /** @enum {string} */
        OfferKind: "time" | "skill" | "materials" | "place" | "other";
        OfferRequest: {
            kinds: components["schemas"]["OfferKind"][];
            message: string;
            name: string;
            /** Format: email */
            email: string;
            phone?: string;
            locale?: components["schemas"]["Locale"];
            formToken: string;
            /** @description Leave empty. A field hidden from people; bots fill it in. */
            website?: string;
        };
        /** @description Confirmed backers of an initiative: the count, its spread over buurten (the initiative's own first) and the names of those who chose to be named (at most 100). */
        Backing: {
            count: number;
            areas: {
                code: components["schemas"]["AreaCode"];
                name: string;
                count: number;
            }[];
            /** @description Backers from outside the municipality or an unknown buurt; null when the municipality hides it. */
            elsewhere: number | null;
            names: string[];
        };
        StaffOffer: {
            id: components["schemas"]["Id"];
            kinds: components["schemas"]["OfferKind"][];
            message: string;
            name: string | null;
            email: string | null;
            phone: string | null;
            locale: components["schemas"]["Locale"];
            /** @enum {string} */
            status: "new" | "forwarded" | "done";
            /** @enum {string|null} */
            forwardedTo: "initiator" | "contact" | null;
            confirmed: components["schemas"]["DateTime"];
            updated: components["schemas"]["DateTime"];
        };
        StaffSupport: {
            backing: components["schemas"]["Backing"];
            /** @description Confirmations per day (UTC date). */
            perDay: {
                /** Format: date */
                day: string;
                count: number;
            }[];
            offers: components["schemas"]["StaffOffer"][];
            /** @description The initiator agreed to receive offers of help directly. */
            offersDirect: boolean;
        };
        MailRecord: {
            id: components["schemas"]["Id"];
            /** @enum {string} */
            kind: "receipt" | "answer" | "published" | "phase" | "closed" | "new-idea" | "digest" | "follow-confirm" | "back-confirm" | "offer-confirm" | "offer";
            /** @enum {string} */
            audience: "initiator" | "contact" | "follower" | "backer" | "helper";
            /** @enum {string} */
            status: "queued" | "sent" | "failed" | "cancelled";
            attempts: number;
            created: components["schemas"]["DateTime"];
            /** Format: date-time */
            sent: string | null;
            /** @description The mail server's last refusal, for staff. */
            error: string | null;
        };
        /** @enum {string} */
        StaffRole: "ideeenmakelaar" | "beheer" | "analist";
        /**
         * @example {
         *       "subject": "5f2c1e7a-0b0d-4c1e-9a55-3d7f1c2b9e10",
         *       "name": "Fatima el Amrani",
         *       "roles": [
         *         "ideeenmakelaar"
         *       ],
         *       "permissions": [
         *         "ideas:read",
         *         "ideas:handle",
         *         "contacts:read",
         *         "figures:read",
         *         "audit:read"
         *       ],
         *       "via": "oidc",
         *       "expiresAt": "2026-12-02T15:00:00Z",
         *       "areas": [
         *         "WK003401",
         *         "WK003402"
         *       ]
         *     }
         */
        StaffPerson: {
            /** @description The provider's `sub`, or `token:<name>`. */
            subject: string;
            name: string;
            roles: components["schemas"]["StaffRole"][];
            /** @description What the roles allow, so a client can hide the rest. */
            permissions: ("ideas:read" | "ideas:handle" | "contacts:read" | "settings:manage" | "figures:read" | "audit:read")[];
            /** @enum {string} */
            via: "oidc" | "token";
            expiresAt?: components["schemas"]["DateTime"];
            /** @description The areas (CBS codes) whose ideas and initiatives this person handles, when the municipality gives each ideeenmakelaar their own (`BUURTKIT_OIDC_AREAS_CLAIM`); null: all. Ideas without a place are everybody's. Others are answered 404, as if they did not exist. */
            areas: null | string[];
        };
        AuditEntry: {
            at: components["schemas"]["DateTime"];
            /** @description The person's display name when they acted (or `resident`, `contact`). */
            actor: string;
            /** @description Who acted, stably: the OpenID provider's subject, or `token:<name>` for a static token. */
            actorSubject: string;
            /**
             * @example idea.publish
             * @example initiative.phase
             * @example contact.update
             */
            action: string;
            /** @example idea:12 */
            target: string;
            details: Record<string, never>;
        };
        Figures: {
            year: number;
            responseDays: number;
            /** @description Ideas received in the year. */
            received: number;
            /** @description Of those, still waiting for a decision. */
            open: number;
            /** @description Of those, published as an initiative. */
            published: number;
            /** @description Of those, closed with a reason. */
            closed: number;
            /** @description Of those, initiatives now in the last phase of their phase model. */
            realised: number;
            /** @description Of those, answered at least once. */
            answered: number;
            /** @description Of those, answered within the promise. */
            answeredInTime: number;
            /** @description Calendar days from receipt to the first answer (one decimal). */
            medianDaysToFirstAnswer: number | null;
            /** @description Backers confirmed in the year, for any initiative. */
            backers: number;
            /** @description Offers of help confirmed in the year. */
            offers: number;
            byTheme: {
                theme: string;
                received: number;
                published: number;
                realised: number;
            }[];
        };
        PublishRequest: {
            title: string;
            summary: string;
            description: string;
            theme?: components["schemas"]["Key"];
            phaseModel: components["schemas"]["Key"];
            phase?: components["schemas"]["Key"];
            role: components["schemas"]["Role"];
            contact?: components["schemas"]["Id"] | null;
            location?: components["schemas"]["IdeaLocation"];
            note?: string;
        };
        FieldError: {
            /** @description JSON pointer (RFC 6901) in URI-fragment form, as in RFC 9457: `#/contact/email` for a body field, `#/query/bbox` for a query parameter, `#/path/id` for a path parameter, `#/header/Idempotency-Key` for a header. */
            pointer: string;
            /** @description A stable code: required, too-short, too-long, format, pattern, enum, type, minimum, maximum, unknown-field and others */
            code: string;
            /** @description Localized explanation. */
            detail: string;
        };
        /** @description RFC 9457 problem details. */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: components["schemas"]["FieldError"][];
        };
    };
    responses: {
        /** @description An invalid or unknown query parameter (OGC API - Features answers these 400, not 422); one error per parameter, with its pointer. */
        OgcBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The answer the client holds (its `If-None-Match`) still stands. */
        NotModified: {
            headers: {
                ETag: components["headers"]["ETag"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description A confirmation mail is on its way (or the address did this already). */
        ConfirmationSent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "confirmation-sent";
                };
            };
        };
        /** @description A small page in the reader's language, without scripts, with a button that posts back. */
        MailPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /** @description The request could not be read (not JSON, too large, wrong media type). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Invalid input; one error per field. */
        ValidationProblem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflicts with the current state (for example a request still being handled). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Staff endpoints answer only over HTTPS (plain HTTP is allowed on localhost, for development; type `https-required`), and only to the roles the operation's security requirement lists (type `forbidden-role`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid staff token. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A part the answer depends on cannot be reached for a moment (the database, or the OpenID provider's keys); try again after `Retry-After` seconds. */
        Unavailable: {
            headers: {
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests; try again after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The answer's format; JSON (GeoJSON for features) is the only one. */
        OgcFormat: "json" | "geojson";
        OgcCollectionId: string;
        /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
        IfNoneMatch: string;
        /** @description `west,south,east,north` in WGS84 degrees. */
        Bbox: components["schemas"]["BboxString"];
        /** @description `west,south,east,north` in WGS84 degrees. */
        BboxRequired: components["schemas"]["BboxString"];
        /** @description One or more theme keys, comma separated. */
        ThemeFilter: string;
        /** @description One or more phase keys, comma separated. */
        PhaseFilter: string;
        InitiativeId: components["schemas"]["Id"];
        IdeaId: components["schemas"]["Id"];
        /** @description The signed token from the link in the mail. */
        MailToken: string;
        ContactId: components["schemas"]["Id"];
    };
    requestBodies: never;
    headers: {
        /** @description A strong validator of the answer's bytes: the same on every instance for the same data, new the moment a write changes what the answer shows. */
        ETag: string;
        /** @description How long the answer may be kept: `public, max-age=15, stale-while-revalidate=60` for initiatives and clusters, `public, max-age=300, stale-while-revalidate=86400` for themes, phase models and areas, `public, max-age=60, stale-while-revalidate=600` for contact persons, `private, no-cache` for tracking. Staff answers and anything personal are `no-store`. */
        CacheControl: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listInitiatives: {
        parameters: {
            query?: {
                /** @description `west,south,east,north` in WGS84 degrees. */
                bbox?: components["parameters"]["Bbox"];
                /** @description One or more theme keys, comma separated. */
                theme?: components["parameters"]["ThemeFilter"];
                /** @description One or more phase keys, comma separated. */
                phase?: components["parameters"]["PhaseFilter"];
                /** @description Free text matched against title and summary. */
                q?: string;
                /** @description CBS area code (gemeente, wijk or buurt); matches the area and everything inside it. */
                area?: components["schemas"]["AreaCode"];
                format?: "geojson" | "compact" | "columns";
                /** @description `newest` first, or the most confirmed `backers` first (then newest). */
                sort?: "newest" | "backers";
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching initiatives. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiativeCollection"] | components["schemas"]["CompactInitiatives"] | components["schemas"]["ColumnInitiatives"];
                };
            };
            304: components["responses"]["NotModified"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    clusterInitiatives: {
        parameters: {
            query: {
                /** @description `west,south,east,north` in WGS84 degrees. */
                bbox: components["parameters"]["BboxRequired"];
                zoom: number;
                /** @description One or more theme keys, comma separated. */
                theme?: components["parameters"]["ThemeFilter"];
                /** @description One or more phase keys, comma separated. */
                phase?: components["parameters"]["PhaseFilter"];
                /** @description Free text matched against title and summary, as on `GET /initiatives`. */
                q?: string;
            };
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Clusters and points in the view. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterCollection"];
                };
            };
            304: components["responses"]["NotModified"];
            422: components["responses"]["ValidationProblem"];
        };
    };
    getInitiative: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: components["parameters"]["InitiativeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The initiative. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiativeDetail"];
                };
            };
            304: components["responses"]["NotModified"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationProblem"];
        };
    };
    listNearbyInitiatives: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: components["parameters"]["InitiativeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The nearby initiatives (none is an empty list). */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["NearbyInitiative"][];
                    };
                };
            };
            304: components["responses"]["NotModified"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationProblem"];
        };
    };
    findSimilarInitiatives: {
        parameters: {
            query: {
                /** @description The idea's title and description (or just its significant words). */
                text: string;
                theme?: components["schemas"]["Key"];
                /** @description With `lon`, or neither. */
                lat?: number;
                /** @description With `lat`, or neither. */
                lon?: number;
            };
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The look-alikes, best first (none is an empty list). */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SimilarInitiative"][];
                    };
                };
            };
            304: components["responses"]["NotModified"];
            422: components["responses"]["ValidationProblem"];
        };
    };
    followInitiative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["InitiativeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    locale?: components["schemas"]["Locale"];
                };
            };
        };
        responses: {
            /** @description A confirmation mail is on its way (or the address follows already). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "confirmation-sent";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    requestPrivacy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference: string;
                    /** Format: email */
                    email: string;
                    /** @enum {string} */
                    kind: "view" | "erase";
                };
            };
        };
        responses: {
            /** @description If the reference and address match, a link is on its way to that address. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "confirmation-sent";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    backInitiative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["InitiativeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "buurman@example.org",
                 *       "name": "Joost",
                 *       "showName": true,
                 *       "area": "BU00340201",
                 *       "formToken": "v1.1764680000000.3f9a1c"
                 *     }
                 */
                "application/json": components["schemas"]["BackRequest"];
            };
        };
        responses: {
            202: components["responses"]["ConfirmationSent"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    offerHelp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["InitiativeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kinds": [
                 *         "time",
                 *         "materials"
                 *       ],
                 *       "message": "Ik heb een aanhanger.",
                 *       "name": "Fatima",
                 *       "email": "f@example.org",
                 *       "formToken": "v1.1764680000000.3f9a1c"
                 *     }
                 */
                "application/json": components["schemas"]["OfferRequest"];
            };
        };
        responses: {
            202: components["responses"]["ConfirmationSent"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    confirmPage: {
        parameters: {
            query: {
                /** @description The signed token from the link in the mail. */
                token: components["parameters"]["MailToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MailPage"];
            404: components["responses"]["MailPage"];
        };
    };
    confirmFollowing: {
        parameters: {
            query: {
                /** @description The signed token from the link in the mail. */
                token: components["parameters"]["MailToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MailPage"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["MailPage"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
        };
    };
    unsubscribePage: {
        parameters: {
            query: {
                /** @description The signed token from the link in the mail. */
                token: components["parameters"]["MailToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MailPage"];
            404: components["responses"]["MailPage"];
        };
    };
    unsubscribe: {
        parameters: {
            query: {
                /** @description The signed token from the link in the mail. */
                token: components["parameters"]["MailToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MailPage"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["MailPage"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
        };
    };
    listPhaseModels: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The phase models. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PhaseModel"][];
                    };
                };
            };
            304: components["responses"]["NotModified"];
        };
    };
    getPhaseModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                key: components["schemas"]["Key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The phase model. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseModel"];
                };
            };
            304: components["responses"]["NotModified"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationProblem"];
        };
    };
    listThemes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The themes. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Theme"][];
                    };
                };
            };
            304: components["responses"]["NotModified"];
        };
    };
    listAreas: {
        parameters: {
            query?: {
                /** @description Only areas of this municipality (CBS gemeente code). */
                municipality?: string;
                level?: components["schemas"]["AreaLevel"];
                /** @description Leave out geometries (`false`) for a light list of names and codes. */
                geometry?: boolean;
            };
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The areas, with the attribution the data licence requires. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaCollection"];
                };
            };
            304: components["responses"]["NotModified"];
            422: components["responses"]["ValidationProblem"];
        };
    };
    findContacts: {
        parameters: {
            query?: {
                area?: components["schemas"]["AreaCode"];
                lat?: number;
                lon?: number;
                theme?: components["schemas"]["Key"];
            };
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The area found and its contacts, most relevant first. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResult"];
                };
            };
            304: components["responses"]["NotModified"];
            422: components["responses"]["ValidationProblem"];
        };
    };
    getFormToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        minimumSeconds: number;
                    };
                };
            };
        };
    };
    submitIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description Bare (`8e03978e-40d5-43e8-bc93-6894a57f9324`) or, as the IETF draft writes it, a structured-field string (`"8e03978e-40d5-43e8-bc93-6894a57f9324"`): both spellings are one key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeaSubmission"];
            };
        };
        responses: {
            /** @description The idea was received. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdeaReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    uploadIdeaPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description The photo was stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    trackIdea: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                reference: components["schemas"]["Reference"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public status of the idea. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tracking"];
                };
            };
            304: components["responses"]["NotModified"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "alive";
                    };
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ready";
                        /** @description The schema version the database has. */
                        migration: number;
                    };
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
    getOgcLanding: {
        parameters: {
            query?: {
                /** @description The answer's format; JSON (GeoJSON for features) is the only one. */
                f?: components["parameters"]["OgcFormat"];
            };
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The landing page. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcLanding"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["OgcBadRequest"];
        };
    };
    getOgcConformance: {
        parameters: {
            query?: {
                /** @description The answer's format; JSON (GeoJSON for features) is the only one. */
                f?: components["parameters"]["OgcFormat"];
            };
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Core and GeoJSON of OGC API - Features Part 1. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcConformance"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["OgcBadRequest"];
        };
    };
    listOgcCollections: {
        parameters: {
            query?: {
                /** @description The answer's format; JSON (GeoJSON for features) is the only one. */
                f?: components["parameters"]["OgcFormat"];
            };
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collections with their extent and licence. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcCollections"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["OgcBadRequest"];
        };
    };
    getOgcCollection: {
        parameters: {
            query?: {
                /** @description The answer's format; JSON (GeoJSON for features) is the only one. */
                f?: components["parameters"]["OgcFormat"];
            };
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                collectionId: components["parameters"]["OgcCollectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcCollection"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["OgcBadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    listOgcItems: {
        parameters: {
            query?: {
                /** @description `west,south,east,north` in WGS84 degrees. */
                bbox?: components["parameters"]["Bbox"];
                /** @description An RFC 3339 date-time, or an interval of two with `..` for an open end. */
                datetime?: string;
                limit?: number;
                /** @description Where the page starts; the `next` link carries it. */
                offset?: number;
                /** @description The answer's format; JSON (GeoJSON for features) is the only one. */
                f?: components["parameters"]["OgcFormat"];
            };
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                collectionId: components["parameters"]["OgcCollectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of features. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": components["schemas"]["OgcFeatureCollection"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["OgcBadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    getOgcItem: {
        parameters: {
            query?: {
                /** @description The answer's format; JSON (GeoJSON for features) is the only one. */
                f?: components["parameters"]["OgcFormat"];
            };
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                collectionId: components["parameters"]["OgcCollectionId"];
                featureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feature. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": components["schemas"]["OpenInitiativeFeature"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["OgcBadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    getOpenDataGeojson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an answer the client holds; when it still stands the answer is 304 without a body. Browsers send it by themselves. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": components["schemas"]["OpenDataDownload"];
                };
            };
            304: components["responses"]["NotModified"];
        };
    };
    staffSignInOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ways to sign in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        oidc: null | {
                            /** Format: uri */
                            issuer: string;
                            clientId: string;
                            /** @example openid profile */
                            scope: string;
                            audience: string;
                        };
                        tokens: boolean;
                    };
                };
            };
        };
    };
    staffMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person the token names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPerson"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffGetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsView"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffPutSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Settings"];
            };
        };
        responses: {
            /** @description The settings, as they apply now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffListIdeas: {
        parameters: {
            query?: {
                status?: components["schemas"]["IdeaStatus"];
                sort?: "newest" | "oldest";
                /** @description Words in the title, the reference or the initiator's name (a resident calling about their idea). */
                q?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ideas, with the initiator's contact details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StaffIdea"][];
                        /** @description All ideas with this status, also those beyond this page. */
                        total: number;
                        /** @description The municipality's promise, in working days, to answer a new idea (`BUURTKIT_RESPONSE_DAYS`). */
                        responseDays: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffMarkAnswered: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "email" | "phone" | "visit" | "other";
                    /** @description With `channel: email`: the answer, mailed to the initiator in the outbox (their language's greeting and footer around it). Refused with 409 when mail is off for the idea. */
                    message?: string;
                };
            };
        };
        responses: {
            /** @description The idea, with when it was first answered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffIdea"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffIdeaMails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. Addresses are not shown; `audience` says who a mail was for. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description False when the server has no SMTP configured (mails wait in the outbox). */
                        sending: boolean;
                        items: components["schemas"]["MailRecord"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffSetIdeaMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description The idea. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffIdea"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffInitiativeSupport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["InitiativeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The initiative's support. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSupport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffSetOffersDirect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["InitiativeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description The initiative's support. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffSupport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffSetOfferStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "new" | "forwarded" | "done";
                };
            };
        };
        responses: {
            /** @description The offer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffOffer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffEraseIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description How the request came in, for the audit trail: "per telefoon, 2 december". */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Erased; the idea as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffIdea"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffFigures: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Figures"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffAudit: {
        parameters: {
            query?: {
                /** @description Only the actions on one thing, e.g. `idea:12`. */
                target?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who did what, and when. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffPublishIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishRequest"];
            };
        };
        responses: {
            /** @description The new initiative. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiativeDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffCloseIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdeaId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The idea, closed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffIdea"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffMovePhase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["InitiativeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phase: components["schemas"]["Key"];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The initiative with its new phase. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiativeDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffListContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Contact"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffCreateContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactInput"];
            };
        };
        responses: {
            /** @description The new contact. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffUpdateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactInput"];
            };
        };
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffDeleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffPutPhaseModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: components["schemas"]["Key"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhaseModelInput"];
            };
        };
        responses: {
            /** @description The phase model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffDeletePhaseModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: components["schemas"]["Key"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffPutTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: components["schemas"]["Key"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemeInput"];
            };
        };
        responses: {
            /** @description The theme. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Theme"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
    staffGetIdeaPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IdeaId"];
                photo: components["schemas"]["PhotoId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo, without metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationProblem"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["Unavailable"];
        };
    };
}
