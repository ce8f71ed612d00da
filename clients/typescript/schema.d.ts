export interface paths {
    "/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workspaces the caller may open
         * @description A person's memberships plus every workspace of their reseller; a workspace token's own workspace; a reseller token's linked workspaces, with the token's role in each.
         */
        get: operations["listWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One workspace */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Directory users, by name */
        get: operations["listDirectoryUsers"];
        put?: never;
        /** Add a directory user */
        post: operations["createDirectoryUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/users/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add up to 1,000 directory users in one transaction
         * @description Any invalid row refuses the whole batch (422, errors per row index). E-mails already present are skipped and listed.
         */
        post: operations["bulkCreateDirectoryUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Licensed products with their seat figures */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/products/{productId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users holding a seat, most recently assigned first */
        get: operations["listAssignments"];
        put?: never;
        /**
         * Give a directory user a seat
         * @description Assigning a user who holds a seat already changes nothing (changed: false). 409 when every paid seat is taken.
         */
        post: operations["assignSeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/products/{productId}/assignments/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take a seat back (the user and their data stay)
         * @description Unassigning a user without a seat changes nothing (changed: false).
         */
        delete: operations["unassignSeat"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/products/{productId}/unassignments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What unassigning a selection would do, without doing it
         * @description Either `userIds` (at most 50,000 directory users of this workspace; an unknown or foreign id refuses the whole request) or `allMatching` (the product's user list filter: `q` searches name and e-mail, `requiresRenewal` takes the Requires renewal list). Answers the shortage before and after and who leaves the Requires renewal list. Changes nothing.
         */
        post: operations["previewUnassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/products/{productId}/unassignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unassign many users at once (the users and their data stay)
         * @description Either `userIds` (at most 50,000 directory users of this workspace; an unknown or foreign id refuses the whole request) or `allMatching` (the product's user list filter: `q` searches name and e-mail, `requiresRenewal` takes the Requires renewal list). Up to 1,000 seats are taken back at once; more run as a tracked operation (status "queued" and an operationId). Users without a seat change nothing; repeating the request changes nothing more.
         */
        post: operations["unassignUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/operations/{operationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of a tracked operation */
        get: operations["getOperation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders, newest first */
        get: operations["listOrders"];
        put?: never;
        /**
         * Add licenses, add a product, or renew for the coming term (an unpaid order in the workspace's currency)
         * @description Priced by the same rule as GET /orders/quote. add_licenses needs a licensed product, add_products one not licensed yet; renewal needs a licensed product and an open renewal window (409 renewal_window_closed otherwise). A renewal of a term that another path (an online renewal, an activation code) renewed already answers 409 term_already_renewed. Each order gets a per-workspace number (LC-2026-000123); purchaseOrder (optional, up to 64 characters) is the customer's own reference. Confirmed by e-mail (order.confirmation) to the ordering person and the workspace's supervisors.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/orders/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Price preview of an order (nothing is created)
         * @description The unit price in the workspace's currency (the lowest of the list price and any special offer valid on the workspace-local date), the term (added seats run to the contract's anniversary and are charged pro rata by days; a renewal buys the whole coming year) and the total in minor units. Refuses exactly as POST /orders would.
         */
        get: operations["quoteOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/orders/{orderId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an order as paid (supervisor; stands in for the payment provider)
         * @description An order whose term can no longer start has lapsed (a renewal after its window closed, added seats after their term ended or their subscription was not renewed): paying it answers 409 (renewal_window_closed or order_lapsed, with the reason) and creates nothing.
         */
        post: operations["markOrderPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/orders/{orderId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an unpaid order (supervisor): its seats stop counting as payment required
         * @description Cancelling a cancelled order changes nothing; a paid order answers 409 order_paid, a lapsed one 409 order_lapsed.
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/activations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Request keys and activation keys of the workspace, newest first */
        get: operations["listActivations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/activations/request-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enter a 10-digit request key (supervisor): installs a provisional key for 3 months
         * @description The last digit is a Luhn check digit. Spaces and hyphens between digits are ignored.
         */
        post: operations["addRequestKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/activations/check-online": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the activation service for final keys (supervisor); with apply, install them */
        post: operations["checkOnline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/activations/manual-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enter a name- and term-bound activation key manually (supervisor; works offline)
         * @description The key is checked on its own against the publisher's public key: signature, licensee (this workspace) and term. Refusals carry codes key_signature, key_licensee, key_expired, key_malformed, key_request_key.
         */
        post: operations["enterActivationKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's now (its test clock in a sandbox) */
        get: operations["getClock"];
        put?: never;
        /** Set a sandbox's test clock to a later moment (forward only) */
        post: operations["setClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Advance a sandbox's test clock by a duration */
        post: operations["advanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens of the workspace (supervisor) */
        get: operations["listApiTokens"];
        put?: never;
        /** Create an API token with a role (supervisor) */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token (supervisor) */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open invitations of the workspace (supervisor) */
        get: operations["listPersonInvitations"];
        put?: never;
        /**
         * Invite a person by e-mail with a role (supervisor)
         * @description The person receives an e-mail with a one-time link valid for 7 days: a new person sets a name and password, an existing account signs in and accepts. Inviting an address with an open invitation sends it again with the new role (the old link stops working); a member already: 409.
         */
        post: operations["invitePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/invitations/{invitationId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an open invitation again: a new link, 7 more days (supervisor) */
        post: operations["resendPersonInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an open invitation: its link stops working (supervisor) */
        delete: operations["withdrawPersonInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a sandbox workspace (outside production)
         * @description Makes a workspace from a template, with a test clock set to now, a supervisor sign-in and a supervisor API token. Sandboxes never appear in other workspaces and are deleted automatically when they expire.
         */
        post: operations["createSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/{workspace}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a sandbox and everything in it */
        delete: operations["deleteSandbox"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/{workspace}/account-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Password-reset and invitation e-mails of a sandbox's people (test installations)
         * @description These e-mails belong to one person and appear in no workspace's outbox; a suite reads them here, newest first, to follow the link as the person would. Only for sandboxes, with the sandbox's supervisor token.
         */
        get: operations["sandboxAccountMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Machines holding activations, by name */
        get: operations["listHosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/hosts/{hostId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One host: location details, activations by license, latest reset request */
        get: operations["getHost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/hosts/{hostId}/report-unusable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report as unusable: ask each publisher to reset its licenses' activations
         * @description Makes one reset request with one item per license the host holds; each publisher approves or denies its own. While a request is under way, calling again returns it unchanged (existing: true).
         */
        post: operations["reportHostUnusable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/activation-pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Free activations per license */
        get: operations["getActivationPool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publishers/{publisher}/reset-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The publisher's reset-request items (its own products only)
         * @description For publisher staff (session or token of a staff account). Pending oldest first; decided newest first.
         */
        get: operations["listPublisherResetRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publishers/{publisher}/reset-request-items/{itemId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or deny one license of a reset request
         * @description Approved: the activations return to the customer's pool; every item approved removes the host. Denied: nothing changes. An item is decided once: the same decision again answers 200 with changed: false; a different one answers 409 already_decided.
         */
        post: operations["decideResetRequestItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publishers/{publisher}/activations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The publisher's products' activations in aggregate
         * @description Counts per product and state over the customers' workspaces; never which workspace, machine or person. Products without activations are absent.
         */
        get: operations["listPublisherActivations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publishers/{publisher}/activation-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an activation code for one of the publisher's products
         * @description The code redeems once, in any customer workspace (Licenses → Enter activation code). Another publisher's SKU answers like an unknown one (422). Send an Idempotency-Key: the same key again answers the first code's definition with code: null (only its hash is stored) and Idempotent-Replayed: true; the same key with another SKU, quantity or term is 422 idempotency_key_reused.
         */
        post: operations["issuePublisherActivationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/licenses/{licenseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A license with its features and the devices on it */
        get: operations["getLicense"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/licenses/{licenseId}/activation-code/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check an activation code and compare its license with this one
         * @description Supervisor or admin. 422 invalid_code for a malformed code (details.problem: lookalike, short, long, character, check); 404 activation_code_unknown for a code the activation service does not know (or issued for another workspace); 409 activation_code_used for a redeemed code; 429 with Retry-After after repeated wrong codes.
         */
        post: operations["previewActivationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/licenses/{licenseId}/activation-code/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the license with the one an activation code stands for
         * @description One transaction: the code is redeemed once, a new license (new id) replaces this one, seats and devices move to it (macOS devices register it and switch when this license expires). Applying the same code to the same license again answers as the first time (alreadyApplied: true); another license or workspace gets 409 activation_code_used.
         */
        post: operations["applyActivationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/licenses/{licenseId}/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn features of a license on or off ("Try additional features") */
        put: operations["configureLicenseFeatures"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/activation-codes/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sandboxes only: have the activation service issue a code for this sandbox
         * @description Supervisor token. The code redeems once, in this sandbox only. Does not exist in production (404) nor for real workspaces (404).
         */
        post: operations["issueActivationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Managed devices with their platform and license */
        get: operations["listDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/devices/{hostId}/switch-now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch a macOS device to its registered new license now
         * @description 409 when the device has no new license waiting.
         */
        post: operations["switchDeviceNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/resellers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a sandbox reseller with linked sandbox workspaces (outside production)
         * @description Makes a throw-away reseller, a staff sign-in and 1–5 linked sandbox workspaces (alternately PL and DE), each with four licenses: renewable online (web store, 20 days left), too early (90 days left), bought through a partner, and bought before the 8.0 release. Delete each workspace with its token as usual; the reseller goes when it has no workspace left. To unlink one (and assert the 404 the reseller's staff and tokens get next), DELETE /workspaces/{slug}/reseller-links/{reseller} with that workspace's token (a supervisor's).
         */
        post: operations["createResellerSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/licenses/{licenseId}/renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a license can be renewed online now, why not, and the price in the workspace's currency */
        get: operations["getLicenseRenewal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/licenses/{licenseId}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew a license online (seed 004): a paid renewal order, the term extended, an e-mail to the workspace's supervisors and admins
         * @description Send the term end and total from GET …/renewal; if either changed meanwhile the answer is 409 and nothing is charged. With an Idempotency-Key, a repeated request returns the first renewal. A term is renewed once, whichever way: if the workspace's renewal order (or any other path) renewed it already, the answer is 409 term_already_renewed with renewedUntil.
         */
        post: operations["renewLicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit events, newest first
         * @description Every role reads the log. Filters combine (and); cursor paging over any number of events.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/audit-events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the workspace's hash chain
         * @description Recomputes every event's hash in chain (id) order and names the first broken link: `hash` (the event was edited), `link` (an event before it was deleted or re-hashed), `head` (the newest events were deleted). Takes time in proportion to the log.
         */
        get: operations["verifyAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event a filter selects, streamed as CSV or JSON Lines
         * @description Newest first, no row cap, streamed while it is read (constant memory on the server). CSV (for spreadsheets): UTF-8 with a byte-order mark, a header line, then id, occurred_at, recorded_at, actor_kind, actor, actor_account_id, action, subject_type, subject_id, data (JSON); a formula trigger (=, +, -, @) at a cell's start or after a separator gets a leading apostrophe. JSON Lines (for programs): one AuditEvent per line, unaltered. A failure after the first line cuts the body short.
         */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resellers/{reseller}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reseller's linked workspaces and its latest 100 invitations */
        get: operations["listResellerLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resellers/{reseller}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite an existing workspace, by its address or a supervisor's e-mail
         * @description A supervisor of the workspace accepts or declines (POST /workspaces/{workspace}/reseller-invitations/{invitationId}/accept); until then the reseller sees only what it typed. The workspace's supervisors get an e-mail; both audit logs record it. 404: no such workspace (a sandbox reseller reaches sandboxes only). 422 invitee_ambiguous: the e-mail supervises several workspaces. 409 already_linked, or invitation_pending (details.invitationId) when one is already waiting; invitation_too_soon (details.retryAfter) within a day of a declined or withdrawn one. With an Idempotency-Key, a repeat answers the first invitation.
         */
        post: operations["inviteWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resellers/{reseller}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw a pending invitation
         * @description Withdrawing twice changes nothing; an invitation already accepted or declined answers 409 invitation_decided.
         */
        delete: operations["withdrawInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resellers/{reseller}/links/{workspaceSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop administering a workspace (end the link from the reseller's side)
         * @description The reseller's staff and tokens lose access at once: their next request to the workspace answers 404. Both audit logs record it; the workspace's supervisors and the reseller's staff get an e-mail. Once ended, a repeat answers 404 (the workspace is no longer the reseller's).
         */
        delete: operations["endResellerLinkByReseller"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resellers/{reseller}/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer workspace, linked to the reseller from the start
         * @description Currency and formats follow the country; the time zone defaults to the country's. With supervisorEmail, that person is invited as its first supervisor (an e-mail with a link to set their password, valid 7 days); until someone accepts, the reseller's staff administer it (as admins). A sandbox reseller's workspaces are sandboxes. With an Idempotency-Key, a repeat answers the first workspace.
         */
        post: operations["createCustomerWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/reseller-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resellers' invitations to administer the workspace (admins read, the supervisor decides) */
        get: operations["listResellerInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/reseller-invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a reseller's invitation (supervisor): the link is made
         * @description The reseller's staff and tokens act as admins in the workspace from their next request. Both audit logs record it; the reseller's staff get an e-mail. Deciding the same way twice answers 200 with changed: false; the other way 409 invitation_decided.
         */
        post: operations["acceptResellerInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/reseller-invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a reseller's invitation (supervisor)
         * @description The reseller may invite again later. Both audit logs record it; the reseller's staff get an e-mail. Deciding the same way twice answers 200 with changed: false; the other way 409 invitation_decided.
         */
        post: operations["declineResellerInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/reseller-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The resellers that administer the workspace */
        get: operations["listWorkspaceResellerLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/reseller-links/{reseller}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End a reseller's link to the workspace (supervisor)
         * @description The reseller's staff and tokens lose access at once: their next request to the workspace answers 404. Both audit logs record it; the supervisors and the reseller's staff get an e-mail. Sandbox suites unlink this way with the sandbox's (supervisor) token. With an Idempotency-Key a repeat answers the first result; without one, a repeat is 404.
         */
        delete: operations["endResellerLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints of the workspace (supervisor) */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint (supervisor)
         * @description https only in production; URLs whose host is or resolves to a private, loopback or link-local address are refused (422). Event types: activation.released, activation_code.issued, api_token.created, api_token.revoked, assignment.created, assignment.ended, assignments.bulk_unassign_requested, assignments.bulk_unassign_finished, clock.set, clock.advanced, device.license_switched, directory_user.created, directory_user.bulk_created, host.removed, host.reset_requested, keys.activated, keys.checked_online, keys.provisional_expired, keys.request_key_entered, license.expired, license.features_configured, license.renewed, license.replaced, order.cancelled, order.created, order.lapsed, order.paid, payment.confirmed, renewal.window_closed, reset_request.approved, reset_request.denied, sandbox.created, settings.two_factor_required, webhook_endpoint.created, webhook_endpoint.updated, webhook_endpoint.deleted, webhook_endpoint.disabled, webhook.test, or "*". The payloads are described under `webhooks`.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint (supervisor) */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log (supervisor) */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change, switch off or on a webhook endpoint (supervisor)
         * @description Switching an endpoint on again forgets its failing streak; the deliveries kept while it was off are sent.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/workspaces/{workspace}/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's delivery log, newest first (supervisor) */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery's event again (supervisor)
         * @description A new delivery of the same event: same Webhook-Id and payload, so a receiver that dedupes on the id sees a repeat.
         */
        post: operations["resendWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace}/webhook-endpoints/{endpointId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event to the endpoint (supervisor)
         * @description Queues a `webhook.test` event for this endpoint, whatever types it subscribes to.
         */
        post: operations["sendTestWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "activation.released": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * activation.released event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "activation.released";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "activation_code.issued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * activation_code.issued event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "activation_code.issued";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "api_token.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * api_token.created event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "api_token.created";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "api_token.revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * api_token.revoked event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "api_token.revoked";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * assignment.created event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "assignment.created";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.ended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * assignment.ended event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "assignment.ended";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignments.bulk_unassign_requested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * assignments.bulk_unassign_requested event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "assignments.bulk_unassign_requested";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignments.bulk_unassign_finished": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * assignments.bulk_unassign_finished event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "assignments.bulk_unassign_finished";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "clock.set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * clock.set event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "clock.set";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "clock.advanced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * clock.advanced event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "clock.advanced";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "device.license_switched": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * device.license_switched event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "device.license_switched";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "directory_user.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * directory_user.created event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "directory_user.created";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "directory_user.bulk_created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * directory_user.bulk_created event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "directory_user.bulk_created";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "host.removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * host.removed event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "host.removed";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "host.reset_requested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * host.reset_requested event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "host.reset_requested";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "keys.activated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * keys.activated event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "keys.activated";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "keys.checked_online": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * keys.checked_online event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "keys.checked_online";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "keys.provisional_expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * keys.provisional_expired event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "keys.provisional_expired";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "keys.request_key_entered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * keys.request_key_entered event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "keys.request_key_entered";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "license.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * license.expired event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "license.expired";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "license.features_configured": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * license.features_configured event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "license.features_configured";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "license.renewed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * license.renewed event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "license.renewed";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "license.replaced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * license.replaced event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "license.replaced";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.cancelled event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "order.cancelled";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.created event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "order.created";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.lapsed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.lapsed event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "order.lapsed";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.paid event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "order.paid";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.confirmed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.confirmed event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "payment.confirmed";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "renewal.window_closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * renewal.window_closed event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "renewal.window_closed";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reset_request.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * reset_request.approved event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "reset_request.approved";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reset_request.denied": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * reset_request.denied event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "reset_request.denied";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sandbox.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * sandbox.created event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "sandbox.created";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "settings.two_factor_required": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * settings.two_factor_required event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "settings.two_factor_required";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_endpoint.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_endpoint.created event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "webhook_endpoint.created";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_endpoint.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_endpoint.updated event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "webhook_endpoint.updated";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_endpoint.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_endpoint.deleted event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "webhook_endpoint.deleted";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_endpoint.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_endpoint.disabled event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "webhook_endpoint.disabled";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook.test event
         * @description Answer 2xx within 10 s. Anything else (or no answer) is retried with exponential backoff for up to 3 days.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: its audit event's id (a uuid for webhook.test); the same at every endpoint, on every retry and re-send. Dedupe on it. */
                    "Webhook-Id": string;
                    /** @description Seconds since the epoch when this attempt was signed. Refuse requests older than 5 minutes. */
                    "Webhook-Timestamp": string;
                    /** @description v1=<hex HMAC-SHA256 of "<Webhook-Timestamp>.<raw body>" keyed with the endpoint's secret> (docs/WEBHOOKS.md). */
                    "Webhook-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Equals Webhook-Id: the audit event's id (GET …/audit-events), or a uuid for webhook.test. */
                        id: string;
                        /** @constant */
                        type: "webhook.test";
                        /**
                         * @description Fields may be added within a version; renaming or removing one makes a new version.
                         * @constant
                         */
                        version: 1;
                        /**
                         * Format: date-time
                         * @description When it happened, on the workspace's clock (a sandbox's test clock).
                         */
                        created_at: string;
                        workspace: {
                            /** Format: uuid */
                            id: string;
                        };
                        data: {
                            /** @description Events of one subject arrive in order. */
                            subject: {
                                type?: string;
                                id?: string | null;
                            };
                            actor: {
                                /** @description An e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
                                label?: string;
                            };
                            /** @description The audit event's data (before and after values of a change). */
                            details: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Received. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        Workspace: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            country: string;
            currency: string;
            locale: string;
            timeZone: string;
            isSandbox: boolean;
            /**
             * @description The caller's role in this workspace.
             * @enum {string}
             */
            role: "supervisor" | "admin" | "viewer";
        };
        DirectoryUser: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /** Format: date-time */
            createdAt: string;
        };
        Product: {
            /** Format: uuid */
            id: string;
            sku: string;
            name: string;
            publisher: string;
            /** @enum {string} */
            licensingModel: "per_user" | "per_device" | "per_host";
            features: string[];
            seats: components["schemas"]["Seats"];
        };
        Seats: {
            /** @description Seats in use now, by the product's licensing model: per user, the users holding a seat; per device, the devices running a license of it (a macOS device waiting to switch counts once, on the license it runs); per host, the host activations. */
            used: number;
            /** @description What `used` is compared with ("used/purchased"): inside the renewal window the seats renewed for the coming term, otherwise `purchasedThisTerm`. */
            purchased: number;
            /** @description Paid seats of the current term. */
            purchasedThisTerm: number;
            /** @description Seats bought for the coming term (renewal orders). */
            renewed: number;
            /** @description Seats in use not yet renewed, max(0, used − renewed), inside the renewal window; 0 outside it. */
            needsRenewal: number;
            /** @description Seats ordered through Add licenses / Add products and not yet paid, inside the window or not. */
            paymentRequired: number;
            /** @description Users who lost access because the seats they held were not paid for or not renewed when the window closed. */
            noAccess: number;
        };
        AssignmentResult: {
            /** Format: uuid */
            userId: string;
            /** Format: uuid */
            productId: string;
            assignedAt: string | null;
            /** @description False when nothing had to change. */
            changed: boolean;
        };
        UnassignPreview: {
            selected: number;
            /** @description Selected users who hold a seat: these lose it. */
            unassigned: number;
            /** @description Selected users without a seat: nothing happens to them. */
            withoutSeat: number;
            shortageBefore: number;
            shortageAfter: number;
            /** @description Users on the Requires renewal list now. */
            listBefore: number;
            listAfter: number;
            leavingList: {
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
                unassigned: boolean;
            }[];
            /** @description True when the change will run as a tracked operation. */
            tracked: boolean;
        };
        UnassignOutcome: {
            /** @description Set for a tracked operation: follow it at GET /workspaces/{workspace}/operations/{operationId}. */
            operationId: string | null;
            /** @enum {string} */
            status: "done" | "queued";
            selected: number;
            /** @description Seats taken back now (0 for a tracked operation until it runs). */
            unassigned: number;
            withoutSeat: number;
        };
        Operation: {
            /** Format: uuid */
            id: string;
            kind: string;
            productId: string | null;
            total: number;
            done: number;
            changed: number;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            reason: string;
            requestedBy: string;
            /** Format: date-time */
            createdAt: string;
            finishedAt: string | null;
            error: string | null;
        };
        Order: {
            /** Format: uuid */
            id: string;
            /** @description Per-workspace order number: LC-<year placed>-<sequence>, e.g. LC-2026-000123. */
            number: string;
            /** @description The customer's own purchase-order reference, printed in the order's e-mails. */
            purchaseOrder: string | null;
            /** Format: uuid */
            productId: string;
            productName: string;
            /** @enum {string} */
            kind: "add_licenses" | "add_products" | "renewal";
            quantity: number;
            /** @description Total in the currency's minor unit. */
            amountMinor: number;
            currency: string;
            /**
             * @description unpaid orders count as payment required (renewals: not yet renewed) until paid; cancelled by a supervisor; lapsed: unpaid when its term could no longer start.
             * @enum {string}
             */
            status: "unpaid" | "paid" | "cancelled" | "lapsed";
            /** @description Why a lapsed order can no longer be paid. */
            lapseReason: ("window_closed" | "term_ended" | "subscription_ended") | null;
            /** @description Start of the term the seats are bought for (workspace-local midnight). */
            termStart: string | null;
            /** @description End of that term, exclusive: the contract's anniversary. */
            termEnd: string | null;
            /** Format: date-time */
            createdAt: string;
            paidAt: string | null;
        };
        OrderQuote: {
            /** Format: uuid */
            productId: string;
            productName: string;
            /** @enum {string} */
            kind: "add_licenses" | "add_products" | "renewal";
            quantity: number;
            currency: string;
            /** @description Per seat per year after any special offer valid today, minor units. */
            unitAmountMinor: number;
            /** @description The list price per seat per year, minor units. */
            listUnitAmountMinor: number;
            /** @description The special offer applied, if any. */
            offerName: string | null;
            /** @description A workspace-local calendar date. */
            termStart: string;
            /** @description Exclusive: the contract's anniversary. */
            termEnd: string;
            /** @description Days charged: to the anniversary for added seats (pro rata), the whole year for a renewal. */
            chargedDays: number;
            yearDays: number;
            /** @description quantity × unit × chargedDays / yearDays, rounded half up once to a minor unit. */
            amountMinor: number;
            contractId: string | null;
        };
        Activation: {
            /** Format: uuid */
            id: string;
            /** @description The 10-digit request key; null for a manually entered key without one. */
            requestKey: string | null;
            /**
             * @description provisional: the provisional key runs (warning marker); overdue: no final key after 3 weeks, check online again and then contact support; activated: the final name- and term-bound key is installed; expired: 3 months passed without it.
             * @enum {string}
             */
            status: "provisional" | "overdue" | "activated" | "expired";
            productName: string | null;
            quantity: number | null;
            /** Format: date-time */
            enteredAt: string;
            /** Format: date-time */
            provisionalUntil: string;
            /** @description When the activation service expects the final key. */
            finalReadyAt: string | null;
            activatedAt: string | null;
            /** @description Until when program improvements and updates are included. */
            updateServiceUntil: string | null;
            termEnd: string | null;
            keyId: string | null;
            via: ("online" | "manual") | null;
            testKey: boolean;
        };
        CheckOnlineResult: {
            /** Format: date-time */
            checkedAt: string;
            /** @description Final keys ready at the activation service. */
            offers: components["schemas"]["ActivationKeyOffer"][];
            waiting: {
                requestKey: string;
                /** Format: date-time */
                retryAt: string;
                contactSupport: boolean;
            }[];
            /** @description With apply: the activations installed by this call. */
            applied: components["schemas"]["Activation"][];
        };
        ActivationKeyOffer: {
            keyId: string;
            requestKey: string | null;
            modules: {
                sku: string;
                name: string;
                quantity: number;
            }[];
            /** Format: date-time */
            termStart: string;
            /** Format: date-time */
            termEnd: string;
            /** Format: date-time */
            updateServiceUntil: string;
            /** @description The signed key text. */
            key: string;
        };
        Clock: {
            /** Format: date-time */
            now: string;
            testClock: boolean;
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "supervisor" | "admin" | "viewer";
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Who issued it: a console account, or the account behind another token; null when not recorded or no longer visible from this workspace. */
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description Last authenticated request, to the minute. */
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
        };
        IssuedApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "supervisor" | "admin" | "viewer";
            prefix: string;
            /** @description The secret, in the first answer only; only its hash is stored. Null when an Idempotency-Key replay answers: revoke the token and create another if the first answer was lost. */
            token: string | null;
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
        };
        WorkspaceInvitation: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "supervisor" | "admin" | "viewer";
            invitedBy: string;
            sentAt: string;
            expiresAt: string;
            /** @description The link no longer works; send it again for 7 more days. */
            expired: boolean;
        };
        Sandbox: {
            workspace: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
                country: string;
                currency: string;
                timeZone: string;
            };
            /** @enum {string} */
            template: "empty" | "renewal-window-50-45" | "bulk-1200" | "full-renewal-60-70" | "outside-window" | "hosts-two-publishers" | "activation-devices";
            description: string;
            token: components["schemas"]["IssuedApiToken"];
            /** @description The supervisor's sign-in for the browser. */
            signIn: {
                email: string;
                password: string;
            };
            /** @description One browser sign-in per role. */
            signIns: {
                supervisor: {
                    email: string;
                    password: string;
                };
                admin: {
                    email: string;
                    password: string;
                };
                viewer: {
                    email: string;
                    password: string;
                };
            };
            /** @description Staff sign-ins of publishers made for this sandbox only (templates with reset requests); empty otherwise. */
            publisherSignIns: {
                /** @description Publisher slug: its console is /p/{publisher}. */
                publisher: string;
                name: string;
                email: string;
                password: string;
            }[];
            clock: {
                /** Format: date-time */
                now: string;
            };
            /** Format: date-time */
            expiresAt: string;
        };
        AccountMail: {
            /** Format: uuid */
            id: string;
            kind: string;
            recipients: string[];
            subject: string;
            text: string;
            queuedAt: string;
        };
        Host: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            platform: "windows" | "macos" | "linux" | "android" | "ios";
            /**
             * @description unusable and reset_requested hosts show greyed out; removed ones left the account.
             * @enum {string}
             */
            state: "active" | "unusable" | "reset_requested" | "removed";
            lastSeenAt: string | null;
            /** @description Activations the host holds now. */
            activations: number;
            /** @description Names of the licenses those activations belong to. */
            licenses: string[];
        };
        HostDetails: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            platform: "windows" | "macos" | "linux" | "android" | "ios";
            /** @enum {string} */
            state: "active" | "unusable" | "reset_requested" | "removed";
            lastSeenAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Whether Report as unusable applies now. */
            canReport: boolean;
            activations: {
                /** Format: uuid */
                licenseId: string;
                licenseName: string;
                productName: string;
                /** Format: uuid */
                publisherId: string;
                publisherName: string;
                /** @description Held now (not released). */
                activations: number;
                /** Format: date-time */
                activatedAt: string;
                releasedAt: string | null;
            }[];
            /** @description The latest reset request. */
            request: {
                /** Format: uuid */
                id: string;
                reason: string;
                /** Format: date-time */
                requestedAt: string;
                requestedBy: string | null;
                items: components["schemas"]["ResetRequestItem"][];
            } | null;
        };
        ResetRequestItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            licenseId: string;
            licenseName: string;
            /** Format: uuid */
            publisherId: string;
            publisherName: string;
            /** @enum {string} */
            decision: "pending" | "approved" | "denied";
            decidedAt: string | null;
            note: string | null;
            /** @description Undecided for 3 working days in the workspace's time zone: contact the publisher. */
            contactPublisher: boolean;
        };
        ResetRequest: {
            /** Format: uuid */
            requestId: string;
            /** Format: uuid */
            hostId: string;
            hostName: string;
            /** @enum {string} */
            state: "active" | "unusable" | "reset_requested" | "removed";
            /** Format: date-time */
            requestedAt: string;
            /** @description True when a request was already under way: it is returned and nothing new is made. */
            existing: boolean;
            items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                licenseId: string;
                licenseName: string;
                /** Format: uuid */
                publisherId: string;
                publisherName: string;
                /** @enum {string} */
                decision: "pending" | "approved" | "denied";
            }[];
        };
        ActivationPoolEntry: {
            /** Format: uuid */
            licenseId: string;
            licenseName: string;
            productName: string;
            publisherName: string;
            quantity: number;
            inUse: number;
            /** @description quantity − activations in use; released activations count as free. */
            free: number;
        };
        PublisherResetItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            requestId: string;
            /** @enum {string} */
            decision: "pending" | "approved" | "denied";
            note: string | null;
            decidedAt: string | null;
            licenseName: string;
            productName: string;
            productSku: string;
            workspaceName: string;
            hostName: string;
            /** @enum {string} */
            hostPlatform: "windows" | "macos" | "linux" | "android" | "ios";
            reason: string;
            /** Format: date-time */
            requestedAt: string;
        };
        ResetDecision: {
            /** Format: uuid */
            itemId: string;
            /** @enum {string} */
            decision: "approved" | "denied";
            /** Format: date-time */
            decidedAt: string;
            note: string | null;
            changed: boolean;
            /** @enum {string} */
            hostState: "active" | "unusable" | "reset_requested" | "removed";
        };
        PublisherActivationCount: {
            /** Format: uuid */
            productId: string;
            productSku: string;
            productName: string;
            /**
             * @description active: held on a machine now; released: given back (reset approved, host removed, switched).
             * @enum {string}
             */
            state: "active" | "released";
            activations: number;
            /** @description Distinct machines with such activations. */
            hosts: number;
            /** @description Distinct customer workspaces with such activations. */
            workspaces: number;
        };
        PublisherIssuedCode: {
            /** Format: uuid */
            codeId: string;
            /** @description Null when an Idempotency-Key replay answers. */
            code: string | null;
            definition: {
                sku: string;
                productName: string;
                name: string;
                /** @enum {string} */
                licensingModel: "per_user" | "per_device" | "per_host";
                quantity: number;
                termDays: number;
                features: string[];
            };
        };
        License: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            productId: string;
            productName: string;
            sku: string;
            /** @enum {string} */
            licensingModel: "per_user" | "per_device" | "per_host";
            /** @description The license limit. */
            quantity: number;
            /** Format: date-time */
            termStart: string;
            /**
             * Format: date-time
             * @description Until when the license is bought: its term's end, or the end of a paid renewal (any path) that takes over from it, also before the renewal window's close applies a renewal order to the license.
             */
            expiresAt: string;
            source: string;
            /**
             * @description By the workspace clock: expired once expiresAt is reached, expiring when fewer than 30 days remain (between instants), provisional for a request key's provisional key, replaced once an activation code replaced it, cancelled, otherwise active.
             * @enum {string}
             */
            state: "active" | "expiring" | "expired" | "replaced" | "provisional" | "cancelled";
            features: string[];
            featureSettings: {
                [key: string]: boolean;
            };
            replacedById: string | null;
            replacesId: string | null;
            devices: components["schemas"]["Device"][];
        };
        Device: {
            /**
             * Format: uuid
             * @description The host id.
             */
            id: string;
            name: string;
            /** @enum {string} */
            platform: "windows" | "macos" | "linux" | "android" | "ios";
            licenseId: string | null;
            licenseName: string | null;
            /** @description macOS: the replacement license registered on the device. */
            pendingLicenseId: string | null;
            pendingLicenseName: string | null;
            /** @description When the device switches to the pending license (the current one's expiry). */
            switchesAt: string | null;
        };
        ActivationCodePreview: {
            /** @description The code, normalised (XXXXX-XXXXX-XXXXX-XXXXX). */
            code: string;
            /** @enum {string} */
            verdict: "upgrade" | "downgrade" | "renewal";
            /** @description Features the new license adds. */
            gained: string[];
            /** @description Features no longer available with the new license. */
            lost: string[];
            /** @description True when features would be lost. */
            warn: boolean;
            current: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                licensingModel: "per_user" | "per_device" | "per_host";
                quantity: number;
                /** Format: date-time */
                expiresAt: string;
                editionRank: number;
                features: string[];
            };
            next: {
                /**
                 * Format: uuid
                 * @description The license definition's id.
                 */
                id: string;
                name: string;
                /** @enum {string} */
                licensingModel: "per_user" | "per_device" | "per_host";
                quantity: number;
                /** Format: date-time */
                expiresAt: string;
                editionRank: number;
                features: string[];
                productName: string;
                termDays: number;
            };
            same: {
                name: boolean;
                licensingModel: boolean;
                quantity: boolean;
                expiresAt: boolean;
            };
        };
        ActivationCodeApplied: {
            /** Format: uuid */
            previousLicenseId: string;
            license: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                licensingModel: "per_user" | "per_device" | "per_host";
                quantity: number;
                /** Format: date-time */
                expiresAt: string;
                editionRank: number;
                features: string[];
            };
            /** @enum {string} */
            verdict: "upgrade" | "downgrade" | "renewal";
            gained: string[];
            lost: string[];
            /** @description Devices moved to the new license; null on a repeated apply. */
            devices: {
                switched: number;
                registered: number;
                switchesAt: string | null;
            } | null;
            /** @description True when this code had replaced this license before: the first answer again. */
            alreadyApplied: boolean;
        };
        ResellerSandbox: {
            reseller: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
                requireTwoFactor: boolean;
            };
            staff: {
                email: string;
                password: string;
            };
            workspaces: {
                workspace: {
                    /** Format: uuid */
                    id: string;
                    slug: string;
                    name: string;
                    country: string;
                    currency: string;
                    timeZone: string;
                };
                /** @enum {string} */
                template: "empty" | "renewal-window-50-45" | "bulk-1200" | "full-renewal-60-70" | "outside-window" | "hosts-two-publishers" | "activation-devices";
                description: string;
                token: components["schemas"]["IssuedApiToken"];
                /** @description The supervisor's sign-in for the browser. */
                signIn: {
                    email: string;
                    password: string;
                };
                /** @description One browser sign-in per role. */
                signIns: {
                    supervisor: {
                        email: string;
                        password: string;
                    };
                    admin: {
                        email: string;
                        password: string;
                    };
                    viewer: {
                        email: string;
                        password: string;
                    };
                };
                /** @description Staff sign-ins of publishers made for this sandbox only (templates with reset requests); empty otherwise. */
                publisherSignIns: {
                    /** @description Publisher slug: its console is /p/{publisher}. */
                    publisher: string;
                    name: string;
                    email: string;
                    password: string;
                }[];
                clock: {
                    /** Format: date-time */
                    now: string;
                };
                /** Format: date-time */
                expiresAt: string;
                licenses: {
                    /** Format: uuid */
                    renewable: string;
                    /** Format: uuid */
                    tooEarly: string;
                    /** Format: uuid */
                    partner: string;
                    /** Format: uuid */
                    before80: string;
                };
            }[];
        };
        LicenseRenewal: {
            /** Format: uuid */
            licenseId: string;
            name: string;
            /** Format: date-time */
            termEnd: string;
            eligible: boolean;
            /** @description Set while a renewal bought ahead (a renewal order, an online renewal, a code) has not started: the term is renewed until then and cannot be renewed again. */
            renewedUntil: string | null;
            /** @description Whole days until the term ends on the workspace's calendar. */
            daysLeft: number;
            reasons: ("already_renewed" | "not_active" | "not_web_store" | "before_8_0" | "too_early")[];
            quote: {
                currency: string;
                unitAmountMinor: number;
                offerName: string | null;
                quantity: number;
                amountMinor: number;
                /** Format: date-time */
                termEnd: string;
                carriedDays: number;
            } | null;
        };
        RenewalResult: {
            /** Format: uuid */
            renewalId: string;
            /** Format: uuid */
            orderId: string;
            /** @description The order's number, e.g. LC-2026-000123. */
            orderNumber: string;
            /** Format: uuid */
            licenseId: string;
            amountMinor: number;
            currency: string;
            /** Format: date-time */
            previousTermEnd: string;
            /** Format: date-time */
            termEnd: string;
            carriedDays: number;
            mailedTo: string[];
        };
        AuditEvent: {
            /** @description Ascends along the workspace's hash chain. */
            id: string;
            /** @description Workspace time (a sandbox's test clock), UTC to the microsecond. */
            occurredAt: string;
            /** @description Server time when the event was written, UTC to the microsecond. */
            recordedAt: string;
            /**
             * @description A person's session, an API token, or a timed job of the console.
             * @enum {string}
             */
            actorKind: "person" | "token" | "job";
            actorAccountId: string | null;
            /** @description Who acted, as recorded: an e-mail, token-<id>@api-tokens.invalid, or job:<kind>. */
            actorLabel: string;
            /** @description e.g. license.renewed, assignment.ended, job.renewal.window_close. */
            action: string;
            subjectType: string;
            subjectId: string | null;
            /** @description What changed (for an update, its before and after values). */
            data: {
                [key: string]: unknown;
            };
        };
        AuditChainReport: {
            ok: boolean;
            /** @description Events checked before the verdict. */
            events: number;
            /** @description The last event that held. */
            lastId: string | null;
            broken: {
                id: string;
                /** @enum {string} */
                reason: "hash" | "link" | "head";
                afterId: string | null;
            } | null;
        };
        ResellerLink: {
            workspace: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
                country: string;
            };
            /** Format: date-time */
            linkedAt: string;
        };
        ResellerInvitation: {
            /** Format: uuid */
            id: string;
            /** @description What the reseller typed: the workspace's address or a supervisor's e-mail. */
            invitedAs: string;
            /** @enum {string} */
            state: "pending" | "accepted" | "declined" | "revoked";
            invitedBy: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            /** @description Named once the invitation is accepted; null before. */
            workspace: {
                slug: string;
                name: string;
            } | null;
        };
        CustomerWorkspace: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            country: string;
            currency: string;
            locale: string;
            timeZone: string;
            isSandbox: boolean;
        };
        WorkspaceResellerInvitation: {
            /** Format: uuid */
            id: string;
            reseller: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
            };
            invitedAs: string;
            invitedBy: string;
            /** @enum {string} */
            state: "pending" | "accepted" | "declined" | "revoked";
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
        };
        WebhookEndpoint: {
            /** Format: uuid */
            id: string;
            url: string;
            /** @description Event types it receives, or ["*"] for all. */
            eventTypes: string[];
            description: string;
            enabled: boolean;
            /** @description `failing`: switched off after 3 days of failed deliveries (supervisors were e-mailed). */
            disabledReason: "failing" | null;
            /** @description Since when every attempt has failed; null after a success. */
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreatedWebhookEndpoint: {
            /** Format: uuid */
            id: string;
            url: string;
            /** @description Event types it receives, or ["*"] for all. */
            eventTypes: string[];
            description: string;
            enabled: boolean;
            /** @description `failing`: switched off after 3 days of failed deliveries (supervisors were e-mailed). */
            disabledReason: "failing" | null;
            /** @description Since when every attempt has failed; null after a success. */
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The signing secret (whsec_…), shown this once; null on an Idempotency-Key replay. */
            secret: string | null;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** @description The Webhook-Id header: the audit event's id (a uuid for a test event); the same on every retry and re-send. */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            /** @description The receiver's HTTP status at the last attempt; null when it did not answer. */
            responseStatus: number | null;
            durationMs: number | null;
            lastError: string | null;
            nextAttemptAt: string | null;
            lastAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        QueuedWebhookDelivery: {
            /**
             * Format: uuid
             * @description The new delivery.
             */
            id: string;
            eventId: string;
        };
        Error: {
            error: {
                /** @description Stable machine-readable code, e.g. not_found, validation_failed, forbidden. */
                code: string;
                /** @description A sentence for people. */
                message: string;
                /** @description For validation errors: {fieldErrors, formErrors}. */
                details?: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Calls allowed in the current window. */
        "RateLimit-Limit": number;
        /** @description Calls left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window resets. */
        "RateLimit-Reset": number;
        /** @description The limit and its window in seconds, e.g. `600;w=60`. */
        "RateLimit-Policy": string;
        /** @description Seconds to wait before calling again. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All of them (never many: not paged). */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Workspace"][];
                        /** @description Pass as ?cursor= for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace and the caller's role in it. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDirectoryUsers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description Part of a name or e-mail. */
                q?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DirectoryUser"][];
                        /** @description Pass as ?cursor= for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createDirectoryUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    email: string;
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        email: string;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bulkCreateDirectoryUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    users: {
                        name: string;
                        email: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description What was created and what was skipped. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string;
                        }[];
                        skipped: {
                            email: string;
                            /**
                             * @description already_exists: in the workspace before; duplicate_in_batch: the same e-mail (case aside) earlier in this batch.
                             * @enum {string}
                             */
                            reason: "already_exists" | "duplicate_in_batch";
                        }[];
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1048576 bytes. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every licensed product (a workspace licenses few: not paged). */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"][];
                        /** @description Pass as ?cursor= for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAssignments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                workspace: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            name: string;
                            email: string;
                            /** Format: date-time */
                            assignedAt: string;
                        }[];
                        /** @description Pass as ?cursor= for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assignSeat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    userId: string;
                };
            };
        };
        responses: {
            /** @description The assignment. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResult"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unassignSeat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                productId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResult"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewUnassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userIds?: string[];
                    allMatching?: {
                        q?: string;
                        requiresRenewal?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description The effect. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnassignPreview"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unassignUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userIds?: string[];
                    allMatching?: {
                        q?: string;
                        requiresRenewal?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description What happened, or the tracked operation. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnassignOutcome"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOperation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
                operationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Order"][];
                        /** @description Pass as ?cursor= for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    productId: string;
                    /** @enum {string} */
                    kind: "add_licenses" | "add_products" | "renewal";
                    quantity: number;
                    purchaseOrder?: string | null;
                };
            };
        };
        responses: {
            /** @description The unpaid order. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    quoteOrder: {
        parameters: {
            query: {
                productId: string;
                kind: "add_licenses" | "add_products" | "renewal";
                quantity: number;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quote. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderQuote"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markOrderPaid: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The paid order; paying a paid order changes nothing. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled order. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listActivations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every activation (a workspace has a handful). */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activation"][];
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addRequestKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    requestKey: string;
                };
            };
        };
        responses: {
            /** @description The provisional activation. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activation"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkOnline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    apply?: boolean;
                };
            };
        };
        responses: {
            /** @description What is ready, what is still waiting, and what was installed. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckOnlineResult"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    enterActivationKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                };
            };
        };
        responses: {
            /** @description The activation; entering the same key again changes nothing. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activation: components["schemas"]["Activation"];
                        changed: boolean;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    now: string;
                };
            };
        };
        responses: {
            /** @description The clock after the move. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    advanceClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 0 */
                    days?: number;
                    /** @default 0 */
                    hours?: number;
                    /** @default 0 */
                    minutes?: number;
                    /** @default 0 */
                    seconds?: number;
                };
            };
        };
        responses: {
            /** @description The clock after the move. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All tokens, newest first; secrets are never shown again. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiToken"][];
                        /** @description Pass as ?cursor= for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    role: "supervisor" | "admin" | "viewer";
                    expiresInDays?: number;
                };
            };
        };
        responses: {
            /** @description The token, with its secret shown this once. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiToken"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (revoking twice changes nothing). */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @constant */
                        revoked: true;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPersonInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invitations not yet accepted or withdrawn, latest sent first (up to 200). */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WorkspaceInvitation"][];
                        /** @description Pass as ?cursor= for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    invitePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @enum {string} */
                    role: "supervisor" | "admin" | "viewer";
                };
            };
        };
        responses: {
            /** @description The invitation, and whether it replaced an open one. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitation: components["schemas"]["WorkspaceInvitation"];
                        resent: boolean;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resendPersonInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation with its new expiry. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceInvitation"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawPersonInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @constant */
                        withdrawn: true;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The starting situation. empty: No contract, no licenses, no users. renewal-window-50-45: Inside the renewal window (anniversary in 10 days): 50 seats used, 45 renewed for the coming term (seed 003). bulk-1200: Inside the renewal window: 1,200 seats used, 1,195 renewed; unassigning them all runs as a tracked operation. full-renewal-60-70: Inside the renewal window: 60 seats used, 70 renewed — nothing to do. outside-window: Anniversary in 120 days: 20 of 25 seats used, 5 unpaid seats of PDF Pro. hosts-two-publishers: An old studio Mac, greyed out, holding activations of two publishers' licenses (Contoso Mixer Ultimate, Fabrikam Endpoint Security Cloud Plus), beside two working machines; staff sign-ins for both publishers, for this sandbox only (seed 000). activation-devices: Fabrikam Endpoint Security Cloud Plus, 100 devices, expiring in 60 days, active on a Windows, a Linux, an Android, an iOS and two macOS devices (seed 002).
                     * @default empty
                     * @enum {string}
                     */
                    template?: "empty" | "renewal-window-50-45" | "bulk-1200" | "full-renewal-60-70" | "outside-window" | "hosts-two-publishers" | "activation-devices";
                    /**
                     * @description ISO 3166-1 alpha-2 country code, e.g. PL, DE, NZ: the currency, the formats and the default time zone follow from it.
                     * @default PL
                     */
                    country?: string;
                    /** @description IANA time zone, one of the country's zones (e.g. Europe/Warsaw for PL, Pacific/Auckland for NZ); defaults to the capital's. */
                    timeZone?: string;
                    /** @description Defaults to “Sandbox <id>”. */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description The sandbox, its token and sign-in. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sandbox"];
                };
            };
            /** @description Malformed request (body is not JSON, wrong content type). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1048576 bytes. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sandboxAccountMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest 20 messages. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AccountMail"][];
                        /** @description Pass as ?cursor= for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listHosts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description Part of a host name. */
                q?: string;
                /** @description Removed hosts are hidden unless true. */
                includeRemoved?: "true" | "false";
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Host"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
                hostId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The host. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostDetails"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reportHostUnusable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                hostId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Information for the software publisher(s); required. */
                    reason: string;
                    /**
                     * @description The admin confirms they understand what a reset request does.
                     * @constant
                     */
                    understood: true;
                };
            };
        };
        responses: {
            /** @description The reset request. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetRequest"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getActivationPool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per license activated on machines. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ActivationPoolEntry"][];
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPublisherResetRequests: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                view?: "pending" | "decided" | "all";
                q?: string;
            };
            header?: never;
            path: {
                publisher: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PublisherResetItem"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    decideResetRequestItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                publisher: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approved" | "denied";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The decision. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetDecision"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPublisherActivations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                publisher: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per product and state. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PublisherActivationCount"][];
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    issuePublisherActivationCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                publisher: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku: string;
                    name?: string;
                    quantity: number;
                    /** @default 365 */
                    termDays?: number;
                    features?: string[];
                    /** @enum {string} */
                    licensingModel?: "per_user" | "per_device" | "per_host";
                };
            };
        };
        responses: {
            /** @description The code (shown once) and what it stands for. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublisherIssuedCode"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLicense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
                licenseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The license. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["License"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewActivationCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
                licenseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description With or without dashes and spaces, any case. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description The preview: current and new license, field by field, and the verdict. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivationCodePreview"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    applyActivationCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                licenseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description With or without dashes and spaces, any case. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description The replacement. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivationCodeApplied"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    configureLicenseFeatures: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                licenseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    settings: {
                        [key: string]: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description The license's feature settings. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        licenseId: string;
                        featureSettings: {
                            [key: string]: boolean;
                        };
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    issueActivationCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku: string;
                    name?: string;
                    quantity: number;
                    /** @default 365 */
                    termDays?: number;
                    features?: string[];
                    /** @enum {string} */
                    licensingModel?: "per_user" | "per_device" | "per_host";
                };
            };
        };
        responses: {
            /** @description The code (shown once; only its hash is stored) and what it stands for. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        definition: {
                            sku: string;
                            productName: string;
                            name: string;
                            /** @enum {string} */
                            licensingModel: "per_user" | "per_device" | "per_host";
                            quantity: number;
                            termDays: number;
                            features: string[];
                        };
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDevices: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
                sort?: "name" | "platform" | "license";
                dir?: "asc" | "desc";
                q?: string;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Device"][];
                        total: number;
                        page: number;
                        size: number;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    switchDeviceNow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                hostId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What switched. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        hostId: string;
                        switched: {
                            /** Format: uuid */
                            activationId: string;
                            /** Format: uuid */
                            from: string;
                            /** Format: uuid */
                            to: string;
                        }[];
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createResellerSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 2 */
                    workspaces?: number;
                    /** @default false */
                    requireTwoFactor?: boolean;
                };
            };
        };
        responses: {
            /** @description The reseller, its staff sign-in and its workspaces. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResellerSandbox"];
                };
            };
            /** @description Malformed request (body is not JSON, wrong content type). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 1048576 bytes. */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLicenseRenewal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
                licenseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eligibility and, when eligible, the quote. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseRenewal"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    renewLicense: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                licenseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    expectedTermEnd: string;
                    expectedAmountMinor: number;
                };
            };
        };
        responses: {
            /** @description The renewal. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenewalResult"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Exactly who acted, as recorded: an e-mail, an API token's address or job:<kind>. */
                actor?: string;
                /** @description One action, e.g. license.renewed or job.renewal.window_close. */
                action?: string;
                /** @description The kind of subject, e.g. license, directory_user, host. */
                subjectType?: string;
                /** @description The subject's id; needs subjectType. */
                subjectId?: string;
                /** @description From this day (workspace time zone) or moment, inclusive. */
                from?: string;
                /** @description Up to this day, inclusive (workspace time zone), or this moment, exclusive. */
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEvent"][];
                        /** @description Pass as ?cursor= for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyAuditEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditChainReport"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                /** @description Exactly who acted, as recorded: an e-mail, an API token's address or job:<kind>. */
                actor?: string;
                /** @description One action, e.g. license.renewed or job.renewal.window_close. */
                action?: string;
                /** @description The kind of subject, e.g. license, directory_user, host. */
                subjectType?: string;
                /** @description The subject's id; needs subjectType. */
                subjectId?: string;
                /** @description From this day (workspace time zone) or moment, inclusive. */
                from?: string;
                /** @description Up to this day, inclusive (workspace time zone), or this moment, exclusive. */
                to?: string;
                format?: "csv" | "jsonl";
            };
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listResellerLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reseller: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Links by workspace name; invitations newest first. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        links: components["schemas"]["ResellerLink"][];
                        invitations: components["schemas"]["ResellerInvitation"][];
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    inviteWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                reseller: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The workspace's address (its slug, e.g. acme-gmbh, or /w/acme-gmbh) or the e-mail of one of its supervisors. */
                    target: string;
                };
            };
        };
        responses: {
            /** @description The pending invitation. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResellerInvitation"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                reseller: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        state: "pending" | "accepted" | "declined" | "revoked";
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    endResellerLinkByReseller: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                reseller: string;
                workspaceSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspace: string;
                        /** @constant */
                        ended: true;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCustomerWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                reseller: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description ISO 3166-1 alpha-2 country code, e.g. PL, DE, NZ: the currency, the formats and the default time zone follow from it. */
                    country: string;
                    /** @description IANA time zone, one of the country's zones (e.g. Europe/Warsaw for PL, Pacific/Auckland for NZ); defaults to the capital's. */
                    timeZone?: string;
                    /**
                     * Format: email
                     * @description Invites this person as the workspace's first supervisor: an e-mail with a link to set their password (7 days).
                     */
                    supervisorEmail?: string;
                };
            };
        };
        responses: {
            /** @description The new workspace. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerWorkspace"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listResellerInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending first (oldest first), then the latest 50 decided. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WorkspaceResellerInvitation"][];
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acceptResellerInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation's state. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        state: "pending" | "accepted" | "declined" | "revoked";
                        /** @description False when it had been decided the same way already. */
                        changed: boolean;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    declineResellerInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation's state. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        state: "pending" | "accepted" | "declined" | "revoked";
                        /** @description False when it had been decided the same way already. */
                        changed: boolean;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (e.g. no free seat). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceResellerLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By reseller name. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            reseller: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: string;
                            };
                            /** Format: date-time */
                            linkedAt: string;
                        }[];
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    endResellerLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                reseller: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reseller: string;
                        /** @constant */
                        ended: true;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All endpoints, oldest first; secrets are never shown again. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"][];
                        /** @description Pass as ?cursor= for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    eventTypes: string[];
                    /** @default  */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description The endpoint, with its signing secret shown this once. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @constant */
                        deleted: true;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url?: string;
                    eventTypes?: string[];
                    description?: string;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description The endpoint as changed. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                workspace: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookDelivery"][];
                        /** @description Pass as ?cursor= for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resendWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                endpointId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; sent at once. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedWebhookDelivery"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendTestWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays with the same key return the first response (header Idempotent-Replayed: true); the same key with another body is refused with 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workspace: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; sent at once. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedWebhookDelivery"];
                };
            };
            /** @description No valid token or session. */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your role does not allow this (or a write with the session cookie that is not a same-origin JSON request). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource, or not one of yours (the two are never told apart). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Validation failed: details.fieldErrors names each field. */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this token, session or address: wait Retry-After seconds. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
