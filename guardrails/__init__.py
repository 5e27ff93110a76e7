"""Input and output guardrails. For now the hook the engine calls, passing everything through."""

from guardrails.hooks import ACTIONS, Guardrail, InputDecision, OutputDecision, PassThroughGuardrail

__all__ = ["ACTIONS", "Guardrail", "InputDecision", "OutputDecision", "PassThroughGuardrail"]
