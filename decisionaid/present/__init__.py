"""The wording layer: (pack, session, language) -> worded, formatted view-models.

Plain Python: no Qt, no matplotlib. Every word and number a person reads about the evidence is produced here
once; the screen, the charts, the PDF, the HTML and the issue cards render these view-models and never word a
figure themselves. Interface words go through one translator callback (``text.set_translator``), which the UI
points at Qt's translator and the command line installs too.
"""
