"""Reading a data file as plain YAML: dates stay text, a repeated key is an error."""

import yaml


class DataLoader(yaml.SafeLoader):
    """Safe YAML without implicit dates (checked by the validator instead)."""


class FastDataLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same with libyaml's parser, when PyYAML has it (the pinned wheels do): ten
    times faster. Its messages are terser, so a file it refuses is read again with
    DataLoader for the message shown."""


DataLoader.yaml_implicit_resolvers = FastDataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _mapping_without_repeats(loader, node):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {key!r} appears twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node)


for _loader in (DataLoader, FastDataLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                            _mapping_without_repeats)


def read_yaml(path):
    """The file's data; raises yaml.YAMLError with the position of a problem."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        return yaml.load(text, Loader=FastDataLoader)  # noqa: S506 - SafeLoader's kind
    except yaml.YAMLError:
        return yaml.load(text, Loader=DataLoader)  # noqa: S506 - raises the clearer error


def describe_yaml_error(exc):
    """("line 4", "what went wrong") from a YAML error."""
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}" if mark else "whole file"
    problem = getattr(exc, "problem", None) or str(exc)
    return where, " ".join(str(problem).split())
