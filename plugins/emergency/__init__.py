"""emergency: the emergency-resources hub (SPEC §6).

Every build reads `content/emergency/<cc>.yaml`, checks each file against the
format of §6 and logs one line per problem (the build then fails) and one per
warning (stale or undated evidence, local codes the phone library does not
know). The `/emergency/` page is rendered by the theme's `emergency.html`.
"""

from pelican import signals

from .generator import EmergencyGenerator
from .names import template_names


def add_generator(pelican):
    return EmergencyGenerator


def add_names(generator):
    template_names(generator.env, generator.settings["DEFAULT_LANG"])


def register():
    signals.get_generators.connect(add_generator)
    signals.generator_init.connect(add_names)
