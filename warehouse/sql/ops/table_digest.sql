-- Reads every block of a table (count(*) alone is answered from metadata): a corrupt block raises.
select count(*), bit_xor(hash(t)) from query_table($name) as t
