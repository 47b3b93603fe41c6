-- Unsaved work of the workbench, kept per user while an editor is dirty, so a crash or a killed process does not
-- lose what was typed (issue 12). In the encrypted database, never in plain files: drafts hold case data.
CREATE TABLE ISU_DRAFT (
  USER_NAME VARCHAR(64) NOT NULL,
  DRAFT_KEY VARCHAR(200) NOT NULL,
  CASE_NUMBER VARCHAR(40),
  LABEL VARCHAR(200) NOT NULL,
  CONTENT CLOB NOT NULL,
  SAVED_AT TIMESTAMP NOT NULL,
  CONSTRAINT PK_ISU_DRAFT PRIMARY KEY (USER_NAME, DRAFT_KEY)
);
