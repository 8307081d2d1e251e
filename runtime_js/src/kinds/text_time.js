// Text and time widgets: text_area, date_input, time_input, color_picker, chat_input, write_stream output.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
// eslint-disable-next-line no-unused-vars
import { formatNumber, h, helpIcon, nextId, widgetLabel } from "../dom.js";

export const KINDS = {};
