"""Text and time widgets: text_area, date_input, time_input, color_picker, chat_input, write_stream."""

from __future__ import annotations
