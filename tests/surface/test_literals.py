"""Every ``Literal`` value 1.67 annotates is implemented, not swallowed,
and so is every other parameter (with a representative value each).

Generated from the committed 1.67 table (``streamlit-1.67.0.json``): for
each public ``st.`` call that draws something and each parameter whose
annotation is a ``Literal``, the app calls it with every allowed value. The
call must not fail, and unless the value is the default, what reaches the
page must differ from the default call's: the element payloads (widget ids
reduced to whether there is one, so a value that changes nothing but the
id's hash does not count), the page's query string and its page config.
Every other parameter of those calls is called the same way with a value
unlike its default (REPRESENTATIVE, by name; REPRESENTATIVE_FOR, by call).

Values whose effect is not in what the first run sends are checked by
behaviour elsewhere (EFFECT_ELSEWHERE names the test). Parameters owned by
a later issue (the surface test's PENDING) are skipped; what this issue
still has to do is listed in TO_DO, which only shrinks (an entry that
passes fails the test).
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest

from test_surface import ELEMENTS, PENDING, _matches

from stc_runtime import install_as_streamlit
from stc_runtime.protocol import Delta, QueryParamsChanged, Rerun, RunFinished
from stc_runtime.runner import AppSession

install_as_streamlit()  # the apps import streamlit, as under AppTest

HERE = Path(__file__).resolve().parent
TABLE = json.loads((HERE / "streamlit-1.67.0.json").read_text())

# The code that draws each element with its required arguments (and a key for
# widgets, which bind= and persist_state= need). ``{extra}`` receives the
# parameter under test (``, name=value``).
_DF = "__import__('pandas').DataFrame({'a': [1, 2, 3], 'b': [4, 5, 6]})"
BASE: dict[str, str] = {
    "altair_chart": "st.altair_chart(__import__('altair').Chart(" + _DF + ").mark_line().encode(x='a', y='b'){extra})",
    "area_chart": "st.area_chart(" + _DF + "{extra})",
    "audio": "st.audio(b'RIFF0000WAVE'{extra})",
    "badge": "st.badge('New'{extra})",
    "bar_chart": "st.bar_chart(" + _DF + "{extra})",
    "button": "st.button('Go', key='k'{extra})",
    "caption": "st.caption('Small print'{extra})",
    "chat_input": "st.chat_input('Say', key='k'{extra})",
    "chat_message": "st.chat_message(name='Ann'{extra}).write('hi')",
    "checkbox": "st.checkbox('Box', key='k'{extra})",
    "code": "st.code('x = 1'{extra})",
    "color_picker": "st.color_picker('Colour', key='k'{extra})",
    "columns": "[c.write('x') for c in st.columns(2{extra})]",
    "container": "st.container({extra0}).write('inside')",
    "data_editor": "st.data_editor(" + _DF + ", key='k'{extra})",
    "dataframe": "st.dataframe(" + _DF + "{extra})",
    "date_input": "st.date_input('Day', key='k'{extra})",
    "dialog": "@st.dialog('Title'{extra})\ndef d():\n    st.write('in')\nd()",
    "divider": "st.divider({extra0})",
    "download_button": "st.download_button('Save', b'data', key='k'{extra})",
    "error": "st.error('Bad'{extra})",
    "exception": "st.exception(ValueError('bad'){extra})",
    "expander": "st.expander('More', key='k'{extra}).write('inside')",
    "feedback": "st.feedback(key='k'{extra})",
    "file_uploader": "st.file_uploader('File', key='k'{extra})",
    "form": "with st.form('f'{extra}):\n    st.text_input('Name')\n    st.form_submit_button('Send')",
    "form_submit_button": "with st.form('f'):\n    st.form_submit_button('Send'{extra})",
    "header": "st.header('Title'{extra})",
    "help": "st.help(len{extra})",
    "html": "st.html('<b>bold</b>'{extra})",
    "image": "st.image(__import__('numpy').arange(48, dtype='uint8').reshape(4, 4, 3){extra})",
    "info": "st.info('Note'{extra})",
    "json": "st.json({{'a': 1}}{extra})",
    "latex": "st.latex('e^{{i\\\\pi}}'{extra})",
    "line_chart": "st.line_chart(" + _DF + "{extra})",
    "link_button": "st.link_button('Docs', 'https://example.com'{extra})",
    "map": "st.map(__import__('pandas').DataFrame({{'lat': [1.0], 'lon': [2.0]}}){extra})",
    "markdown": "st.markdown('Some *text*'{extra})",
    "metric": "st.metric('Sales', 10, -2{extra})",
    "multiselect": "st.multiselect('Pick', ['a', 'b', 'c'], key='k'{extra})",
    "number_input": "st.number_input('Count', key='k'{extra})",
    "page_link": "st.page_link('https://example.com', label='Out'{extra})",
    "pills": "st.pills('Pick', ['a', 'b', 'c'], key='k'{extra})",
    "popover": "st.popover('Open', key='k'{extra}).write('inside')",
    "progress": "st.progress(40{extra})",
    "pyplot": "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([1, 2])\nst.pyplot(fig{extra})",
    "radio": "st.radio('Pick', ['a', 'b', 'c'], key='k'{extra})",
    "scatter_chart": "st.scatter_chart(" + _DF + "{extra})",
    "segmented_control": "st.segmented_control('Pick', ['a', 'b', 'c'], key='k'{extra})",
    "select_slider": "st.select_slider('Pick', ['a', 'b', 'c'], key='k'{extra})",
    "selectbox": "st.selectbox('Pick', ['a', 'b', 'c'], key='k'{extra})",
    "slider": "st.slider('Amount', key='k'{extra})",
    "spinner": "with st.spinner('Working'{extra}):\n    pass",
    "status": "st.status('Running'{extra}).write('step')",
    "subheader": "st.subheader('Title'{extra})",
    "success": "st.success('Done'{extra})",
    "table": "st.table(" + _DF + "{extra})",
    "tabs": "[t.write('x') for t in st.tabs(['One', 'Two'], key='k'{extra})]",
    "text": "st.text('Plain'{extra})",
    "text_area": "st.text_area('Notes', key='k'{extra})",
    "text_input": "st.text_input('Name', key='k'{extra})",
    "time_input": "st.time_input('At', key='k'{extra})",
    "title": "st.title('Title'{extra})",
    "toast": "st.toast('Saved'{extra})",
    "toggle": "st.toggle('Switch', key='k'{extra})",
    "vega_lite_chart": "st.vega_lite_chart(" + _DF + ", {{'mark': 'line', 'encoding': {{'x': {{'field': 'a'}}, 'y': {{'field': 'b'}}}}}}{extra})",
    "video": "st.video(b'0000'{extra})",
    "warning": "st.warning('Careful'{extra})",
    "set_page_config": "st.set_page_config({extra0})\nst.write('x')",
}

#: A base call of its own for values that the common base already shows
#: (a negative delta is red by default: "red" needs a positive one).
BASE_CASE: dict[tuple[str, str, object], str] = {
    ("metric", "delta_color", "red"): "st.metric('Sales', 10, 2{extra})",
    ("metric", "delta_arrow", "down"): "st.metric('Sales', 10, 2{extra})",
    # "auto" encodes an array with alpha as PNG: JPEG must differ from it.
    ("image", "output_format", "JPEG"): "st.image(__import__('numpy').full((4, 4, 4), 200, dtype='uint8'){extra})",
    # The literal is the default: against a fixed value it must differ.
    ("date_input", "value", "today"): "import datetime\nst.date_input('Day', value=datetime.date(2024, 5, 1), key='k'{extra})",
    ("time_input", "value", "now"): "import datetime\nst.time_input('At', value=datetime.time(9, 31), key='k'{extra})",
    # None keeps the layout an earlier call set; "centered" changes it back.
    ("set_page_config", "layout", "centered"): "st.set_page_config(layout='wide')\nst.set_page_config({extra0})\nst.write('x')",
}

#: Parameters whose Literal values are the keys of a dict: the value passed.
AS_DICT_KEY: dict[tuple[str, str], str] = {
    ("set_page_config", "menu_items"): "{{{value!r}: 'https://example.com/help' if {value!r}.lower() != 'about' else 'An app'}}",
    ("dataframe", "column_config"): "{{{value!r}: st.column_config.Column('Row')}}",
    ("data_editor", "column_config"): "{{{value!r}: st.column_config.Column('Row')}}",
}

#: Literal values whose effect the first run does not send, each with the
#: test that checks it by behaviour, or the reason it is the default's.
EFFECT_ELSEWHERE: dict[str, str] = {
    "*(bind='query-params')": "tests/conformance/test_widget_persistence.py (the value lives in the URL once it is not the default)",
    "*(persist_state='page')": "tests/conformance/test_widget_persistence.py (kept while hidden, dropped on a page switch)",
    "*(persist_state='session')": "tests/conformance/test_widget_persistence.py (kept across page switches)",
    "set_page_config(initial_sidebar_state='auto')": "the page decides from its width, as the default None does",
    # 1.67 reads any other format than PNG and JPEG as "auto"; for an image
    # that is no GIF, "GIF" is "auto".
    "image(output_format='GIF')": "the same as 'auto' for an image that is no GIF, as in 1.67 (tests/runtime/test_media.py)",
    # None is drawn at the container's width, as in 1.67.
    "altair_chart(width='stretch')": "the same as the default None, which 1.67 draws at the container's width",
    "vega_lite_chart(width='stretch')": "the same as the default None, which 1.67 draws at the container's width",
}

#: Literal values owned by a later issue (the surface test's PENDING names
#: whole parameters; these parameters exist, their values come later).
LATER: dict[str, str] = {
    **{f"{name}(on_select)": ELEMENTS for name in ("dataframe", "vega_lite_chart", "altair_chart")},
    "dataframe(selection_mode)": ELEMENTS,
    **{f"{name}(selection_mode)": ELEMENTS for name in ("vega_lite_chart", "altair_chart")},
}

#: This issue's remaining Literal values: empty when every one is implemented.
TO_DO: set[str] = set()


def _literal_cases() -> list[tuple[str, str, object, object]]:
    cases = []
    for name, entry in sorted(TABLE["st"].items()):
        if entry.get("kind") != "callable" or name not in BASE:
            continue
        for param in entry["params"]:
            for value in param.get("literals", []):
                cases.append((name, param["name"], value, param.get("default")))
    return cases


def _case_id(name: str, param: str, value: object) -> str:
    return f"{name}({param}={value!r})"


CASES = _literal_cases()
PARAMS = [
    pytest.param(*case, id=_case_id(*case[:3]),
                 marks=[pytest.mark.xfail(strict=True, reason="this issue's remaining work (TO_DO)")]
                 if _case_id(*case[:3]) in TO_DO else [])
    for case in CASES
]


def _pending(name: str, param: str) -> str | None:
    """The later issue that owns the parameter's values, if one does."""
    for entry, owner in PENDING.items():
        if _matches(entry, f"st.{name}({param})") or _matches(entry, f"st.{name}"):
            return owner
    return LATER.get(f"{name}({param})")


