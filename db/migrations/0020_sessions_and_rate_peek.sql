CREATE TABLE "ended_sessions" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ended_sessions" ADD CONSTRAINT "ended_sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Not workspace data: the app role reaches it only through the two functions below.
ALTER TABLE ended_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE ended_sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE ALL ON ended_sessions FROM PUBLIC;
--> statement-breakpoint
-- Signing out ends this one session of the signed-in account (its other browsers stay signed in),
-- until its token would have expired; rows past that are dropped on the way.
CREATE OR REPLACE FUNCTION app_end_session(session uuid, until timestamptz) RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
  DELETE FROM ended_sessions WHERE expires_at < now();
  INSERT INTO ended_sessions (session_id, account_id, expires_at)
    SELECT session, app_account_id(), until WHERE app_account_id() IS NOT NULL
    ON CONFLICT (session_id) DO NOTHING;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_session_ended(session uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT EXISTS (SELECT 1 FROM ended_sessions WHERE session_id = session AND account_id = app_account_id())
$$;
--> statement-breakpoint
-- The hits `hit_key` has in the current window, without counting one: a request checks the
-- failed-token count of its address before it looks a token up (lib/throttle/api-rate-limit.ts).
CREATE OR REPLACE FUNCTION app_api_rate_peek(hit_key text, window_seconds integer) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT coalesce((SELECT r.hits FROM api_rate_limits r
                    WHERE r.key = hit_key
                      AND r.window_started_at >= to_timestamp(floor(extract(epoch FROM now()) / window_seconds) * window_seconds)), 0)
$$;
