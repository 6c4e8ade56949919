"""How the window names a phase: its name and purpose in one line, and a tooltip with
the programme's "ik" statements (model/phases.py holds the texts)."""

from __future__ import annotations

from jw_desktop.model.phases import heading, phase

from ..context import tr


def phase_heading(number: int) -> str:
    """'Fase 4: vierde leerjaar (in de praktijk, op de werkplek)'."""
    return heading(number)


def phase_tooltip(number: int) -> str:
    """Name, purpose and the "ik" statements of the phase, for a tooltip."""
    p = phase(number)
    lines = [phase_heading(number), p.purpose, "", tr("Wat de leerling zegt:")]
    return "\n".join(lines + [f"• {s}" for s in p.ik])
