-- Company sign-in: a tenant's own OpenID Connect provider (auth.company).

-- What the login page must know before anyone has chosen a tenant sits beside the slug: whether password
-- login is allowed, and the e-mail domains that lead to the tenant. A domain leads to one tenant only; the
-- trigger below keeps that true across tenants (one lock, so two admins claiming a domain at once queue).
ALTER TABLE tenants
    ADD COLUMN password_login boolean NOT NULL DEFAULT true,
    ADD COLUMN email_domains  text[]  NOT NULL DEFAULT '{}'
        CHECK (cardinality(email_domains) <= 20);
CREATE INDEX tenants_by_email_domain ON tenants USING gin (email_domains);

CREATE FUNCTION tenants_email_domains_unique() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    taken text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('tenants.email_domains'));
    SELECT d INTO taken
    FROM tenants t, unnest(t.email_domains) AS d
    WHERE t.id <> NEW.id AND d = ANY (NEW.email_domains)
    LIMIT 1;
    IF taken IS NOT NULL THEN
        RAISE EXCEPTION 'e-mail domain % already belongs to another tenant', taken
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'tenants_email_domain_unique';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tenants_email_domains_unique
    BEFORE INSERT OR UPDATE OF email_domains ON tenants
    FOR EACH ROW WHEN (cardinality(NEW.email_domains) > 0)
    EXECUTE FUNCTION tenants_email_domains_unique();

-- The provider itself: its issuer, and the client the tenant registered there. The client secret is kept
-- sealed (AES-GCM under the platform's sealing key), never in the clear.
CREATE TABLE company_sign_in (
    tenant_id            uuid        NOT NULL REFERENCES tenants (id),
    issuer               text        NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
    client_id            text        NOT NULL CHECK (length(client_id) BETWEEN 1 AND 200),
    client_secret_sealed bytea       NOT NULL,
    updated_by           uuid        NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id),
    FOREIGN KEY (tenant_id, updated_by) REFERENCES people (tenant_id, id)
);

-- Each sign-in's state may come back once: a state seen before is a replay and is refused.
CREATE TABLE company_sign_in_states (
    tenant_id uuid        NOT NULL REFERENCES tenants (id),
    state_id  text        NOT NULL CHECK (length(state_id) BETWEEN 1 AND 200),
    spent_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, state_id)
);
CREATE INDEX company_sign_in_states_by_age ON company_sign_in_states (tenant_id, spent_at);

-- A signed-in person is handed to the console with a short-lived, single-use code (only its hash is kept),
-- which the console exchanges for tokens: tokens never travel in a URL.
CREATE TABLE company_sign_in_handoffs (
    tenant_id  uuid        NOT NULL,
    code_hash  bytea       NOT NULL,
    person_id  uuid        NOT NULL,
    expires_at timestamptz NOT NULL,
    spent_at   timestamptz,
    PRIMARY KEY (tenant_id, code_hash),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);

SELECT apply_tenant_isolation('company_sign_in');
SELECT apply_tenant_isolation('company_sign_in_states');
SELECT apply_tenant_isolation('company_sign_in_handoffs');

GRANT SELECT, INSERT, UPDATE, DELETE ON company_sign_in TO platform_app;
GRANT SELECT, INSERT, DELETE ON company_sign_in_states TO platform_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON company_sign_in_handoffs TO platform_app;
