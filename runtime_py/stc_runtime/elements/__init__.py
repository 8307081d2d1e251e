"""Element families, one module each, named for what they hold (text,
inputs, choice, buttons, chat, media, layout, forms, status, spinner, data,
data_editor, charts, navigation); each has its mirror in
``runtime_js/src/kinds/<family>.js``. Their functions register with
``element_registry`` (``@element``), which imports a family on first use."""
