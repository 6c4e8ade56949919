"""Offline-first sync: version vectors, per-field last-writer-wins with kept conflicts,
signed and encrypted bundles, scopes, and the folder transport. See docs/sync.md."""
