-- Issue 16. A password handed over by someone else (the first ADMIN's, one set or reset by an ADMIN, the operator's
-- bootstrap password) is temporary: its owner must choose their own at the next sign-in.
-- The security stamp changes whenever a user's sessions must end (disabled, password reset or changed, role changed):
-- every node compares it with the one of the session, so a sign-out reaches all nodes.
ALTER TABLE app_user
    ADD COLUMN password_temporary BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN security_stamp     BIGINT  NOT NULL DEFAULT 0;
