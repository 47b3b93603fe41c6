-- ISU schema, version 16 (issue 13, decision 79): the due list leaves out a form already complete at a planned
-- occasion, asking ISU_ASSESSMENT by occasion and form once per listed line; without an index that is a scan of
-- every assessment per line.
CREATE INDEX IX_ISU_ASSESSMENT_OCCASION ON ISU_ASSESSMENT (OCCASION_ID, INSTRUMENT_ID);
