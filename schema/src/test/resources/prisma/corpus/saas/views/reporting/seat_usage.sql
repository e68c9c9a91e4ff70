SELECT s.organization_id,
       s.plan,
       s.seats,
       (SELECT count(*) FROM identity.memberships m WHERE m.organization_id = s.organization_id) AS members
FROM billing.subscriptions s
