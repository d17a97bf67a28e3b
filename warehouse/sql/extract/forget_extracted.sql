-- Stage $stage's record of what its rows were made from, before record_extracted writes it anew.
delete from ops_extracted where stage = $stage
