"""The PySide6 interface. Calls services; never builds queries or opens sessions."""