def _sent(code: str) -> tuple[str, str]:
    """What the page receives from one run of ``code``: the element
    payloads without widget ids, the query string and page config; and
    the run's status ("error": the call failed)."""
    out: list = []
    status = []

    def emit(msg) -> None:
        if isinstance(msg, RunFinished):
            status.append(msg.status)
        elif isinstance(msg, Delta):
            out.append(("delta", msg.path, _without_ids(msg.element)))
        elif isinstance(msg, QueryParamsChanged):
            out.append(("query", msg.query_string))
        elif type(msg).__name__ in ("PageConfig", "Navigation"):
            out.append((type(msg).__name__, repr(msg)))

    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "app.py"
        script.write_text("import streamlit as st\n" + code + "\n", encoding="utf-8")
        session = AppSession(str(script), emit)
        session.handle(Rerun())
    return json.dumps(out, default=repr, sort_keys=True), status[-1]


def _without_ids(element: dict) -> dict:
    # An id's value is a hash of the parameters, so it changes with any of
    # them; whether there is one (the element is a widget) is kept.
    return {k: ("<id>" if k == "id" and v is not None else v) for k, v in element.items() if k != "form_id"}


def _call(name: str, param: str | None, value: object) -> str:
    template = BASE_CASE.get((name, param, value), BASE[name])
    if param is None:
        return _fill(template, "")
    shown = AS_DICT_KEY[(name, param)].format(value=value) if (name, param) in AS_DICT_KEY else repr(value)
    given = re.search(rf"\b{param}=([^,()]+(\([^()]*\))?)", template)
    if given:  # the base call sets it already: replace its value
        return _fill(template[:given.start(1)] + shown.replace("{", "{{").replace("}", "}}") + template[given.end(1):], "")
    return _fill(template, f"{param}={shown}")


