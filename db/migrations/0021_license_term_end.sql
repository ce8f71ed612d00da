-- Issue 12: a license's seats stop counting when its term ends. Every license still holding
-- seats (stored active, not replaced) gets a timer at its term end, whichever module writes it
-- (orders, activation codes, keys, online renewals, seeds), and again whenever its end moves:
-- lib/licenses/term-end.ts decides at that moment whether the term really ended (not renewed,
-- not left to its contract's window close) and takes its seats back.
CREATE FUNCTION app_license_term_end_timer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO workspace_timers (workspace_id, kind, key, due_at, payload)
  VALUES (NEW.workspace_id, 'licenses.term_end',
          NEW.id::text || '@' || to_char(NEW.term_end AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          NEW.term_end, jsonb_build_object('licenseId', NEW.id))
  ON CONFLICT (workspace_id, kind, key) DO NOTHING;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER licenses_term_end_timer AFTER INSERT OR UPDATE OF term_end, state ON licenses
  FOR EACH ROW WHEN (NEW.state = 'active' AND NEW.replaced_by_id IS NULL)
  EXECUTE FUNCTION app_license_term_end_timer();--> statement-breakpoint
INSERT INTO workspace_timers (workspace_id, kind, key, due_at, payload)
SELECT l.workspace_id, 'licenses.term_end',
       l.id::text || '@' || to_char(l.term_end AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       l.term_end, jsonb_build_object('licenseId', l.id)
  FROM licenses l
 WHERE l.state = 'active' AND l.replaced_by_id IS NULL
ON CONFLICT (workspace_id, kind, key) DO NOTHING;
