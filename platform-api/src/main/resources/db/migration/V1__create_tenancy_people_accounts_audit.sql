-- The restricted role every pooled connection switches to (SET ROLE): it owns nothing, is not a
-- superuser and cannot bypass row-level security, so the policies below always apply to the API.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform_app') THEN
        CREATE ROLE platform_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
    EXECUTE format('GRANT platform_app TO %I', current_user);
END
$$;

-- The tenant of the current transaction, set by the API with set_config('app.tenant_id', ?, true).
-- NULLIF: after a transaction-local setting ends, PostgreSQL leaves '' behind rather than NULL.
CREATE FUNCTION app_current_tenant() RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

-- Global reference table (not tenant data): looked up by slug at login, managed by operators.
CREATE TABLE tenants (
    id                  uuid PRIMARY KEY,
    slug                text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name                text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind                text        NOT NULL DEFAULT 'CUSTOMER' CHECK (kind IN ('CUSTOMER', 'PLATFORM')),
    status              text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    anonymity_threshold integer     NOT NULL DEFAULT 5 CHECK (anonymity_threshold >= 2),
    created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE people (
    tenant_id    uuid        NOT NULL REFERENCES tenants (id),
    id           uuid        NOT NULL,
    email        text        NOT NULL CHECK (length(email) <= 254),
    display_name text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    department   text CHECK (length(department) <= 120),
    location     text CHECK (length(location) <= 120),
    job_title    text CHECK (length(job_title) <= 120),
    level        smallint CHECK (level BETWEEN 1 AND 20),
    manager_id   uuid,
    hired_on     date,
    left_on      date,
    status       text GENERATED ALWAYS AS (CASE WHEN left_on IS NULL THEN 'ACTIVE' ELSE 'LEFT' END) STORED,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, manager_id) REFERENCES people (tenant_id, id),
    CHECK (manager_id IS NULL OR manager_id <> id),
    CHECK (left_on IS NULL OR hired_on IS NULL OR left_on >= hired_on)
);
CREATE UNIQUE INDEX people_email_per_tenant ON people (tenant_id, lower(email));
CREATE INDEX people_by_name ON people (tenant_id, lower(display_name), id);
CREATE INDEX people_by_department_name ON people (tenant_id, department, lower(display_name), id);
CREATE INDEX people_by_manager ON people (tenant_id, manager_id);

CREATE TABLE accounts (
    tenant_id     uuid        NOT NULL,
    person_id     uuid        NOT NULL,
    password_hash text        NOT NULL,
    roles         text[]      NOT NULL CHECK (cardinality(roles) > 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, person_id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);

-- Refresh tokens are stored as SHA-256 hashes; a family is one login's chain of rotations.
CREATE TABLE refresh_tokens (
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    family_id  uuid        NOT NULL,
    person_id  uuid        NOT NULL,
    token_hash bytea       NOT NULL,
    issued_at  timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    spent_at   timestamptz,
    revoked_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES accounts (tenant_id, person_id)
);
CREATE UNIQUE INDEX refresh_tokens_by_hash ON refresh_tokens (tenant_id, token_hash);
CREATE INDEX refresh_tokens_by_family ON refresh_tokens (tenant_id, family_id);

-- Failed logins per tenant and e-mail (known or not, so lockout does not reveal who exists).
CREATE TABLE login_failures (
    tenant_id uuid        NOT NULL REFERENCES tenants (id),
    id        uuid        NOT NULL,
    email_key text        NOT NULL,
    failed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX login_failures_by_email ON login_failures (tenant_id, email_key, failed_at);

-- Append-only: the app role may insert and read, never update or delete.
CREATE TABLE audit_log (
    tenant_id       uuid        NOT NULL REFERENCES tenants (id),
    id              uuid        NOT NULL,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    actor_tenant_id uuid,
    actor_id        uuid,
    action          text        NOT NULL,
    entity_type     text        NOT NULL,
    entity_id       uuid,
    before          jsonb,
    after           jsonb,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_log_by_entity ON audit_log (tenant_id, entity_type, entity_id, occurred_at);
CREATE INDEX audit_log_by_time ON audit_log (tenant_id, occurred_at);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['people', 'accounts', 'refresh_tokens', 'login_failures', 'audit_log'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                       'WITH CHECK (tenant_id = app_current_tenant())', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON tenants TO platform_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON people, accounts, refresh_tokens, login_failures TO platform_app;
GRANT SELECT, INSERT ON audit_log TO platform_app;
GRANT EXECUTE ON FUNCTION app_current_tenant() TO platform_app;
