-- ISU schema, version 5: the case list stays fast at 100 000 cases (issue 12).
-- The list is sorted newest aktualisering first: an index in that order lets Derby read the first 500 rows
-- without sorting the whole table.
CREATE INDEX IX_ISU_CASE_LIST ON ISU_CASE (ACTUALISATION_DATE DESC, CASE_NUMBER DESC);

-- The due list shows the latest overdue and missed occasions first, a page at a time.
CREATE INDEX IX_ISU_OCCASION_DUE_LATEST ON ISU_OCCASION (STATUS, PLANNED_DATE DESC);

-- What the search field matches, as prefixes of normalised terms, one row per term: the case number in lower
-- case, its year and serial as digits (202600012) and its serial (00012); the personnummer as 12 digits, 10 digits and its last four; given and family name in lower case, and
-- what follows their first space (a second given name, a double family name). Maintained by the store
-- (JpaCaseRepository, CaseSearchTerms) whenever a case or its client is written; removed with the case.
CREATE TABLE ISU_CASE_SEARCH (
  CASE_ID BIGINT NOT NULL,
  TERM VARCHAR(100) NOT NULL,
  CONSTRAINT FK_ISU_CASE_SEARCH_CASE FOREIGN KEY (CASE_ID) REFERENCES ISU_CASE (ID) ON DELETE CASCADE
);
CREATE INDEX IX_ISU_CASE_SEARCH_TERM ON ISU_CASE_SEARCH (TERM, CASE_ID);

-- The terms of the cases already stored: the same statement CaseSearchTerms runs for every write.
INSERT INTO ISU_CASE_SEARCH (CASE_ID, TERM)
  SELECT c.ID, LOWER(c.CASE_NUMBER) FROM ISU_CASE c
  UNION ALL SELECT c.ID, SUBSTR(c.CASE_NUMBER, LOCATE('-', c.CASE_NUMBER) + 1, 4) || SUBSTR(c.CASE_NUMBER, LOCATE('-', c.CASE_NUMBER) + 6) FROM ISU_CASE c WHERE LENGTH(c.CASE_NUMBER) > LOCATE('-', c.CASE_NUMBER) + 6
  UNION ALL SELECT c.ID, SUBSTR(c.CASE_NUMBER, LOCATE('-', c.CASE_NUMBER) + 6) FROM ISU_CASE c WHERE LENGTH(c.CASE_NUMBER) > LOCATE('-', c.CASE_NUMBER) + 6
  UNION ALL SELECT c.ID, SUBSTR(k.PERSONAL_ID, 1, 8) || SUBSTR(k.PERSONAL_ID, 10, 4) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID
  UNION ALL SELECT c.ID, SUBSTR(k.PERSONAL_ID, 3, 6) || SUBSTR(k.PERSONAL_ID, 10, 4) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID
  UNION ALL SELECT c.ID, SUBSTR(k.PERSONAL_ID, 10, 4) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID
  UNION ALL SELECT c.ID, LOWER(TRIM(k.GIVEN_NAME)) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID WHERE LENGTH(TRIM(k.GIVEN_NAME)) > 0
  UNION ALL SELECT c.ID, LOWER(TRIM(k.FAMILY_NAME)) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID WHERE LENGTH(TRIM(k.FAMILY_NAME)) > 0
  UNION ALL SELECT c.ID, LOWER(SUBSTR(TRIM(k.GIVEN_NAME), LOCATE(' ', TRIM(k.GIVEN_NAME)) + 1)) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID WHERE LOCATE(' ', TRIM(k.GIVEN_NAME)) > 0
  UNION ALL SELECT c.ID, LOWER(SUBSTR(TRIM(k.FAMILY_NAME), LOCATE(' ', TRIM(k.FAMILY_NAME)) + 1)) FROM ISU_CASE c JOIN ISU_CLIENT k ON k.ID = c.CLIENT_ID WHERE LOCATE(' ', TRIM(k.FAMILY_NAME)) > 0;
