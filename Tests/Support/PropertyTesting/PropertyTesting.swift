// Seeded generators with shrinking and lens-law checkers.
