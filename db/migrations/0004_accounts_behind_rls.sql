-- Accounts behind row-level security: the app sees its own account, the accounts of the
-- workspaces in scope (members, API tokens), and nothing else; password hashes are reached for
-- sign-in only through app_sign_in_account().
--
-- app_account_id() now answers only for an account that is not disabled, so every policy that
-- names it (memberships included) stops matching the moment an account is disabled.
CREATE OR REPLACE FUNCTION app_account_id() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT id FROM accounts
   WHERE id = nullif(current_setting('app.account_id', true), '')::uuid AND disabled_at IS NULL
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_sign_in_account(login_email text)
  RETURNS TABLE (id uuid, email text, name text, password_hash text, disabled_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT a.id, a.email, a.name, a.password_hash, a.disabled_at FROM accounts a
   WHERE lower(a.email) = lower(login_email) AND a.kind = 'person'
$$;
--> statement-breakpoint
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_visibility ON accounts
  USING (
    id = (SELECT app_account_id())
    OR scoped_workspace_id = ANY ((SELECT app_workspace_ids())::uuid[])
    OR id IN (SELECT m.account_id FROM memberships m WHERE m.workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]))
  )
  WITH CHECK (
    id = (SELECT app_account_id())
    OR scoped_workspace_id = ANY ((SELECT app_workspace_ids())::uuid[])
  );
