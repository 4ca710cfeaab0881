-- SCIM 2.0 provisioning (RFC 7643/7644): an identity provider keeps the directory in step through
-- /scim/v2, authenticated by a tenant's SCIM token. Only a SHA-256 of the token's secret is kept; the
-- token itself is shown once, when an admin creates it.
CREATE TABLE scim_tokens (
    tenant_id    uuid        NOT NULL REFERENCES tenants (id),
    id           uuid        NOT NULL,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    token_hash   bytea       NOT NULL,
    created_by   uuid        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES people (tenant_id, id)
);
CREATE UNIQUE INDEX scim_tokens_by_hash ON scim_tokens (tenant_id, token_hash);

-- What SCIM knows of a person beyond the directory: the identity provider's own id for them (externalId),
-- the enterprise extension's employee number, and whether the provider deleted the user (the person stays,
-- as a leaver, for the history and the programmes they were in; SCIM answers 404 for them from then on).
-- A person without a row here is a user nobody provisioned yet, still listed.
CREATE TABLE scim_users (
    tenant_id       uuid        NOT NULL,
    person_id       uuid        NOT NULL,
    external_id     text        CHECK (length(external_id) BETWEEN 1 AND 200),
    employee_number text        CHECK (length(employee_number) BETWEEN 1 AND 60),
    deleted_at      timestamptz,
    PRIMARY KEY (tenant_id, person_id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);
CREATE UNIQUE INDEX scim_users_by_external_id ON scim_users (tenant_id, external_id);

SELECT apply_tenant_isolation('scim_tokens');
SELECT apply_tenant_isolation('scim_users');

GRANT SELECT, INSERT, UPDATE ON scim_tokens TO platform_app;
GRANT SELECT, INSERT, UPDATE ON scim_users TO platform_app;

-- Changes an identity provider makes are told apart in a person's history.
ALTER TABLE people_history DROP CONSTRAINT people_history_source_check;
ALTER TABLE people_history ADD CONSTRAINT people_history_source_check
    CHECK (source IN ('CREATE', 'EDIT', 'IMPORT', 'SCIM'));
