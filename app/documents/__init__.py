"""PDF documents (ReportLab): letterhead, fonts, Persian shaping and one module per document family.

Kept empty on purpose: the GUI imports this package on first print only, and ReportLab loads with the
submodules that need it (fonts, frame, letter), never here.
"""
