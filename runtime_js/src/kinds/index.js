// @ts-check
// The renderer registry: element kind -> renderer, one module per family.
// Each family is named after the Python module that writes its kinds
// (runtime_py/stc_runtime/elements/<family>.py -> kinds/<family>.js), and
// exports KINDS for its own kinds only; tests/js/test_kinds_mirror.py holds
// the two sides to that.
//
// A renderer's `create(element, ctx)` returns `{dom, slot?}` (a container's
// children go into `slot`); the optional `update(dom, element, previous, ctx)`
// changes an existing DOM node in place (widgets do, so focus and caret
// survive reruns). The key is the element's `kind`, or `block:<block>` for a
// container. Widgets are real controls with real labels (a <button> named by
// its label, inputs tied to a <label for>), and carry Streamlit's data-testid
// names.
import { KINDS as SHARED } from "./_shared.js";
import { KINDS as TEXT } from "./text.js";
import { KINDS as INPUTS } from "./inputs.js";
import { KINDS as CHOICE } from "./choice.js";
import { KINDS as BUTTONS } from "./buttons.js";
import { KINDS as CHAT } from "./chat.js";
import { KINDS as MEDIA } from "./media.js";
import { KINDS as LAYOUT } from "./layout.js";
import { KINDS as FORMS } from "./forms.js";
import { KINDS as STATUS } from "./status.js";
import { KINDS as SPINNER } from "./spinner.js";
import { KINDS as DATA } from "./data.js";
import { KINDS as DATA_EDITOR } from "./data_editor.js";
import { KINDS as CHARTS } from "./charts.js";
import { KINDS as NAVIGATION } from "./navigation.js";

export const KINDS = {
  ...SHARED,
  ...TEXT,
  ...INPUTS,
  ...CHOICE,
  ...BUTTONS,
  ...CHAT,
  ...MEDIA,
  ...LAYOUT,
  ...FORMS,
  ...STATUS,
  ...SPINNER,
  ...DATA,
  ...DATA_EDITOR,
  ...CHARTS,
  ...NAVIGATION,
};
