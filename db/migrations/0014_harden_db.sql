ALTER TABLE "sign_in_throttle" RENAME TO "throttle_counters";--> statement-breakpoint
-- Issue 21: no table the app role can write without row-level security.
--
-- Throttle counters hold e-mails and client addresses of everybody who tried to sign in. The app
-- role gets no grant on the table (db/migrate.ts revokes it) and no policy matches: it counts only
-- through the functions below, each one statement per key, so concurrent attempts are counted
-- before any of them is checked (the old read-then-write let 50 parallel guesses through).
ALTER TABLE "throttle_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "throttle_counters" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- One more attempt per key. A key whose window ran out (and is not locked) starts again at 1; the
-- attempt that reaches the key's limit locks it for lock_ms. Returns the count after this attempt
-- and the lock, per key: the attempt may go ahead only if every count is within its limit.
CREATE OR REPLACE FUNCTION app_throttle_consume(keys text[], limits int[], window_ms int, lock_ms int)
  RETURNS TABLE (key text, failures int, locked_until timestamptz)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
#variable_conflict use_column
DECLARE
  i int;
  win interval := make_interval(secs => window_ms / 1000.0);
  lck interval := make_interval(secs => lock_ms / 1000.0);
BEGIN
  FOR i IN 1 .. coalesce(array_length(keys, 1), 0) LOOP
    RETURN QUERY
      INSERT INTO throttle_counters AS t (key, failures, window_started_at, locked_until)
      VALUES (keys[i], 1, now(), CASE WHEN limits[i] <= 1 THEN now() + lck END)
      ON CONFLICT ON CONSTRAINT sign_in_throttle_pkey DO UPDATE SET
        failures = CASE WHEN t.window_started_at <= now() - win AND coalesce(t.locked_until <= now(), true) THEN 1 ELSE t.failures + 1 END,
        locked_until = CASE
          WHEN t.window_started_at <= now() - win AND coalesce(t.locked_until <= now(), true) THEN CASE WHEN limits[i] <= 1 THEN now() + lck END
          WHEN t.failures + 1 = limits[i] THEN now() + lck
          ELSE t.locked_until END,
        window_started_at = CASE WHEN t.window_started_at <= now() - win AND coalesce(t.locked_until <= now(), true) THEN now() ELSE t.window_started_at END
      RETURNING t.key, t.failures, t.locked_until;
  END LOOP;
END
$$;--> statement-breakpoint
-- An attempt that turned out not to be a failure (a right password, a code that was merely used)
-- gives its count back; below the limit again, the key is no longer locked.
CREATE OR REPLACE FUNCTION app_throttle_forgive(keys text[], limits int[]) RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
  UPDATE throttle_counters t
     SET failures = greatest(t.failures - 1, 0),
         locked_until = CASE WHEN t.failures - 1 < l.lim THEN NULL ELSE t.locked_until END
    FROM unnest(keys, limits) AS l(k, lim)
   WHERE t.key = l.k
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_throttle_reset(keys text[]) RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ DELETE FROM throttle_counters WHERE key = ANY (keys) $$;--> statement-breakpoint
-- License definitions: what codes stand for, product terms only. Any transaction that has a
-- workspace in scope reads them and may define new ones (a sandbox or reseller issuing a code);
-- nothing rewrites or deletes them (db/migrate.ts revokes update and delete).
ALTER TABLE "license_definitions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "license_definitions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY workspace_in_scope_reads ON license_definitions FOR SELECT USING (cardinality(app_workspace_ids()) > 0);--> statement-breakpoint
CREATE POLICY workspace_in_scope_defines ON license_definitions FOR INSERT WITH CHECK (cardinality(app_workspace_ids()) > 0);--> statement-breakpoint
-- Activation codes: a workspace sees the codes issued for it or redeemed by it. A code issued for
-- anyone is found only by its hash, through app_activation_code(), which can lock it for the
-- redemption; app_redeem_activation_code() records the redemption for a workspace in scope.
ALTER TABLE "activation_codes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "activation_codes" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON activation_codes
  USING (issued_for_workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]) OR redeemed_workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]))
  WITH CHECK (issued_for_workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]) OR redeemed_workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]));--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_activation_code(hash text, ws uuid, lock boolean) RETURNS SETOF activation_codes
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
BEGIN
  IF NOT ws = ANY (app_workspace_ids()) THEN RETURN; END IF;
  IF lock THEN
    RETURN QUERY SELECT * FROM activation_codes c
      WHERE c.code_hash = hash AND (c.issued_for_workspace_id IS NULL OR c.issued_for_workspace_id = ws) FOR UPDATE;
  ELSE
    RETURN QUERY SELECT * FROM activation_codes c
      WHERE c.code_hash = hash AND (c.issued_for_workspace_id IS NULL OR c.issued_for_workspace_id = ws);
  END IF;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_redeem_activation_code(code uuid, ws uuid, new_license uuid, replaced_license uuid, at timestamptz) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
BEGIN
  IF NOT ws = ANY (app_workspace_ids()) THEN RETURN false; END IF;
  UPDATE activation_codes SET redeemed_at = at, redeemed_workspace_id = ws, redeemed_license_id = new_license, replaced_license_id = replaced_license
   WHERE id = code AND redeemed_at IS NULL AND (issued_for_workspace_id IS NULL OR issued_for_workspace_id = ws);
  RETURN FOUND;
END
$$;
