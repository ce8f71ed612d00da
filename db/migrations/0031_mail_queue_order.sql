-- Which outboxes the mail worker serves first. DISTINCT … LIMIT picked an arbitrary set of
-- workspaces: with more workspaces waiting than one run takes, some could wait run after run. Now
-- a person's own mail (a reset link lives 30 minutes, an invitation's is what lets someone in)
-- comes first, then the workspaces by their oldest waiting message.
CREATE OR REPLACE FUNCTION app_workspaces_with_queued_mail(max_rows integer) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT m.workspace_id FROM mail_messages m WHERE m.status = 'queued'
   GROUP BY m.workspace_id
   ORDER BY m.workspace_id IS NULL DESC, min(m.created_at)
   LIMIT max_rows
$$;
