-- A webhook event's id (Webhook-Id) is its audit event's id, so a receiver can find the event in the
-- audit log (GET …/audit-events answers ids as text); a test event, which is not audited, keeps a uuid.
ALTER TABLE "webhook_deliveries" ALTER COLUMN "event_id" SET DATA TYPE text;