def _fill(template: str, arg: str) -> str:
    return template.replace("{extra0}", arg).replace("{extra}", f", {arg}" if arg else "").replace("{{", "{").replace("}}", "}")


def _errors(sent: tuple[str, str]) -> list:
    payloads, status = sent
    if status != "error":
        return []
    return [item[2].get("message") for item in json.loads(payloads) if item[0] == "delta" and item[2].get("kind") == "exception"]


_defaults: dict[str, tuple[str, str]] = {}


@pytest.mark.parametrize(("name", "param", "value", "default"), PARAMS)
def test_every_literal_value_takes_effect(name: str, param: str, value: object, default: object) -> None:
    case = _case_id(name, param, value)
    owner = _pending(name, param)
    if owner:
        pytest.skip(f"owned by {owner}")
    base = BASE_CASE.get((name, param, value), BASE[name])
    if base not in _defaults:
        _defaults[base] = _sent(_fill(base, ""))
        assert not _errors(_defaults[base]), f"the default call fails: {_errors(_defaults[base])}"
    default_sent = _defaults[base]
    sent = _sent(_call(name, param, value))
    assert not _errors(sent), f"{case} fails: {_errors(sent)}"
    if default is not None and repr(value) == default:
        return  # the default itself
    if any(_matches_literal(entry, name, param, value) for entry in EFFECT_ELSEWHERE):
        return
    assert sent[0] != default_sent[0], f"{case} sends the same as the default call: the value is swallowed"


