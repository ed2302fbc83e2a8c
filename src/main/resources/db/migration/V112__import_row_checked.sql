-- Issue 17.3: one validation pass. A register import's dry run keeps, for each row to write (NEW, CHANGED), the values
-- the register's rules checked and normalised (birthplace resolved to its Belfiore code: CheckedMember.stored()); the
-- apply writes those without checking the rules again.
ALTER TABLE import_row ADD COLUMN checked TEXT NULL;

-- Register dry runs waiting for their apply hold no checked values: they are cancelled, the user previews the file again.
UPDATE import_run SET status = 'CANCELLED', finished_at = COALESCE(finished_at, started_at)
WHERE status = 'PREVIEWED' AND kind = 'REGISTER';
