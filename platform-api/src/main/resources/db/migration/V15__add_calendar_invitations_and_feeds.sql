-- Calendar invitations (iMIP, RFC 6047): a mail in the outbox may carry an iCalendar object, rendered in the
-- transaction of the change like the rest of the mail; its METHOD also goes into the part's content type.
ALTER TABLE mail_outbox
    ADD COLUMN calendar_method text CHECK (calendar_method IN ('REQUEST', 'CANCEL')),
    ADD COLUMN calendar        text CHECK (length(calendar) <= 20000),
    ADD CONSTRAINT mail_outbox_calendar_whole CHECK ((calendar IS NULL) = (calendar_method IS NULL));

-- The SEQUENCE of a check-in's invitation (RFC 5545 3.8.7.4): 0 for the first, raised by each update or the
-- cancellation, so calendars apply them in order. Kept here so it survives restarts.
CREATE TABLE check_in_invitations (
    tenant_id   uuid        NOT NULL,
    check_in_id uuid        NOT NULL,
    sequence    integer     NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, check_in_id),
    FOREIGN KEY (tenant_id, check_in_id) REFERENCES check_ins (tenant_id, id)
);

-- A person's private calendar feed: only the SHA-256 of its secret token is kept; a new token replaces the
-- old one, and deleting the row revokes it.
CREATE TABLE calendar_feeds (
    tenant_id  uuid        NOT NULL,
    person_id  uuid        NOT NULL,
    token_hash bytea       NOT NULL CHECK (length(token_hash) = 32),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, person_id),
    UNIQUE (tenant_id, token_hash),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people (tenant_id, id)
);

SELECT apply_tenant_isolation('check_in_invitations');
SELECT apply_tenant_isolation('calendar_feeds');

GRANT SELECT, INSERT, UPDATE ON check_in_invitations TO platform_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_feeds TO platform_app;