def _matches_literal(entry: str, name: str, param: str, value: object) -> bool:
    return entry in (f"*({param}={value!r})", f"{name}({param}={value!r})")


def test_the_lists_name_real_cases() -> None:
    known = {_case_id(*c[:3]) for c in CASES}
    assert not (TO_DO - known), f"TO_DO entries that are no case: {sorted(TO_DO - known)}"


# --- the other parameters: a representative value each ----------------------
#
# Every parameter of those calls that has no Literal annotation gets a value
# that differs from its default (by its name, or for one call by
# ``name(param)``), written as code; the call must not fail and must send
# something else than the default call.

#: A representative value by parameter name.
REPRESENTATIVE: dict[str, str] = {
    "help": "'A tip'", "disabled": "True", "icon": "'🔥'", "alt": "'A description'", "placeholder": "'Type here'",
    "required": "True", "format_func": "lambda o: f'<{o}>'", "x_label": "'Across'", "y_label": "'Up'",
    "shortcut": "'ctrl+k'", "title": "'Heads up'", "max_chars": "3", "hide_index": "True", "caption": "'A caption'",
    "link": "'https://example.com'", "use_column_width": "True", "start_time": "2", "end_time": "3", "loop": "True",
    "autoplay": "True", "max_upload_size": "5", "row_height": "50", "accept_new_options": "True",
    "file_type": "['csv']", "accept_audio": "True", "audio_sample_rate": "8000", "language": "'sql'",
    "line_numbers": "True", "wrap_lines": "True", "autoscroll": "True", "file_name": "'notes.txt'",
    "mime": "'text/csv'", "clear_on_submit": "True", "enter_to_submit": "False",
    "unsafe_allow_javascript": "True", "unsafe_allow_html": "True", "delta_description": "'vs. last week'",
    "chart_data": "[1, 5, 2, 8]", "max_selections": "1", "select_all": "True", "delta": "5", "column_order": "['b']",
    "color": "'#ff0000'", "x": "'a'", "y": "'b'", "divider": "True", "dismissible": "False", "stack": "False",
    "size": "20", "text": "'Half way'", "obj": "len", "anchors": "False", "horizontal": "True", "wrap": "False",
}

