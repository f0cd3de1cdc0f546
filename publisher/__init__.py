"""The practice's publishing tool: atomic builds, a preview server, new posts."""
