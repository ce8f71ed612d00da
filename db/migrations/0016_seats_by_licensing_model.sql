-- custom: seats by licensing model (issue 12)
-- "Used" of per-device and per-host products counted user assignments only, so they showed 0.
-- Their seats in use are the devices running a license of the product (a macOS device waiting
-- to switch counts once, on the license it runs) and the host activations; lib/seats/ledger.ts
-- keeps them current from now on and counts exactly as below.
UPDATE product_seats ps SET used = (CASE p.licensing_model
    WHEN 'per_device' THEN (
      SELECT count(DISTINCT a.host_id) FROM activations a JOIN licenses l ON l.workspace_id = a.workspace_id AND l.id = a.license_id
       WHERE a.workspace_id = ps.workspace_id AND l.product_id = ps.product_id AND a.released_at IS NULL)
    ELSE (
      SELECT count(*) FROM activations a JOIN licenses l ON l.workspace_id = a.workspace_id AND l.id = a.license_id
       WHERE a.workspace_id = ps.workspace_id AND l.product_id = ps.product_id AND a.released_at IS NULL)
  END)::int, updated_at = now()
  FROM products p
 WHERE p.id = ps.product_id AND p.licensing_model IN ('per_device', 'per_host');
