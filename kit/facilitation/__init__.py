"""What a facilitator sees and does during a workshop, computed from the store: no widgets here."""
