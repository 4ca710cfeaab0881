-- The programme managers' weekly digest is claimed here, per manager and week (the Monday it starts), in the
-- transaction that writes the mail to the outbox: replicas sending at the same time send it once.
CREATE TABLE weekly_digests (
    tenant_id uuid        NOT NULL,
    person_id uuid        NOT NULL,
    week_of   date        NOT NULL CHECK (extract(isodow FROM week_of) = 1),
    sent_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, person_id, week_of),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);

SELECT apply_tenant_isolation('weekly_digests');

GRANT SELECT, INSERT, DELETE ON weekly_digests TO platform_app;
