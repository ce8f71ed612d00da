-- custom: row-level security
-- Only reseller staff (people) switch the second sign-in step for their company: app_reseller_id()
-- also matches the accounts behind reseller API tokens; app_reseller_staff_id() (0012) does not.
CREATE OR REPLACE FUNCTION app_set_reseller_two_factor(required boolean) RETURNS boolean
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
  UPDATE resellers SET require_two_factor = required WHERE id = app_reseller_staff_id() RETURNING require_two_factor
$$;
