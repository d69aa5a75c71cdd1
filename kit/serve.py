"""Start Voila on localhost with the kit's configuration (placeholder replaced below)."""
