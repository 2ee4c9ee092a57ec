"""Unit tests of the sourcing engine (no Flask)."""
