"""The photo's own words: a photo (or any vector) described with everyday concepts and the user's tags.

CLIP's zero-shot recipe run backwards, from image to text: the built-in
vocabulary of about a thousand everyday concepts (``resources/vocabulary.tsv``,
named in English, Spanish and Portuguese) and the labels of the library's tag
sets are candidate captions, and a photo gets the ones its vector is closest to.

- ``entries.py``: the vocabulary file, read once, as values.
- ``records.py``: what crosses the package's edge (:class:`Description`).
- ``words.py``: :class:`Words`, what ``Library.words`` is: preparing the
  vectors (a service job in the app) and describing photos or vectors.
"""

from photoclip.core.vocabulary.entries import VocabularyEntry, load_vocabulary
from photoclip.core.vocabulary.records import Description, WordsLanguage, WordsProgress, words_language
from photoclip.core.vocabulary.words import Words

__all__ = ["Description", "VocabularyEntry", "Words", "WordsLanguage", "WordsProgress", "load_vocabulary", "words_language"]
