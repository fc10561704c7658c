"""Values the test modules share (imported by name: `conftest` is ambiguous
once tests/e2e has a conftest.py of its own)."""

# The password of every account the tests create.
TEST_PASSWORD = "correct horse battery"
