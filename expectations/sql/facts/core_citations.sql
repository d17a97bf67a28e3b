select count(*) as expected_rows from raw_citations
