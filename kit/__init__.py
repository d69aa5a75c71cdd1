"""Oefenkit: practise the KIS methods on polarisation and social tension, scored against references."""