#: A representative value for one call's parameter, where the name's does
#: not fit (or the parameter has no common meaning).
REPRESENTATIVE_FOR: dict[str, str] = {
    "checkbox(value)": "True", "toggle(value)": "True", "text_input(value)": "'hello'", "text_area(value)": "'hello'",
    "number_input(value)": "5", "slider(value)": "42", "color_picker(value)": "'#ff0000'",
    "select_slider(value)": "'b'", "number_input(min_value)": "-3.0", "number_input(max_value)": "7.0",
    "number_input(step)": "0.5", "number_input(format)": "'%.3f'", "slider(min_value)": "10", "slider(max_value)": "50",
    "slider(step)": "5", "slider(format)": "'%d%%'", "date_input(min_value)": "__import__('datetime').date(2000, 1, 1)",
    "date_input(max_value)": "__import__('datetime').date(2100, 1, 1)", "date_input(format)": "'DD.MM.YYYY'",
    "time_input(step)": "__import__('datetime').timedelta(minutes=30)", "radio(index)": "1", "selectbox(index)": "1",
    "radio(captions)": "['one', 'two', 'three']", "multiselect(default)": "['a']", "pills(default)": "'a'",
    "segmented_control(default)": "'a'", "feedback(default)": "1", "tabs(default)": "'Two'",
    "json(expanded)": "1", "expander(expanded)": "True", "status(expanded)": "True", "popover(use_container_width)": "True",
    "button(use_container_width)": "True", "download_button(use_container_width)": "True",
    "link_button(use_container_width)": "True", "form_submit_button(use_container_width)": "True",
    "page_link(use_container_width)": "True", "image(use_container_width)": "True",
    "dataframe(use_container_width)": "False", "data_editor(use_container_width)": "False",
    "container(border)": "True", "columns(border)": "True", "form(border)": "False", "metric(border)": "True",
    "text_area(height)": "300", "progress(text)": "'Half way'", "spinner(show_time)": "True", "status(state)": "'error'",
    "chat_input(max_chars)": "5", "toast(duration)": "10", "metric(chart_data)": "[1, 5, 2, 8]",
    "metric(format)": "'%.1f'", "map(size)": "20", "map(zoom)": "3", "map(color)": "'#ff0000'",
    "dataframe(hide_index)": "False", "data_editor(hide_index)": "False", "table(hide_index)": "False",
    "table(hide_header)": "True", "data_editor(disabled)": "True", "data_editor(column_config)": "{'a': 'A'}",
    "dataframe(column_config)": "{'a': 'A'}", "line_chart(width)": "300", "code(height)": "100",
    "file_uploader(type)": "['csv']", "map(latitude)": "'a'", "map(longitude)": "'a'",
    "page_link(query_params)": "{'a': '1'}", "set_page_config(page_title)": "'My app'",
    "set_page_config(page_icon)": "'🎈'", "text_input(autocomplete)": "'off'", "text_input(validate)": "'^[a-z]+$'",
    "audio(format)": "'audio/ogg'", "video(format)": "'video/webm'", "video(subtitles)": "'data:text/vtt,WEBVTT'",
    "chat_input(audio_sample_rate)": "8000",
}
for _chart in ("line_chart", "area_chart", "bar_chart", "scatter_chart"):
    REPRESENTATIVE_FOR[f"{_chart}(color)"] = "['#ff0000', '#00ff00']"

#: A base call of its own for one parameter, where the common base does not
#: let it show (a column to read latitude from, a voice input to sample).
BASE_OTHER: dict[str, str] = {
    "map(latitude)": "st.map(__import__('pandas').DataFrame({{'lat': [1.0], 'lon': [2.0], 'a': [3.0]}}){extra})",
    "map(longitude)": "st.map(__import__('pandas').DataFrame({{'lat': [1.0], 'lon': [2.0], 'a': [3.0]}}){extra})",
    "chat_input(audio_sample_rate)": "st.chat_input('Say', key='k', accept_audio=True{extra})",
}
for _chart in ("line_chart", "area_chart", "bar_chart", "scatter_chart", "altair_chart", "vega_lite_chart", "pyplot"):
    # None draws a chart at its container's width: False is the other one.
    REPRESENTATIVE_FOR[f"{_chart}(use_container_width)"] = "False"

