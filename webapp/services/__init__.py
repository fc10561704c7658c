"""The product's domain operations: Python counterparts of the original
design's composables. Views call these; they own the rules and transactions."""
