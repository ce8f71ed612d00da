CREATE TYPE "public"."reseller_invitation_state" AS ENUM('pending', 'accepted', 'declined', 'revoked');--> statement-breakpoint
CREATE TABLE "reseller_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reseller_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"invited_as" text NOT NULL,
	"state" "reseller_invitation_state" DEFAULT 'pending' NOT NULL,
	"invited_by" uuid,
	"invited_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_label" text,
	"request_key" text
);
--> statement-breakpoint
ALTER TABLE "reseller_workspaces" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "reseller_invitations" ADD CONSTRAINT "reseller_invitations_reseller_id_resellers_id_fk" FOREIGN KEY ("reseller_id") REFERENCES "public"."resellers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reseller_invitations" ADD CONSTRAINT "reseller_invitations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reseller_invitations_workspace_idx" ON "reseller_invitations" USING btree ("workspace_id","state");--> statement-breakpoint
CREATE INDEX "reseller_invitations_reseller_idx" ON "reseller_invitations" USING btree ("reseller_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "reseller_invitations_one_pending" ON "reseller_invitations" USING btree ("reseller_id","workspace_id") WHERE "reseller_invitations"."state" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "reseller_invitations_request_key" ON "reseller_invitations" USING btree ("reseller_id","request_key") WHERE "reseller_invitations"."request_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "reseller_workspaces_request_key" ON "reseller_workspaces" USING btree ("reseller_id","request_key") WHERE "reseller_workspaces"."request_key" is not null;--> statement-breakpoint
-- Linking customers (issue 17). Who may touch a workspace's side of its reseller links: its own
-- members (the supervisor decides: lib/access/matrix) or the system scope of that one workspace,
-- never reseller staff or tokens that reach it through a link of their own.
-- Only a transaction of that one workspace (app.workspace_id) is ever its side: the reseller's
-- room (every linked workspace) answers false at the first comparison, whatever its size.
CREATE OR REPLACE FUNCTION app_workspace_side(ws uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT coalesce(ws = nullif(current_setting('app.workspace_id', true), '')::uuid, false)
     AND ws = ANY (app_workspace_ids())
     AND (current_setting('app.actor', true) = 'system'
          OR EXISTS (SELECT 1 FROM memberships m JOIN accounts a ON a.id = m.account_id
                      WHERE m.workspace_id = ws AND m.account_id = app_account_id() AND a.disabled_at IS NULL))
$$;
--> statement-breakpoint
-- Links: the reseller reads and ends its own; only the workspace's side adds one (accepting an
-- invitation, or the system scope of a workspace a reseller has just created), so no reseller can
-- link itself, or another reseller, to a workspace silently.
DROP POLICY tenant_isolation ON reseller_workspaces;
--> statement-breakpoint
CREATE POLICY link_read ON reseller_workspaces FOR SELECT
  USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]) OR reseller_id = (SELECT app_reseller_id()));
--> statement-breakpoint
CREATE POLICY link_add ON reseller_workspaces FOR INSERT
  WITH CHECK (app_workspace_side(workspace_id));
--> statement-breakpoint
CREATE POLICY link_end ON reseller_workspaces FOR DELETE
  USING (app_workspace_side(workspace_id) OR reseller_id = (SELECT app_reseller_id()));
