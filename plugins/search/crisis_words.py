"""The crisis words: queries that show the emergency block above search results."""

import os

import yaml
from sitecore.languages import is_language
from sitecore.yamlfile import describe_yaml_error, read_yaml


def load_crisis_words(path, shown_path):
    """(words, problems): every word and phrase of the file, and one line per problem.

    The file maps a language code to a list of words or phrases:
        en: [suicide, kill myself]
    """
    if not os.path.isfile(path):
        return (), [f"search: {shown_path}: whole file: file: expected a list of crisis "
                    "words, found no file"]
    try:
        data = read_yaml(path)
    except yaml.YAMLError as exc:
        where, what = describe_yaml_error(exc)
        return (), [f"search: {shown_path}: {where}: yaml: {what}"]
    if not isinstance(data, dict) or not data:
        return (), [f"search: {shown_path}: whole file: languages: expected a mapping of "
                    f"language codes to lists of words, found {type(data).__name__}"]
    words, problems = [], []
    for lang, items in data.items():
        problem = _language_problem(lang)
        if problem:
            problems.append(f"search: {shown_path}: {lang}: language: {problem}")
        if not isinstance(items, list) or not items:
            problems.append(f"search: {shown_path}: {lang}: words: expected a list of "
                            f"words or phrases, found {_found(items)}")
            continue
        for number, word in enumerate(items, start=1):
            if isinstance(word, str) and word.strip():
                words.append(" ".join(word.split()))
            else:
                problems.append(f"search: {shown_path}: {lang}: word {number}: expected a "
                                f"word or phrase, found {_found(word)}")
    return tuple(dict.fromkeys(words)), problems


def _language_problem(code):
    if not is_language(code):
        return f"expected a language code such as en, ar or fr, found {code!r}"
    return None


def _found(value):
    return "nothing" if value in (None, "", []) else repr(value)
