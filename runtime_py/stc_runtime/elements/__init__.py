"""Element families. Importing this package registers every element with
``delta_generator.ELEMENTS``."""

from . import data, layout, text, widgets  # noqa: F401
