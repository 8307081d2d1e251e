"""The one exception type the CLI turns into a clear message and exit code 1
(never a traceback of ours)."""


class BuildError(Exception):
    """A problem the author can fix; ``str()`` is the whole message."""
