"""Document metadata from cleaned text: title and cover notice (titles), issuer (issuers, reports),
jurisdiction and level (jurisdiction), 文号 (doc_numbers), date (dates), plan period (periods), and the
documents it cites (citations); extract.py puts a document's together."""

from gongwen.metadata.citations import cited_document_name, extract_citations
from gongwen.metadata.dates import parse_date
from gongwen.metadata.doc_numbers import normalize_doc_number
from gongwen.metadata.extract import extract_metadata
from gongwen.metadata.jurisdiction import find_region, region_ancestors
from gongwen.metadata.periods import extract_period
from gongwen.text.regions import Region

__all__ = ["Region", "cited_document_name", "extract_citations", "extract_metadata", "extract_period",
           "find_region", "normalize_doc_number", "parse_date", "region_ancestors"]
