"""The reference pages: a Markdown page per verb, FunctionResult method, model and value set, and
the mkdocs configuration of their site, rendered from the IR and the plan (``render``) with
example calls made from the spec (``examples``)."""
