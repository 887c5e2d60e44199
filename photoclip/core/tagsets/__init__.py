"""Zero-shot tag sets: definitions and their files, scoring, the tag tables, labelling jobs, exports, evaluation.

``manager.TagManager`` is what ``Library.tags`` is; ``definition.py`` says what a tag set is.
"""