--> statement-breakpoint
ALTER TABLE reseller_invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reseller_invitations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A reseller sees its own invitations only (never another reseller's to the same workspace),
-- creates them pending and may only withdraw them; the workspace's side sees and decides them.
CREATE POLICY reseller_reads ON reseller_invitations FOR SELECT
  USING (reseller_id = (SELECT app_reseller_id()));
--> statement-breakpoint
CREATE POLICY reseller_invites ON reseller_invitations FOR INSERT
  WITH CHECK (reseller_id = (SELECT app_reseller_id()) AND state = 'pending');
--> statement-breakpoint
CREATE POLICY reseller_withdraws ON reseller_invitations FOR UPDATE
  USING (reseller_id = (SELECT app_reseller_id()))
  WITH CHECK (reseller_id = (SELECT app_reseller_id()) AND state IN ('pending', 'revoked'));
--> statement-breakpoint
CREATE POLICY workspace_reads ON reseller_invitations FOR SELECT
  USING (app_workspace_side(workspace_id));
--> statement-breakpoint
CREATE POLICY workspace_decides ON reseller_invitations FOR UPDATE
  USING (app_workspace_side(workspace_id))
  WITH CHECK (app_workspace_side(workspace_id));
--> statement-breakpoint
-- The workspace an invitation names: by slug, or the workspaces a person with that e-mail
-- supervises (at most two rows: the caller refuses an ambiguous e-mail). Only for reseller staff
-- and tokens; a sandbox reseller reaches sandboxes only, a real reseller real workspaces only.
CREATE OR REPLACE FUNCTION app_reseller_invitation_target(target text) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT w.id FROM workspaces w JOIN resellers r ON r.id = app_reseller_id()
   WHERE w.is_sandbox = r.is_sandbox
     AND (w.slug = lower(target)
          OR (position('@' in target) > 0 AND EXISTS (
                SELECT 1 FROM memberships m JOIN accounts a ON a.id = m.account_id
                 WHERE m.workspace_id = w.id AND m.role = 'supervisor' AND a.kind = 'person'
                   AND a.disabled_at IS NULL AND lower(a.email) = lower(target))))
   ORDER BY w.id
   LIMIT 2
$$;
--> statement-breakpoint
-- Whether the transaction speaks for a reseller, or for the workspace side of one of its links or
-- invitations: who may write to its audit log and mail its staff about a link.
CREATE OR REPLACE FUNCTION app_reseller_relates(reseller uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$
DECLARE ws uuid := nullif(current_setting('app.workspace_id', true), '')::uuid;
BEGIN
  IF reseller = app_reseller_id() THEN RETURN true; END IF;
  IF ws IS NULL OR NOT app_workspace_side(ws) THEN RETURN false; END IF;
  RETURN EXISTS (SELECT 1 FROM reseller_workspaces rw WHERE rw.reseller_id = reseller AND rw.workspace_id = ws)
      OR EXISTS (SELECT 1 FROM reseller_invitations i WHERE i.reseller_id = reseller AND i.workspace_id = ws);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_reseller_staff_emails(reseller uuid) RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT a.email FROM accounts a
   WHERE a.reseller_id = reseller AND a.kind = 'person' AND a.disabled_at IS NULL AND app_reseller_relates(reseller)
   ORDER BY a.email
$$;
--> statement-breakpoint
-- A link's events go to both logs: reseller tokens (not only staff) and the workspace side of a
-- link or invitation append to the reseller's log; reading it stays with the reseller's staff.
DROP POLICY reseller_append ON reseller_audit_events;
--> statement-breakpoint
CREATE POLICY reseller_append ON reseller_audit_events FOR INSERT
  WITH CHECK (app_reseller_relates(reseller_id));
--> statement-breakpoint
-- A reseller's staff read link e-mails in their own language also before a link exists or after
-- it ended (an invitation declined): an invitation between the two is enough.
CREATE OR REPLACE FUNCTION app_mail_locales(ws uuid, emails text[])
  RETURNS TABLE (email text, locale text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT e.email, coalesce(a.locale, w.locale)
    FROM unnest(emails) AS e(email)
    JOIN workspaces w ON w.id = ws
    LEFT JOIN accounts a
      ON lower(a.email) = lower(e.email) AND a.kind = 'person' AND a.disabled_at IS NULL
     AND (EXISTS (SELECT 1 FROM memberships m WHERE m.account_id = a.id AND m.workspace_id = ws)
          OR EXISTS (SELECT 1 FROM reseller_workspaces rw WHERE rw.reseller_id = a.reseller_id AND rw.workspace_id = ws)
          OR EXISTS (SELECT 1 FROM reseller_invitations i WHERE i.reseller_id = a.reseller_id AND i.workspace_id = ws)
          OR a.publisher_id IS NOT NULL)
   WHERE ws = ANY (app_workspace_ids())
$$;
