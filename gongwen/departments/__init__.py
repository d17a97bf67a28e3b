"""Which government department a responsible unit is (市发改委 / 省发展改革委 / 国家发展改革委 → 发展改革)
and at which level it sits, from the gazetteer in resources/departments.csv.

Local governments named as units (各县市区人民政府, 各市州政府, 厦门市人民政府) get the canonical
department `地方人民政府`, so that they can be counted like any department, with the level their
wording names. Townships, development zones, enterprises, banks other than the central bank, schools
and public institutions (…中心) are known but not government departments: department None, level
`other`. A unit the gazetteer cannot place at all is `known=False`, never guessed.

gazetteer.py loads the word lists, levels.py reads a level from a unit's prefix, classify.py puts them
together.
"""

from gongwen.departments.classify import (
           LOCAL_GOVERNMENT,
           classify_unit,
           department_prefix,
           normalize_unit_name,
)
from gongwen.departments.gazetteer import AREA_WORDS_PATH, DEPARTMENTS_PATH
from gongwen.departments.levels import LEVELS

__all__ = ["AREA_WORDS_PATH", "DEPARTMENTS_PATH", "LEVELS", "LOCAL_GOVERNMENT", "classify_unit", "department_prefix",
           "normalize_unit_name"]
