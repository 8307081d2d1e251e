"""AppTest accessors of the text family (elements/text.py)."""

from __future__ import annotations

from ._tree import Element, register


class Text(Element):
    """title, header, subheader, markdown, caption, text, code, latex..."""



class Divider(Element):
    @property
    def value(self) -> str:
        return "---"  # Streamlit's divider is the Markdown rule; AppTest shows its body



class Latex(Element):
    @property
    def value(self) -> str:
        # Streamlit sends st.latex as display math in Markdown.
        return f"$$\n{self.proto['body']}\n$$"



class Exception_(Element):
    @property
    def value(self) -> str:
        return f"{self.proto['type']}: {self.proto['message']}"

    @property
    def message(self) -> str:
        return self.proto["message"]

    @property
    def stack_trace(self) -> list[str]:
        return list(self.proto["traceback"])



class Json(Element):
    @property
    def value(self) -> str:
        import json

        return json.dumps(json.loads(self.proto["body"]))

    @property
    def expanded(self) -> bool | int:
        return self.proto["expanded"]


class Help(Element):
    """``st.help``: the inspected object's name, signature, doc and members."""

    @property
    def value(self) -> str:
        return self.proto["doc"]

    @property
    def name(self) -> str:
        return self.proto["name"]

    @property
    def signature(self) -> str:
        return self.proto["signature"]

    @property
    def members(self) -> list[dict]:
        return list(self.proto["members"])


register("heading", Text)
register("markdown", Text)
register("text", Text)
register("code", Text)
register("divider", Divider)
register("json", Json)
register("latex", Latex)
register("exception", Exception_)
register("help", Help)
register("html", Element)
