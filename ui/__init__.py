"""Pages for jobseekers, work coaches and the content team (later issues)."""
