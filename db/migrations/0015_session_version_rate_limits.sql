CREATE TABLE "api_rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The rate-limit counters are reached only through app_api_rate_hit(): no policy, so the app role
-- can neither read nor rewrite another caller's count directly.
ALTER TABLE api_rate_limits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE api_rate_limits FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- One API call against `hit_key` in the current fixed window of `window_seconds`: one atomic
-- statement (insert or increment), so concurrent calls on any web instance each count once.
-- Now and then it also drops counters of windows long past, so the table stays small.
CREATE OR REPLACE FUNCTION app_api_rate_hit(hit_key text, window_seconds integer)
  RETURNS TABLE (hits integer, reset_at timestamptz)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE window_start timestamptz := to_timestamp(floor(extract(epoch FROM now()) / window_seconds) * window_seconds);
BEGIN
  IF random() < 0.001 THEN
    DELETE FROM api_rate_limits WHERE window_started_at < now() - make_interval(secs => 2 * window_seconds);
  END IF;
  RETURN QUERY
  INSERT INTO api_rate_limits AS r (key, window_started_at, hits) VALUES (hit_key, window_start, 1)
  ON CONFLICT (key) DO UPDATE
    SET hits = CASE WHEN r.window_started_at >= excluded.window_started_at THEN r.hits + 1 ELSE 1 END,
        window_started_at = greatest(r.window_started_at, excluded.window_started_at)
  RETURNING r.hits, r.window_started_at + make_interval(secs => window_seconds);
END
$$;
--> statement-breakpoint
-- Sign-in needs the session version to put into the new session token.
DROP FUNCTION IF EXISTS app_sign_in_account(text);
--> statement-breakpoint
CREATE FUNCTION app_sign_in_account(login_email text)
  RETURNS TABLE (id uuid, email text, name text, password_hash text, disabled_at timestamptz, session_version integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT a.id, a.email, a.name, a.password_hash, a.disabled_at, a.session_version FROM accounts a
   WHERE lower(a.email) = lower(login_email) AND a.kind = 'person'
$$;
--> statement-breakpoint
-- A new password ends every session signed in with the old one, whoever changes it.
CREATE OR REPLACE FUNCTION app_password_changed() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
    NEW.session_version := OLD.session_version + 1;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER accounts_password_ends_sessions BEFORE UPDATE OF password_hash ON accounts
  FOR EACH ROW EXECUTE FUNCTION app_password_changed();
--> statement-breakpoint
-- A removed membership ends the person's sessions at once. SECURITY DEFINER: the admin who
-- removes a member may not otherwise write that member's account row.
CREATE OR REPLACE FUNCTION app_membership_removed() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
BEGIN
  UPDATE accounts SET session_version = session_version + 1 WHERE id = OLD.account_id;
  RETURN OLD;
END
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_removal_ends_sessions AFTER DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION app_membership_removed();
