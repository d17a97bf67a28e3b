"""Documents added, changed and removed between two published sets, by doc_id and source_file."""

from warehouse.changes import compare_documents

BEFORE = [("hunan-2024.txt", "3d93790193399438"), ("chenzhou-2025.txt", "279126e6dcad1c31"),
          ("guizhou-2024.txt", "f3476fe798342f44")]


def test_a_new_file_is_added_an_edited_file_changed_and_a_gone_file_removed():
    after = [("hunan-2024.txt", "3d93790193399438"), ("chenzhou-2025.txt", "aaaaaaaaaaaaaaaa"),
             ("liuyang-2025.txt", "0b640726cbb1f0c0")]
    assert compare_documents(BEFORE, after) == {
        "added": [{"source_file": "liuyang-2025.txt", "doc_id": "0b640726cbb1f0c0"}],
        "changed": [{"source_file": "chenzhou-2025.txt", "doc_id": "aaaaaaaaaaaaaaaa",
                     "previous_doc_id": "279126e6dcad1c31"}],
        "removed": [{"source_file": "guizhou-2024.txt", "doc_id": "f3476fe798342f44"}],
    }


def test_the_same_text_under_a_new_name_is_no_change():
    after = [("hunan-2024.txt", "3d93790193399438"), ("chenzhou-2025.txt", "279126e6dcad1c31"),
             ("archive/guizhou-2024.txt", "f3476fe798342f44")]
    assert compare_documents(BEFORE, after) == {"added": [], "changed": [], "removed": []}