#: Parameters whose effect is not in what the first run sends: the test
#: that checks each by behaviour.
OTHER_EFFECT_ELSEWHERE: dict[str, str] = {
    "*(key)": "a widget's key names its session-state entry (tests/runtime/test_state.py); a container's key "
              "is its CSS class (tests/runtime/test_layout.py)",
    "*(args)": "passed to the callback (tests/runtime/test_state.py)",
    "*(kwargs)": "passed to the callback (tests/runtime/test_state.py)",
    "*(on_change)": "a callable runs before the rerun a change causes (tests/runtime/test_state.py)",
    "*(on_click)": "a callable runs before the rerun a click causes (tests/runtime/test_buttons.py)",
    "*(on_submit)": "a callable runs before the rerun a message causes (tests/runtime/test_chat.py)",
    "image(clamp)": "only values outside 0..255 change (tests/runtime/test_media.py)",
    "dataframe(lazy)": "only frames of more than 1,000 rows are lazy (tests/runtime/test_data.py)",
    "audio(sample_rate)": "only arrays have a sample rate, and they need one (tests/runtime/test_media.py)",
    "map(use_container_width)": "False keeps the map's own width, as in 1.67 (a deprecation notice only)",
    "pyplot(clear_figure)": "the figure is cleared after it is drawn, in Python (tests/runtime/test_charts_params.py)",
    # The base call gives these positionally already (its placeholder, the
    # object it inspects, its delta, its text).
    "chat_input(placeholder)": "the base call's own", "help(obj)": "the base call's own",
    "metric(delta)": "the base call's own", "spinner(text)": "the base call's own",
}

#: Parameters the base call sets already (its data, its label...).
IN_BASE = {"data", "label", "name", "body", "options", "spec", "key"}


def _other_cases() -> list[tuple[str, str, str | None]]:
    cases = []
    for name, entry in sorted(TABLE["st"].items()):
        if entry.get("kind") != "callable" or name not in BASE:
            continue
        for param in entry["params"]:
            if "literals" in param or "default" not in param or param["kind"] in ("VAR_POSITIONAL", "VAR_KEYWORD"):
                continue
            cases.append((name, param["name"], param.get("default")))
    return cases


OTHER_CASES = _other_cases()

#: This issue's remaining parameters (``name(param)``): empty when done.
OTHER_TO_DO: set[str] = set()


def _representative(name: str, param: str, default: str | None) -> str | None:
    if f"{name}({param})" in REPRESENTATIVE_FOR:
        return REPRESENTATIVE_FOR[f"{name}({param})"]
    if default in ("True", "False"):
        return "False" if default == "True" else "True"
    return REPRESENTATIVE.get(param)


@pytest.mark.parametrize(
    ("name", "param", "default"),
    [pytest.param(*c, id=f"{c[0]}({c[1]})",
                  marks=[pytest.mark.xfail(strict=True, reason="this issue's remaining work (OTHER_TO_DO)")]
                  if f"{c[0]}({c[1]})" in OTHER_TO_DO else []) for c in OTHER_CASES],
)
def test_every_other_parameter_takes_effect(name: str, param: str, default: str | None) -> None:
    case = f"{name}({param})"
    owner = _pending(name, param)
    if owner:
        pytest.skip(f"owned by {owner}")
    if any(entry in (f"*({param})", case) for entry in OTHER_EFFECT_ELSEWHERE) or param in IN_BASE:
        return
    value = _representative(name, param, default)
    assert value is not None, f"{case}: no representative value (add one to REPRESENTATIVE or REPRESENTATIVE_FOR)"
    base = BASE_OTHER.get(case, BASE[name])
    if base not in _defaults:
        _defaults[base] = _sent(_fill(base, ""))
    given = re.search(rf"\b{param}=([^,()]+(\([^()]*\))?)", base)
    if given:
        code = _fill(base[:given.start(1)] + value.replace("{", "{{").replace("}", "}}") + base[given.end(1):], "")
    else:
        code = _fill(base, f"{param}={value.replace('{', '{{').replace('}', '}}')}")
    sent = _sent(code)
    assert not _errors(sent), f"{case}={value} fails: {_errors(sent)}"
    assert sent[0] != _defaults[base][0], f"{case}={value} sends the same as the default call: the value is swallowed"
