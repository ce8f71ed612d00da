CREATE TABLE "password_resets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workspace_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "workspace_role" NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"invited_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "mail_messages" ALTER COLUMN "workspace_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "password_resets" ADD CONSTRAINT "password_resets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_invitations" ADD CONSTRAINT "workspace_invitations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_invitations" ADD CONSTRAINT "workspace_invitations_invited_by_accounts_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_invitations" ADD CONSTRAINT "workspace_invitations_accepted_by_accounts_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "password_resets_token_key" ON "password_resets" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "password_resets_account_idx" ON "password_resets" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_invitations_token_key" ON "workspace_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "workspace_invitations_ws_idx" ON "workspace_invitations" USING btree ("workspace_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_invitations_one_open" ON "workspace_invitations" USING btree ("workspace_id",lower("email")) WHERE "workspace_invitations"."accepted_at" is null and "workspace_invitations"."withdrawn_at" is null;--> statement-breakpoint
-- Sign-in that enterprises need (issue 18): password resets and workspace invitations.
-- A reset link is the account's, asked for before anyone is signed in: the app role reaches
-- password_resets only through the functions below (like ended_sessions).
ALTER TABLE password_resets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE password_resets FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE ALL ON password_resets FROM PUBLIC;
--> statement-breakpoint
-- A new link for the person with this e-mail, if there is one (a person, not disabled): the
-- caller composes the mail from what comes back, and answers the same either way.
-- The language: the account's choice, else that of the workspace it joined first.
CREATE OR REPLACE FUNCTION app_password_reset_request(login_email text, link_hash text, valid_for interval)
  RETURNS TABLE (account_id uuid, email text, locale text)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
  WITH person AS (
    SELECT a.id, a.email, coalesce(a.locale, (SELECT w.locale FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
                                                WHERE m.account_id = a.id ORDER BY m.created_at LIMIT 1)) AS locale
      FROM accounts a
     WHERE lower(a.email) = lower(login_email) AND a.kind = 'person' AND a.disabled_at IS NULL
  ), made AS (
    INSERT INTO password_resets (account_id, token_hash, expires_at)
    SELECT person.id, link_hash, now() + valid_for FROM person
  )
  SELECT person.id, person.email, person.locale FROM person
$$;
--> statement-breakpoint
-- What the set-new-password page shows before the form: whose link it is and whether it still works.
CREATE OR REPLACE FUNCTION app_password_reset_link(link_hash text)
  RETURNS TABLE (email text, expires_at timestamptz, used_at timestamptz, now timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT a.email, r.expires_at, r.used_at, now() FROM password_resets r JOIN accounts a ON a.id = r.account_id
   WHERE r.token_hash = link_hash AND a.disabled_at IS NULL
$$;
--> statement-breakpoint
-- Uses the link once: the new password is set (the trigger accounts_password_ends_sessions raises
-- the session version, so every session of the account ends) and every open link of the account
-- is spent with it. Returns the account, or nothing when the link is unknown, used or expired.
CREATE OR REPLACE FUNCTION app_password_reset_complete(link_hash text, new_password_hash text)
  RETURNS TABLE (account_id uuid, email text, session_version integer)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  who uuid;
BEGIN
  UPDATE password_resets r SET used_at = now()
   WHERE r.token_hash = link_hash AND r.used_at IS NULL AND r.expires_at > now()
  RETURNING r.account_id INTO who;
  IF who IS NULL THEN RETURN; END IF;
  UPDATE password_resets r SET used_at = now() WHERE r.account_id = who AND r.used_at IS NULL;
  RETURN QUERY
    UPDATE accounts a SET password_hash = new_password_hash
     WHERE a.id = who AND a.kind = 'person' AND a.disabled_at IS NULL
    RETURNING a.id, a.email, a.session_version;
END
$$;
--> statement-breakpoint
-- An account's own mail (a reset link, an invitation's link) belongs to no workspace's outbox, so
-- no member of one reads another person's link. Queued through this function from any scope;
-- read and delivered only by the system scope of no workspace (the worker).
CREATE OR REPLACE FUNCTION app_queue_account_mail(mail_kind text, recipient text, mail_subject text, mail_text text)
  RETURNS uuid
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
  INSERT INTO mail_messages (workspace_id, kind, recipients, subject, text, queued_at)
  VALUES (NULL, mail_kind, ARRAY[lower(trim(recipient))], mail_subject, mail_text, now())
  RETURNING id
$$;
--> statement-breakpoint
CREATE POLICY account_mail ON mail_messages FOR ALL
  USING (workspace_id IS NULL AND current_setting('app.actor', true) = 'system' AND nullif(current_setting('app.workspace_id', true), '') IS NULL)
  WITH CHECK (workspace_id IS NULL AND current_setting('app.actor', true) = 'system' AND nullif(current_setting('app.workspace_id', true), '') IS NULL);
--> statement-breakpoint
-- Invitations are workspace data: its members (the matrix decides who) and its system scope.
ALTER TABLE workspace_invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workspace_invitations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON workspace_invitations FOR ALL
  USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]));
--> statement-breakpoint
-- The invitee opens the link before belonging to the workspace (often before having an account):
-- the invitation its link names, with the workspace's name, and whether an account has the address.
CREATE OR REPLACE FUNCTION app_workspace_invitation(link_hash text)
  RETURNS TABLE (id uuid, workspace_id uuid, workspace_slug text, workspace_name text, email text, role workspace_role,
                 expires_at timestamptz, accepted_at timestamptz, withdrawn_at timestamptz, account_exists boolean, now timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT i.id, i.workspace_id, w.slug, w.name, i.email, i.role, i.expires_at, i.accepted_at, i.withdrawn_at,
         EXISTS (SELECT 1 FROM accounts a WHERE lower(a.email) = lower(i.email)), now()
    FROM workspace_invitations i JOIN workspaces w ON w.id = i.workspace_id
   WHERE i.token_hash = link_hash
$$;
--> statement-breakpoint
-- A new person accepting an invitation: the account with the invited address, made only while
-- that link is open and nobody has the address yet. Returns its id, or nothing.
CREATE OR REPLACE FUNCTION app_create_invited_account(link_hash text, person_name text, new_password_hash text, person_locale text)
  RETURNS uuid
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
  INSERT INTO accounts (email, name, password_hash, locale)
  SELECT i.email, person_name, new_password_hash, person_locale FROM workspace_invitations i
   WHERE i.token_hash = link_hash AND i.accepted_at IS NULL AND i.withdrawn_at IS NULL AND i.expires_at > now()
  ON CONFLICT DO NOTHING
  RETURNING id
$$;
--> statement-breakpoint
-- The language an invitation is written in: the invitee's own choice when the address has an
-- account (the inviter never sees it; only the e-mail's words follow it).
CREATE OR REPLACE FUNCTION app_person_locale(person_email text) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT a.locale FROM accounts a WHERE lower(a.email) = lower(person_email) AND a.kind = 'person' AND a.disabled_at IS NULL
$$;
