-- The validated fingerprints of $stage, before rows/remember.sql writes them anew.
delete from dq_validated where stage = $stage
