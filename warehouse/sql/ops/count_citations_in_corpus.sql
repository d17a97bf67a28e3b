-- How many citations point at a document of the corpus (for the run's metadata).
select count(cited_doc_id) from core_citations
