-- E-mail: every in-app notification may also reach its person by mail. The mail is rendered and written to
-- the outbox in the transaction of the change it reports (so a rolled-back change sends nothing), and a
-- background worker delivers it. Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas never send
-- the same row twice; a failure is retried with a growing delay until max attempts, then the row is FAILED.
CREATE TABLE mail_outbox (
    tenant_id       uuid        NOT NULL REFERENCES tenants (id),
    id              uuid        NOT NULL,
    person_id       uuid        NOT NULL,
    kind            text        NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
    to_address      text        NOT NULL CHECK (length(to_address) <= 254),
    from_name       text        NOT NULL CHECK (length(from_name) <= 200),
    subject         text        NOT NULL CHECK (length(subject) <= 300),
    body_text       text        NOT NULL,
    body_html       text        NOT NULL,
    unsubscribe_url text        NOT NULL,
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text        CHECK (length(last_error) <= 1000),
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    sent_at         timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);
-- What the worker looks for: a tenant's pending rows that are due.
CREATE INDEX mail_outbox_due ON mail_outbox (tenant_id, next_attempt_at) WHERE status = 'PENDING';

-- The notification kinds a person switched off for mail (in the console or by an unsubscribe link);
-- no row means the kind is on.
CREATE TABLE mail_preferences (
    tenant_id uuid        NOT NULL,
    person_id uuid        NOT NULL,
    kind      text        NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
    off_since timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, person_id, kind),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);

SELECT apply_tenant_isolation('mail_outbox');
SELECT apply_tenant_isolation('mail_preferences');

GRANT SELECT, INSERT, UPDATE ON mail_outbox TO platform_app;
GRANT SELECT, INSERT, DELETE ON mail_preferences TO platform_app;
