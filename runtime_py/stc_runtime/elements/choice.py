"""Choice widgets: toggle, radio, multiselect, select_slider, pills, segmented_control, feedback."""

from __future__ import annotations
