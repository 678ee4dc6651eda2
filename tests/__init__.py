"""npmlookup tests: one module per source module, plus end-to-end checks."""
