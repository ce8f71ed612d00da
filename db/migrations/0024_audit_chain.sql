CREATE TABLE "audit_chain_heads" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"last_id" bigint NOT NULL,
	"last_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reseller_audit_chain_heads" (
	"reseller_id" uuid PRIMARY KEY NOT NULL,
	"last_id" bigint NOT NULL,
	"last_hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "reseller_audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "reseller_audit_events" ADD COLUMN "hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_chain_heads" ADD CONSTRAINT "audit_chain_heads_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reseller_audit_chain_heads" ADD CONSTRAINT "reseller_audit_chain_heads_reseller_id_resellers_id_fk" FOREIGN KEY ("reseller_id") REFERENCES "public"."resellers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_ws_chain_idx" ON "audit_events" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "reseller_audit_events_chain_idx" ON "reseller_audit_events" USING btree ("reseller_id","id");--> statement-breakpoint
-- Issue 16: tamper evidence. Every audit event carries sha256 over its canonical text and the hash
-- of the previous event of its workspace (of its reseller, for reseller_audit_events), so an edited,
-- inserted or deleted row breaks the chain at a place lib/audit/verify.ts names.
--
-- The canonical text: each part as "<octet length>:<text>" (or "~" for null), joined by "|":
-- length-prefixed, so no value can imitate a separator. Instants are UTC with microseconds and
-- data is jsonb's text output, canonical for equal values. lib/audit/chain.ts builds the same text.
CREATE FUNCTION app_audit_instant(t timestamptz) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$;--> statement-breakpoint
CREATE FUNCTION app_audit_hash(parts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS
$$
  SELECT encode(sha256(convert_to(string_agg(CASE WHEN p IS NULL THEN '~' ELSE octet_length(p)::text || ':' || p END, '|' ORDER BY i), 'UTF8')), 'hex')
    FROM unnest(parts) WITH ORDINALITY AS u(p, i)
$$;--> statement-breakpoint
CREATE FUNCTION app_audit_event_hash(e audit_events) RETURNS text LANGUAGE sql STABLE AS
$$
  SELECT app_audit_hash(ARRAY['workspace', e.workspace_id::text, e.id::text, e.actor_account_id::text, e.actor_label, e.action,
                              e.subject_type, e.subject_id, e.data::text, app_audit_instant(e.occurred_at), app_audit_instant(e.recorded_at), e.prev_hash])
$$;--> statement-breakpoint
CREATE FUNCTION app_reseller_audit_event_hash(e reseller_audit_events) RETURNS text LANGUAGE sql STABLE AS
$$
  SELECT app_audit_hash(ARRAY['reseller', e.reseller_id::text, e.id::text, e.actor_account_id::text, e.actor_label, e.action,
                              e.subject_type, e.subject_id, e.data::text, app_audit_instant(e.occurred_at), e.prev_hash])
$$;--> statement-breakpoint
-- Backfill: each existing chain in id order (the order events were recorded in).
DO $$
DECLARE
  r record;
  prev text;
  owner uuid;
BEGIN
  FOR r IN SELECT id, workspace_id FROM audit_events ORDER BY workspace_id, id LOOP
    IF owner IS DISTINCT FROM r.workspace_id THEN prev := NULL; owner := r.workspace_id; END IF;
    UPDATE audit_events e SET prev_hash = prev WHERE e.id = r.id;
    UPDATE audit_events e SET hash = app_audit_event_hash(e) WHERE e.id = r.id RETURNING e.hash INTO prev;
  END LOOP;
  owner := NULL;
  FOR r IN SELECT id, reseller_id FROM reseller_audit_events ORDER BY reseller_id, id LOOP
    IF owner IS DISTINCT FROM r.reseller_id THEN prev := NULL; owner := r.reseller_id; END IF;
    UPDATE reseller_audit_events e SET prev_hash = prev WHERE e.id = r.id;
    UPDATE reseller_audit_events e SET hash = app_reseller_audit_event_hash(e) WHERE e.id = r.id RETURNING e.hash INTO prev;
  END LOOP;
END $$;--> statement-breakpoint
INSERT INTO audit_chain_heads (workspace_id, last_id, last_hash)
SELECT DISTINCT ON (workspace_id) workspace_id, id, hash FROM audit_events ORDER BY workspace_id, id DESC;--> statement-breakpoint
INSERT INTO reseller_audit_chain_heads (reseller_id, last_id, last_hash)
SELECT DISTINCT ON (reseller_id) reseller_id, id, hash FROM reseller_audit_events ORDER BY reseller_id, id DESC;--> statement-breakpoint
-- Each insert links to its chain's head under the head's row lock, taken before the event gets its
-- id: concurrent inserts of one workspace chain in a total order, and ids ascend along the chain.
-- Under read committed a waiting insert reads the head its predecessor left; under repeatable read
-- or serializable it fails with 40001 (retried by db/scope.ts) instead of forking the chain.
-- SECURITY DEFINER: the app role has no write on the heads. Whatever the insert says about
-- id, prev_hash and hash is overwritten.
CREATE FUNCTION app_audit_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  head text;
BEGIN
  SELECT last_hash INTO head FROM audit_chain_heads WHERE workspace_id = NEW.workspace_id FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO audit_chain_heads (workspace_id, last_id, last_hash) VALUES (NEW.workspace_id, 0, '') ON CONFLICT DO NOTHING;
    SELECT last_hash INTO head FROM audit_chain_heads WHERE workspace_id = NEW.workspace_id FOR UPDATE;
  END IF;
  NEW.id := nextval('audit_events_id_seq');
  NEW.prev_hash := nullif(head, '');
  NEW.hash := app_audit_event_hash(NEW);
  UPDATE audit_chain_heads SET last_id = NEW.id, last_hash = NEW.hash WHERE workspace_id = NEW.workspace_id;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE FUNCTION app_reseller_audit_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE
  head text;
BEGIN
  SELECT last_hash INTO head FROM reseller_audit_chain_heads WHERE reseller_id = NEW.reseller_id FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO reseller_audit_chain_heads (reseller_id, last_id, last_hash) VALUES (NEW.reseller_id, 0, '') ON CONFLICT DO NOTHING;
    SELECT last_hash INTO head FROM reseller_audit_chain_heads WHERE reseller_id = NEW.reseller_id FOR UPDATE;
  END IF;
  NEW.id := nextval('reseller_audit_events_id_seq');
  NEW.prev_hash := nullif(head, '');
  NEW.hash := app_reseller_audit_event_hash(NEW);
  UPDATE reseller_audit_chain_heads SET last_id = NEW.id, last_hash = NEW.hash WHERE reseller_id = NEW.reseller_id;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION app_audit_chain();--> statement-breakpoint
CREATE TRIGGER reseller_audit_events_chain BEFORE INSERT ON reseller_audit_events FOR EACH ROW EXECUTE FUNCTION app_reseller_audit_chain();--> statement-breakpoint
-- The heads are readable where their events are (a verify in the app's scope compares the last
-- event with its head); db/migrate.ts leaves the app role SELECT only.
ALTER TABLE "audit_chain_heads" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "audit_chain_heads" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON audit_chain_heads FOR SELECT USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE "reseller_audit_chain_heads" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "reseller_audit_chain_heads" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY reseller_read ON reseller_audit_chain_heads FOR SELECT USING (reseller_id = (SELECT app_reseller_staff_id()));
