-- Erasing a person clears the comments they wrote in surveys (free text may name or describe them); their scores
-- stay, so the cohorts' aggregates stay correct. Only the comment may ever change.
GRANT UPDATE (comment) ON survey_answers TO platform_app;
