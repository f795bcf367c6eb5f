"""The one home for Vietnamese patterns: every regex and word list, each with a real example and a test.

Submodules by domain: `numbers` (Vietnamese numbers, units), `dates` (dates, periods, deadlines),
`docnums` (document numbers and citations), `header` (Quốc hiệu, Số, địa danh, signer), `structure`
(section labels, the closing), `phrases` (typo-tolerant fixed phrases), `actors` (units as subjects of tasks),
`tasks` (assignment formulas, task-table header words), `indicators` (words around a chỉ tiêu and its name),
`units` (units of measure), `abbreviations`. Import from the submodule.
"""
