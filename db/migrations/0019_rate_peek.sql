-- The hits `hit_key` has in the current window, without counting one: a request checks the
-- failed-token count of its address before it looks a token up (lib/throttle/api-rate-limit.ts).
CREATE OR REPLACE FUNCTION app_api_rate_peek(hit_key text, window_seconds integer) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT coalesce((SELECT r.hits FROM api_rate_limits r
                    WHERE r.key = hit_key
                      AND r.window_started_at >= to_timestamp(floor(extract(epoch FROM now()) / window_seconds) * window_seconds)), 0)
$$;
