-- ISU schema, version 30 (issue 18): who saved a case or an assessment last, and when, so that the second of two
-- people saving the same case is told "ändrat av NAMN kl. TID" (the VERSION column already refuses the stale save).
-- A user name (as in ISU_ACCOUNT), never a display name; NULL for rows saved before this version.
ALTER TABLE ISU_CASE ADD COLUMN CHANGED_BY VARCHAR(64);
ALTER TABLE ISU_CASE ADD COLUMN CHANGED_AT TIMESTAMP;
ALTER TABLE ISU_ASSESSMENT ADD COLUMN CHANGED_BY VARCHAR(64);
ALTER TABLE ISU_ASSESSMENT ADD COLUMN CHANGED_AT TIMESTAMP;
