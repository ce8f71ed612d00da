-- The language each recipient of a workspace's mail reads: the account's own choice, else the
-- workspace's locale (an address without an account reads the workspace's). Recipients may be
-- accounts the caller's scope cannot see (a publisher's staff, told of a reset request), hence a
-- definer function; it answers only for a workspace the caller is in, and tells an account's
-- language only to a workspace it works for (member, linked reseller's staff, publisher staff).
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
          OR a.publisher_id IS NOT NULL)
   WHERE ws = ANY (app_workspace_ids())
$$;
