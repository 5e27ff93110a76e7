"""The assistant: settings, wiring, the web service and the `jobcoach` command."""

from assistant.settings import Settings

__all__ = ["Settings"]
