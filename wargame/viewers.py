"""Who may be looking at a game: a seat (its actor's id), the facilitator, or the room.

Kept apart from the rules so that the desktop app can name them before any rule is loaded.
"""

FACILITATOR = "facilitator"
"""The white cell: sees everything, and is who a command comes from unless a seat is named."""

PUBLIC = "public"
"""What the room sees on the projector: only what everyone may know."""

EVALUATOR = "evaluator"
"""Who signs in with the evaluator's own PIN: may observe and evaluate, nothing else."""
