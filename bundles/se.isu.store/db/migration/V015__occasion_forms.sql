-- ISU schema, version 15 (issue 13, decision 77): an occasion knows which forms are due at it, so dropout, the due
-- list and change reports can be exact per instrument. One row per (occasion, instrument id); an occasion with no
-- row is a case-level occasion bound to no form (it counts for any instrument, as every occasion did before).
CREATE TABLE ISU_OCCASION_FORM (
  OCCASION_ID BIGINT NOT NULL,
  INSTRUMENT_ID VARCHAR(64) NOT NULL,
  CONSTRAINT PK_ISU_OCCASION_FORM PRIMARY KEY (OCCASION_ID, INSTRUMENT_ID),
  CONSTRAINT FK_ISU_OCCASION_FORM FOREIGN KEY (OCCASION_ID) REFERENCES ISU_OCCASION (ID) ON DELETE CASCADE
);
-- dropout and the due list ask "occasions where THIS form is due"
CREATE INDEX IX_ISU_OCCASION_FORM_INSTRUMENT ON ISU_OCCASION_FORM (INSTRUMENT_ID, OCCASION_ID);

-- Existing data: a form answered at an occasion (finished or not) was due there. Occasions with no assessment stay
-- unbound and keep counting as before; the planner binds them to the schedule that covers them on the next planning.
INSERT INTO ISU_OCCASION_FORM (OCCASION_ID, INSTRUMENT_ID)
  SELECT DISTINCT a.OCCASION_ID, a.INSTRUMENT_ID FROM ISU_ASSESSMENT a WHERE a.OCCASION_ID IS NOT NULL;
