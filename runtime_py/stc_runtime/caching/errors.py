"""The errors ``st.cache_data`` and ``st.cache_resource`` raise into the app.

Their texts follow Streamlit's (its docs quote the first line of
``UnhashableParamError``), so an author can search for them.
"""

from __future__ import annotations

from typing import Any, Callable

from ..errors import StreamlitAPIException, StreamlitBadTimeStringError


def type_name(value: Any) -> str:
    """Fully-qualified name of ``value``'s type, e.g. ``__main__.MyCustomClass``."""
    return qualified_name(type(value))


def qualified_name(cls: type) -> str:
    module = getattr(cls, "__module__", None) or "builtins"
    return f"{module}.{getattr(cls, '__qualname__', cls.__name__)}"


def _func_name(func: Callable[..., Any]) -> str:
    return getattr(func, "__name__", None) or type(func).__name__


class UnhashableTypeError(Exception):
    """Internal: a value the hasher cannot hash (caught and turned into
    ``UnhashableParamError``, which names the argument)."""


class UnhashableParamError(StreamlitAPIException):
    """An argument of a cached function cannot be hashed into the cache key."""

    def __init__(self, decorator: str, func: Callable[..., Any], arg_name: str | None, arg_value: Any) -> None:
        name = arg_name if arg_name is not None else "(unnamed)"
        replacement = f"_{arg_name}" if arg_name is not None else "_arg"
        func_name = _func_name(func)
        type_ = type_name(arg_value)
        short = type(arg_value).__qualname__
        super().__init__(
            f"Cannot hash argument '{name}' (of type {type_}) in '{func_name}'.\n\n"
            "To address this, you can tell Streamlit not to hash this argument by adding a\n"
            "leading underscore to the argument's name in the function signature:\n\n"
            f"```\n@st.{decorator}\ndef {func_name}({replacement}, ...):\n    ...\n```\n\n"
            "or tell it how to hash values of this type with `hash_funcs`, e.g.\n"
            f"`@st.{decorator}(hash_funcs={{{short}: lambda obj: ...}})` "
            f'(or `hash_funcs={{"{type_}": ...}}`).'
        )


class UserHashError(StreamlitAPIException):
    """A function given in ``hash_funcs`` raised."""

    def __init__(self, orig: BaseException, value: Any, hash_func: Callable[..., Any], decorator: str) -> None:
        hash_name = _func_name(hash_func)
        super().__init__(
            f"{type(orig).__name__}: {orig}\n\n"
            f"This error is likely due to a bug in `{hash_name}`, a user-defined hash function "
            f"that was passed into the `@st.{decorator}` decorator. `{hash_name}` failed when "
            f"hashing an object of type `{type_name(value)}`."
        )


class UnserializableReturnValueError(StreamlitAPIException):
    """A ``cache_data`` function returned something pickle cannot store."""

    def __init__(self, func: Callable[..., Any], value: Any, orig: BaseException) -> None:
        super().__init__(
            f"Cannot serialize the return value (of type {type_name(value)}) in `{_func_name(func)}()`. "
            "`st.cache_data` uses pickle to serialize the function's return value and safely store it "
            "in the cache without mutating the original object. Please convert the return value to a "
            "pickle-serializable type. If you want to cache unserializable objects such as database "
            "connections or Tensorflow sessions, use `st.cache_resource` instead "
            f"(pickle said: {type(orig).__name__}: {orig})."
        )


class CacheReplayClosureError(StreamlitAPIException):
    """A cached function wrote into a container created outside it."""

    def __init__(self, decorator: str, func: Callable[..., Any]) -> None:
        name = f"`{_func_name(func)}()`"
        super().__init__(
            f"While running {name}, a streamlit element is called on some layout block created outside "
            "the function. This is incompatible with replaying the cached effect of that element, "
            "because the referenced block might not exist when the replay happens.\n\n"
            "How to fix this:\n"
            f"* Move the creation of the layout block inside {name}.\n"
            f"* Move the call to the streamlit element outside of {name}.\n"
            f"* Remove the `@st.{decorator}` decorator from {name}."
        )


# A ``ttl`` text that is no duration: 1.67 raises its general time-string
# error (same class and message) for it.
BadTTLStringError = StreamlitBadTimeStringError


CACHED_WIDGET_WARNING = (
    "Your script uses a widget command in a cached function\n"
    "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
    'This code will only be called when we detect a cache "miss",\n'
    "which can lead to unexpected results.\n\n"
    "To fix this, move all widget commands outside the cached function."
)


# The notice for stored entries that were not used (damaged, crafted, or of
# another format), whatever the reason: one notice however many there are.
UNUSABLE_STORED_ENTRY = (
    "A cached result stored in this browser could not be read (damaged, unsafe or written by "
    "another version); it was computed again."
)
