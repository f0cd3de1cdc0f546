"""Checking the emergency lines against their sources: `make verify-sources` (verify.py)
and `make confirm` (confirm.py)."""
