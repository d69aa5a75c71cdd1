"""Serving the notebooks with Voila for a workshop: options, the Voila configuration, the kernel pool."""
