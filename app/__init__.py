"""IVC Desk: the desk software of a faculty's International Vice-Chancellor office."""

__version__ = "0.1.0"
