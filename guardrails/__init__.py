"""Input and output guardrails (the guardrails issue builds these)."""
