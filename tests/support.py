"""Values the test modules share (imported by name: `conftest` is ambiguous
once tests/e2e has a conftest.py of its own)."""

# The password of every account the tests create.
TEST_PASSWORD = "correct horse battery"


def wait_for(condition, what: str, seconds: float = 60):
    """Poll `condition` until it returns something true, and return that; fail after `seconds`."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")
