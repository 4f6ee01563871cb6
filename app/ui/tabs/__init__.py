"""One module (or package) per tab; each tab is a BaseTab."""
