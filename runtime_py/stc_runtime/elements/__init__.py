"""Element families, one module each. Importing this package registers every
element with ``delta_generator.ELEMENTS`` (each module uses ``@element``)."""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
