"""The office's rules and use cases, one module per area. No Qt here."""
