-- Publisher staff decide activation-reset requests (seed 000). No table changes: the tables exist
-- since 0000; this adds the publisher's narrow view into workspaces and a database wall around
-- decisions.
-- custom: row-level security

-- Whether the signed-in account is staff of `pub` and may see that publisher's items of workspace
-- `ws`. Staff made for one sandbox (accounts.scoped_workspace_id) see that sandbox only; every
-- other staff account sees real workspaces only, never sandboxes.
CREATE OR REPLACE FUNCTION app_publisher_sees(pub uuid, ws uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT EXISTS (
    SELECT 1 FROM accounts a JOIN workspaces w ON w.id = ws
     WHERE a.id = app_account_id() AND a.publisher_id = pub AND a.disabled_at IS NULL
       AND CASE WHEN a.scoped_workspace_id IS NULL THEN NOT w.is_sandbox ELSE a.scoped_workspace_id = ws END)
$$;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON reset_request_items;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON reset_request_items
  USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[])
         OR (publisher_id = (SELECT app_publisher_id()) AND app_publisher_sees(publisher_id, workspace_id)))
  WITH CHECK (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[])
         OR (publisher_id = (SELECT app_publisher_id()) AND app_publisher_sees(publisher_id, workspace_id)));
--> statement-breakpoint
-- The console never decides by itself: an item leaves "pending" once, and only in a transaction
-- acting for publisher staff (app.actor = 'publisher'). Connections that set no app.actor (the
-- migration owner: seeds, tests) are not the app and are let through.
CREATE OR REPLACE FUNCTION app_reset_item_guard() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  IF NEW.decision IS DISTINCT FROM OLD.decision
     OR NEW.decided_at IS DISTINCT FROM OLD.decided_at
     OR NEW.decided_by IS DISTINCT FROM OLD.decided_by
     OR NEW.note IS DISTINCT FROM OLD.note THEN
    IF coalesce(current_setting('app.actor', true), '') NOT IN ('', 'publisher') THEN
      RAISE EXCEPTION 'reset decisions are made by publisher staff only' USING ERRCODE = '42501';
    END IF;
    IF OLD.decision <> 'pending' THEN
      RAISE EXCEPTION 'reset request item % is already decided', OLD.id USING ERRCODE = '23514';
    END IF;
  END IF;
  IF NEW.publisher_id IS DISTINCT FROM OLD.publisher_id OR NEW.license_id IS DISTINCT FROM OLD.license_id
     OR NEW.workspace_id IS DISTINCT FROM OLD.workspace_id OR NEW.reset_request_id IS DISTINCT FROM OLD.reset_request_id THEN
    RAISE EXCEPTION 'reset request items are not moved' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS reset_item_guard ON reset_request_items;
--> statement-breakpoint
CREATE TRIGGER reset_item_guard BEFORE UPDATE ON reset_request_items
  FOR EACH ROW EXECUTE FUNCTION app_reset_item_guard();
--> statement-breakpoint
-- The publisher's queue: exactly what a decision needs (workspace name, host name and platform,
-- reason, license and product, when), for the caller's own publisher's items, nothing else of
-- the workspace. SECURITY DEFINER so no policy on hosts, reset_requests, licenses or workspaces
-- has to open up to publishers.
CREATE OR REPLACE FUNCTION app_publisher_reset_items()
  RETURNS TABLE (
    item_id uuid, reset_request_id uuid, decision reset_decision, note text, decided_at timestamptz,
    license_id uuid, license_name text, product_name text, product_sku text,
    workspace_name text, host_name text, host_platform platform, reason text, requested_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT i.id, i.reset_request_id, i.decision, i.note, i.decided_at,
         l.id, l.name, p.name, p.sku,
         w.name, h.name, h.platform, r.reason, r.requested_at
    FROM reset_request_items i
    JOIN reset_requests r ON r.workspace_id = i.workspace_id AND r.id = i.reset_request_id
    JOIN hosts h ON h.workspace_id = r.workspace_id AND h.id = r.host_id
    JOIN workspaces w ON w.id = i.workspace_id
    JOIN licenses l ON l.workspace_id = i.workspace_id AND l.id = i.license_id
    JOIN products p ON p.id = l.product_id
   WHERE i.publisher_id = app_publisher_id() AND app_publisher_sees(i.publisher_id, i.workspace_id)
$$;
--> statement-breakpoint
-- Who at a publisher hears of a new request from a workspace in scope: its staff for that
-- workspace (sandbox staff for their sandbox, everyone else for real workspaces).
CREATE OR REPLACE FUNCTION app_publisher_staff_emails(pub uuid, ws uuid) RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT a.email FROM accounts a JOIN workspaces w ON w.id = ws
   WHERE ws = ANY (app_workspace_ids())
     AND a.publisher_id = pub AND a.kind = 'person' AND a.disabled_at IS NULL
     AND CASE WHEN a.scoped_workspace_id IS NULL THEN NOT w.is_sandbox ELSE a.scoped_workspace_id = ws END
   ORDER BY a.email
$$;
