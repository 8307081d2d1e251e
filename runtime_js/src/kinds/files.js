// Files and links: file_uploader, download_button, link_button.
// Each kind: create(element, ctx) -> {dom, slot?}; optional update(dom, element, previous, ctx).
// eslint-disable-next-line no-unused-vars
import { formatNumber, h, helpIcon, nextId, widgetLabel } from "../dom.js";

export const KINDS = {};
