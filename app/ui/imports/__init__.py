"""File › Import…: the wizard that brings an office's own sheets into IVC Desk (app.services.imports)."""
