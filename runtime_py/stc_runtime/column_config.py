"""``st.column_config``: how ``st.dataframe`` and ``st.data_editor`` show
and edit a column, as Streamlit's column configuration does.

Each function returns a plain dict in the form the page reads:
``{"label", "width", "help", "disabled", "required", "default", "hidden",
"pinned", "alignment", "type_config": {"type": ..., <type options>}}``; absent options
are ``None``. Dates, times and datetimes in options are sent as ISO text.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, Iterable

__all__ = [
    "Column", "TextColumn", "NumberColumn", "CheckboxColumn", "SelectboxColumn", "DateColumn", "TimeColumn",
    "DatetimeColumn", "LinkColumn", "ImageColumn", "ProgressColumn", "ListColumn", "LineChartColumn",
    "BarChartColumn", "AreaChartColumn",
]

#: the colour names chart and progress columns accept besides hex and
#: rgb()/rgba() text (as 1.67 accepts them, in its order for the message)
_CHART_COLORS = ("auto", "auto-inverse", "red", "blue", "green", "yellow", "violet", "orange", "gray", "grey", "primary")


def _wire(value: Any) -> Any:
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return value.item()
    return value


def _chart_color(color: Any) -> Any:
    """``color`` of a chart or progress column, refused as 1.67 refuses it:
    a name it knows, ``#`` and 3, 4, 6 or 8 letters or digits, or text that
    starts with ``rgb(``/``rgba(``."""
    from .errors import StreamlitValueError

    if color is None or color in _CHART_COLORS:
        return color
    if isinstance(color, str):
        if color.startswith("#") and color[1:].isalnum() and len(color) in (4, 5, 7, 9):
            return color
        if color.startswith(("rgb(", "rgba(")):
            return color
    raise StreamlitValueError("color", [*_CHART_COLORS, "a valid hex color", "an rgb() or rgba() color"])


def _base(label: Any, width: Any, help: Any, disabled: Any = None, required: Any = None, pinned: Any = None,
          default: Any = None, alignment: Any = None, **type_config: Any) -> dict[str, Any]:
    # Like 1.67, the constructors check nothing but chart colours: a width or
    # an alignment the page does not know is ignored there (the column keeps
    # its own width, its type's alignment).
    return {
        "label": None if label is None else str(label),
        "width": width,
        "help": help,
        "disabled": disabled,
        "required": required,
        "pinned": pinned,
        "default": _wire(default),
        "hidden": None,
        "alignment": alignment,
        "type_config": {k: _wire(v) for k, v in type_config.items()},
    }


def Column(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None,
           required: bool | None = None, pinned: bool | None = None, alignment: Any = None) -> dict[str, Any]:
    """A column whose type follows its data. ``alignment``: ``"left"``,
    ``"center"`` or ``"right"`` for its cells; None: as its type aligns them
    (numbers to the right, the rest to the left)."""
    return _base(label, width, help, disabled, required, pinned, alignment=alignment, type=None)


def TextColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None,
               required: bool | None = None, pinned: bool | None = None, alignment: Any = None,
               default: str | None = None, max_chars: int | None = None, validate: str | None = None) -> dict[str, Any]:
    """A text column; ``validate`` is a regular expression edits must match."""
    return _base(label, width, help, disabled, required, pinned, default, alignment, type="text", max_chars=max_chars, validate=validate)


def NumberColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None,
                 required: bool | None = None, pinned: bool | None = None, alignment: Any = None,
                 default: float | None = None, format: str | None = None, min_value: float | None = None,
                 max_value: float | None = None, step: float | None = None) -> dict[str, Any]:
    """A number column. ``format``: printf-style (``"%d"``, ``"$%.2f"``) or
    ``"plain"``, ``"localized"``, ``"percent"``, ``"dollar"``, ``"euro"``,
    ``"yen"``, ``"accounting"``, ``"compact"``, ``"scientific"``,
    ``"engineering"``. An ``int`` min/max/step/default makes it an integer
    column (its cells then refuse fractions, as Streamlit's do)."""
    is_int = any(isinstance(v, int) and not isinstance(v, bool) for v in (min_value, max_value, step, default))
    return _base(label, width, help, disabled, required, pinned, default, alignment, type="number", format=format,
                 min_value=min_value, max_value=max_value, step=step, integer=is_int or None)


def CheckboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None,
                   required: bool | None = None, pinned: bool | None = None, alignment: Any = None,
                   default: bool | None = None) -> dict[str, Any]:
    """A checkbox column."""
    return _base(label, width, help, disabled, required, pinned, default, alignment, type="checkbox")


def SelectboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None,
                    required: bool | None = None, pinned: bool | None = None, default: Any = None,
                    options: Iterable[Any] | None = None, format_func: Callable[[Any], str] | None = None) -> dict[str, Any]:
    """A column whose edits are one of ``options``; ``format_func`` turns an
    option into the text shown for it (cells and the editor's choices show
    it; the value kept is the option itself)."""
    listed = None if options is None else list(options)
    if listed and format_func is not None:
        # As 1.67: each option becomes {"value", "label"} once it has a label.
        listed = [{"value": _wire(o), "label": str(format_func(o))} for o in listed]
    elif listed is not None:
        listed = [_wire(o) for o in listed]
    return _base(label, width, help, disabled, required, pinned, default, type="selectbox", options=listed)


def DateColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None,
               required: bool | None = None, pinned: bool | None = None, alignment: Any = None,
               default: _dt.date | None = None, format: str | None = None, min_value: _dt.date | None = None,
               max_value: _dt.date | None = None, step: int | None = None) -> dict[str, Any]:
    """A date column; ``format`` is a Moment.js-style pattern (``"MMM D, YYYY"``)."""
    return _base(label, width, help, disabled, required, pinned, default, alignment, type="date", format=format,
                 min_value=min_value, max_value=max_value, step=step)


def TimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None,
               required: bool | None = None, pinned: bool | None = None, alignment: Any = None,
               default: _dt.time | None = None, format: str | None = None, min_value: _dt.time | None = None,
               max_value: _dt.time | None = None, step: Any = None) -> dict[str, Any]:
    """A time column."""
    if isinstance(step, _dt.timedelta):
        step = step.total_seconds()
    return _base(label, width, help, disabled, required, pinned, default, alignment, type="time", format=format,
                 min_value=min_value, max_value=max_value, step=step)


def DatetimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None,
                   required: bool | None = None, pinned: bool | None = None, alignment: Any = None,
                   default: _dt.datetime | None = None, format: str | None = None,
                   min_value: _dt.datetime | None = None, max_value: _dt.datetime | None = None, step: Any = None,
                   timezone: str | None = None) -> dict[str, Any]:
    """A datetime column. Values are shown in their own time zone, never the
    visitor's: Streamlit keeps a datetime's own zone, so the same app
    shows the same times to every visitor."""
    if isinstance(step, _dt.timedelta):
        step = step.total_seconds()
    return _base(label, width, help, disabled, required, pinned, default, alignment, type="datetime", format=format,
                 min_value=min_value, max_value=max_value, step=step, timezone=timezone)


def LinkColumn(label: str | None = None, *, width: Any = None, help: str | None = None, disabled: bool | None = None,
               required: bool | None = None, pinned: bool | None = None, alignment: Any = None,
               default: str | None = None, max_chars: int | None = None, validate: str | None = None,
               display_text: str | None = None) -> dict[str, Any]:
    """A column of clickable URLs; ``display_text`` is shown instead of the
    URL (a regular expression with a group picks part of the URL)."""
    return _base(label, width, help, disabled, required, pinned, default, alignment, type="link", max_chars=max_chars,
                 validate=validate, display_text=display_text)


def ImageColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None,
                alignment: Any = None) -> dict[str, Any]:
    """A column of image URLs (or data URLs) shown as images."""
    return _base(label, width, help, pinned=pinned, alignment=alignment, type="image")


def ProgressColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None,
                   format: str | None = None, min_value: float | None = None, max_value: float | None = None,
                   step: float | None = None, color: str | None = None) -> dict[str, Any]:
    """Numbers shown as progress bars between ``min_value`` (0) and
    ``max_value`` (100 for an integer column, 1 for a float one), labelled
    with ``format`` (``"%3d%%"`` / ``"percent"``) at the precision of
    ``step``; ``color``: the bar's colour (None: the primary colour; "auto":
    green past half way, red below; "auto-inverse": the other way round)."""
    return _base(label, width, help, pinned=pinned, type="progress", format=format, min_value=min_value,
                 max_value=max_value, step=step, color=_chart_color(color))


def ListColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None,
               disabled: bool | None = None, required: bool | None = None,
               default: Iterable[str] | None = None) -> dict[str, Any]:
    """Lists shown as a row of tags; in ``st.data_editor`` the visitor
    edits a list as comma-separated items. ``default``: the list a new row
    starts with."""
    return _base(label, width, help, disabled, required, pinned, None if default is None else list(default), type="list")


def _chart(kind: str, label: Any, width: Any, help: Any, pinned: Any, y_min: Any, y_max: Any, color: Any) -> dict[str, Any]:
    return _base(label, width, help, pinned=pinned, type=kind, y_min=y_min, y_max=y_max, color=_chart_color(color))


def LineChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None,
                    y_min: float | None = None, y_max: float | None = None, color: str | None = None) -> dict[str, Any]:
    """Lists of numbers shown as small line charts. ``color``: None (the
    primary colour), a colour name, hex or rgb() text, "auto" (green when
    the last value is not below the first, red otherwise) or "auto-inverse"."""
    return _chart("line_chart", label, width, help, pinned, y_min, y_max, color)


def BarChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None,
                   y_min: float | None = None, y_max: float | None = None, color: str | None = None) -> dict[str, Any]:
    """Lists of numbers shown as small bar charts (``color`` as in
    ``LineChartColumn``)."""
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None, pinned: bool | None = None,
                    y_min: float | None = None, y_max: float | None = None, color: str | None = None) -> dict[str, Any]:
    """Lists of numbers shown as small area charts (``color`` as in
    ``LineChartColumn``)."""
    return _chart("area_chart", label, width, help, pinned, y_min, y_max, color)


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
