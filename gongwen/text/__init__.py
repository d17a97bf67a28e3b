"""The text toolkit every other part of the domain builds on: character classes, numerals, five-year
plans, pattern builders, resource files and the gazetteer of regions. Each notion is defined here once."""
