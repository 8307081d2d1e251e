"""``st.column_config``: how ``st.dataframe`` and ``st.data_editor`` show
and edit a column, as Streamlit's column configuration does.

Each function returns a plain dict in the form the page reads:
``{"label", "width", "help", "disabled", "required", "default", "hidden",
"pinned", "type_config": {"type": ..., <type options>}}``; absent options
are ``None``. Dates, times and datetimes in options are sent as ISO text.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable

__all__ = [
    "Column", "TextColumn", "NumberColumn", "CheckboxColumn", "SelectboxColumn", "DateColumn", "TimeColumn",
    "DatetimeColumn", "LinkColumn", "ImageColumn", "ProgressColumn", "ListColumn", "LineChartColumn",
    "BarChartColumn", "AreaChartColumn",
]

_WIDTHS = ("small", "medium", "large")


def _wire(value: Any) -> Any:
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return value.item()
    return value


def _base(label: Any, width: Any, help: Any, disabled: Any = None, required: Any = None, pinned: Any = None, default: Any = None, **type_config: Any) -> dict[str, Any]:
    from .errors import StreamlitAPIException

    if width is not None and width not in _WIDTHS and not (isinstance(width, int) and not isinstance(width, bool) and width > 0):
        raise StreamlitAPIException(f"Invalid column width: {width!r}. Use 'small', 'medium', 'large' or a number of pixels.")
    return {
        "label": None if label is None else str(label),
        "width": width,
        "help": help,
        "disabled": disabled,
        "required": required,
        "pinned": pinned,
        "default": _wire(default),
        "hidden": None,
        "type_config": {k: _wire(v) for k, v in type_config.items()},
    }


def Column(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None) -> dict[str, Any]:
    """A column whose type follows its data."""
    return _base(label, width, help, disabled, required, pinned, type=None)


def TextColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None, default: str | None = None, max_chars: int | None = None, validate: str | None = None) -> dict[str, Any]:
    """A text column; ``validate`` is a regular expression edits must match."""
    return _base(label, width, help, disabled, required, pinned, default, type="text", max_chars=max_chars, validate=validate)


def NumberColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None, default: float | None = None, format: str | None = None, min_value: float | None = None, max_value: float | None = None, step: float | None = None) -> dict[str, Any]:
    """A number column. ``format``: printf-style (``"%d"``, ``"$%.2f"``) or
    ``"plain"``, ``"localized"``, ``"percent"``, ``"dollar"``, ``"euro"``,
    ``"yen"``, ``"accounting"``, ``"compact"``, ``"scientific"``,
    ``"engineering"``. An ``int`` min/max/step/default makes it an integer
    column (its cells then refuse fractions, as Streamlit's do)."""
    is_int = any(isinstance(v, int) and not isinstance(v, bool) for v in (min_value, max_value, step, default))
    return _base(label, width, help, disabled, required, pinned, default, type="number", format=format, min_value=min_value, max_value=max_value, step=step, integer=is_int or None)


def CheckboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None, default: bool | None = None) -> dict[str, Any]:
    """A checkbox column."""
    return _base(label, width, help, disabled, required, pinned, default, type="checkbox")


def SelectboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None, default: Any = None, options: Iterable[Any] | None = None) -> dict[str, Any]:
    """A column whose edits are one of ``options``."""
    return _base(label, width, help, disabled, required, pinned, default, type="selectbox", options=None if options is None else [_wire(o) for o in options])


def DateColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None, default: _dt.date | None = None, format: str | None = None, min_value: _dt.date | None = None, max_value: _dt.date | None = None, step: int | None = None) -> dict[str, Any]:
    """A date column; ``format`` is a Moment.js-style pattern (``"MMM D, YYYY"``)."""
    return _base(label, width, help, disabled, required, pinned, default, type="date", format=format, min_value=min_value, max_value=max_value, step=step)


def TimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None, default: _dt.time | None = None, format: str | None = None, min_value: _dt.time | None = None, max_value: _dt.time | None = None, step: Any = None) -> dict[str, Any]:
    """A time column."""
    if isinstance(step, _dt.timedelta):
        step = step.total_seconds()
    return _base(label, width, help, disabled, required, pinned, default, type="time", format=format, min_value=min_value, max_value=max_value, step=step)


def DatetimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None, default: _dt.datetime | None = None, format: str | None = None, min_value: _dt.datetime | None = None, max_value: _dt.datetime | None = None, step: Any = None, timezone: str | None = None) -> dict[str, Any]:
    """A datetime column. Values are shown in their own time zone, never the
    visitor's: Streamlit keeps a datetime's own zone, so the same app
shows the same times to every visitor."""
    if isinstance(step, _dt.timedelta):
        step = step.total_seconds()
    return _base(label, width, help, disabled, required, pinned, default, type="datetime", format=format, min_value=min_value, max_value=max_value, step=step, timezone=timezone)


def LinkColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None, default: str | None = None, max_chars: int | None = None, validate: str | None = None, display_text: str | None = None) -> dict[str, Any]:
    """A column of clickable URLs; ``display_text`` is shown instead of the
    URL (a regular expression with a group picks part of the URL)."""
    return _base(label, width, help, disabled, required, pinned, default, type="link", max_chars=max_chars, validate=validate, display_text=display_text)


def ImageColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None) -> dict[str, Any]:
    """A column of image URLs (or data URLs) shown as images."""
    return _base(label, width, help, pinned=pinned, type="image")


def ProgressColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None, format: str | None = None, min_value: float | None = None, max_value: float | None = None) -> dict[str, Any]:
    """Numbers shown as progress bars between ``min_value`` (0) and ``max_value`` (100)."""
    return _base(label, width, help, pinned=pinned, type="progress", format=format, min_value=min_value, max_value=max_value)


def ListColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None) -> dict[str, Any]:
    """Lists shown as a row of tags."""
    return _base(label, width, help, pinned=pinned, type="list")


def LineChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None, y_min: float | None = None, y_max: float | None = None) -> dict[str, Any]:
    """Lists of numbers shown as small line charts."""
    return _base(label, width, help, pinned=pinned, type="line_chart", y_min=y_min, y_max=y_max)


def BarChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None, y_min: float | None = None, y_max: float | None = None) -> dict[str, Any]:
    """Lists of numbers shown as small bar charts."""
    return _base(label, width, help, pinned=pinned, type="bar_chart", y_min=y_min, y_max=y_max)


def AreaChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None, y_min: float | None = None, y_max: float | None = None) -> dict[str, Any]:
    """Lists of numbers shown as small area charts."""
    return _base(label, width, help, pinned=pinned, type="area_chart", y_min=y_min, y_max=y_max)


def normalize(config: Any) -> dict[str, Any]:
    """A ``column_config`` value in the dict form: a string is a label,
    ``None`` hides the column."""
    from .errors import StreamlitAPIException

    if config is None:
        return {**Column(), "hidden": True}
    if isinstance(config, str):
        return Column(config)
    if isinstance(config, dict):
        out = {**Column(), **{k: _wire(v) for k, v in config.items() if k != "type_config"}}
        out["type_config"] = {k: _wire(v) for k, v in dict(config.get("type_config") or {"type": None}).items()}
        return out
    raise StreamlitAPIException(f"Invalid column config: {config!r}. Use a label, None or an st.column_config column.")
