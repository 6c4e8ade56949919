"""Recording what a student showed: observations, self-assessments, hours and notes.
All are appended; corrections and withdrawals are new facts (base.Fact)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from .catalogue import CardElement
from .enums import OBSERVABLE_KINDS, Level, NoteCategory, Setting
from .errors import InvalidInput
from .lookups import active_facts, get
from .people import Placement, Student
from .progress import ABSENT, HoursEntry, Note, Observation
from .wording import date_text, hours_text

MAX_REMARK = 2000
MAX_NOTE = 4000


def _check_date(on: date, today: date, what: str) -> None:
    if on > today:
        raise InvalidInput(f"De datum van {what} ligt in de toekomst ({date_text(on)}).")


def _check_not_superseded(
    session: Session, entity: type[Observation] | type[HoursEntry] | type[Note], fact_id: uuid.UUID
) -> None:
    if session.execute(select(exists().where(entity.supersedes_id == fact_id))).scalar():
        raise InvalidInput("Dit is al gecorrigeerd of ingetrokken; werk met de nieuwste versie.")


def observe(
    session: Session,
    student: Student,
    element_id: uuid.UUID,
    level: Level,
    *,
    setting: Setting,
    observed_by: uuid.UUID | None,
    observed_on: date,
    today: date,
    remark: str = "",
    self_assessment: bool = False,
    supersedes: uuid.UUID | None = None,
    withdrawn: bool = False,
) -> Observation:
    element = get(session, CardElement, element_id)
    if element.kind not in OBSERVABLE_KINDS:
        raise InvalidInput("Alleen stappen en criteria kunnen geobserveerd worden.")
    _check_date(observed_on, today, "de observatie")
    if len(remark) > MAX_REMARK:
        raise InvalidInput(f"De opmerking is te lang (meer dan {MAX_REMARK} tekens).")
    obs = Observation(
        student_id=student.id,
        element_id=element.id,
        level=int(Level(level)),
        setting=setting,
        observed_by=observed_by,
        recorded_by=observed_by,
        observed_on=observed_on,
        remark=remark.strip(),
        self_assessment=self_assessment,
        supersedes_id=supersedes,
        withdrawn=withdrawn,
        partition=student.partition,
    )
    session.add(obs)
    session.flush()
    return obs


def correct(
    session: Session,
    original: Observation,
    *,
    level: Level | None,
    by: uuid.UUID | None,
    today: date,
    remark: str = "",
) -> Observation:
    """Supersede an observation with a corrected level, or withdraw it (level None)."""
    _check_not_superseded(session, Observation, original.id)
    if original.withdrawn:
        raise InvalidInput("Een intrekking kan niet gecorrigeerd worden.")
    student = get(session, Student, original.student_id)
    return observe(
        session,
        student,
        original.element_id,
        Level(original.level) if level is None else level,
        setting=original.setting,
        observed_by=by,
        observed_on=original.observed_on,
        today=today,
        remark=remark or original.remark,
        self_assessment=original.self_assessment,
        supersedes=original.id,
        withdrawn=level is None,
    )


def log_hours(
    session: Session,
    placement: Placement,
    worked_on: date,
    minutes: int,
    *,
    by: uuid.UUID | None,
    today: date,
    remark: str = "",
    absent: bool = False,
    supersedes: uuid.UUID | None = None,
) -> HoursEntry:
    """A worked day (more than 0 and at most 24 hours), or an absent day: 0 hours, with
    the remark 'afwezig' unless another was typed. 0 hours is only taken as an absence
    when it is said to be one, so a form left at 0 does not record a day by mistake."""
    if absent:
        minutes, remark = 0, remark.strip() or ABSENT
    if minutes == 0 and not absent:  # the form left at 0: say how to record an absence
        raise InvalidInput("Vul meer dan 0 uur in (hoogstens 24), of vink Afwezig aan.")
    if not 0 <= minutes <= 24 * 60:
        raise InvalidInput("Vul een aantal uren in tussen 0 en 24.")
    _check_date(worked_on, today, "de gewerkte dag")
    if not placement.start_on <= worked_on <= placement.end_on:
        raise InvalidInput(
            f"{date_text(worked_on)} valt buiten de stageperiode "
            f"({date_text(placement.start_on)} tot {date_text(placement.end_on)})."
        )
    if placement.ended_on is not None and worked_on > placement.ended_on:
        raise InvalidInput(
            f"De stage is afgelopen op {date_text(placement.ended_on)}; op "
            f"{date_text(worked_on)} kunnen er geen uren meer bij."
        )
    if supersedes is None:
        _refuse_second_entry(session, placement, worked_on)
    entry = HoursEntry(
        placement_id=placement.id,
        student_id=placement.student_id,
        worked_on=worked_on,
        minutes=minutes,
        remark=remark.strip(),
        recorded_by=by,
        supersedes_id=supersedes,
        partition=placement.partition,
    )
    session.add(entry)
    session.flush()
    return entry


def _refuse_second_entry(session: Session, placement: Placement, worked_on: date) -> None:
    """One entry per placement and day: a second one (a double click, a second coach)
    would count the day twice, or say worked and absent at once. A change of mind is a
    correction of the entry that is there."""
    there = session.scalars(
        select(HoursEntry).where(
            HoursEntry.placement_id == placement.id,
            HoursEntry.worked_on == worked_on,
            active_facts(HoursEntry),
        )
    ).first()
    if there is not None:
        what = there.remark if there.minutes == 0 else f"{hours_text(there.minutes)} uur"
        raise InvalidInput(
            f"Op {date_text(worked_on)} staat al {what}: corrigeer die invoer in plaats "
            "van een tweede toe te voegen."
        )


def correct_hours(
    session: Session,
    entry: HoursEntry,
    minutes: int,
    *,
    by: uuid.UUID | None,
    today: date,
    remark: str | None = None,
    absent: bool = False,
) -> HoursEntry:
    """A corrected number of hours for the same day supersedes the entry (the original
    stays, as every fact does); remark None keeps the original remark. A wrong day is
    withdrawn and logged again instead."""
    _check_not_superseded(session, HoursEntry, entry.id)
    if entry.withdrawn:
        raise InvalidInput("Een intrekking kan niet gecorrigeerd worden.")
    placement = get(session, Placement, entry.placement_id)
    kept = entry.remark if remark is None and entry.remark != ABSENT else (remark or "")
    return log_hours(
        session,
        placement,
        entry.worked_on,
        minutes,
        by=by,
        today=today,
        remark=kept,
        absent=absent,
        supersedes=entry.id,
    )


def withdraw_hours(session: Session, entry: HoursEntry, by: uuid.UUID | None) -> HoursEntry:
    _check_not_superseded(session, HoursEntry, entry.id)
    undo = HoursEntry(
        placement_id=entry.placement_id,
        student_id=entry.student_id,
        worked_on=entry.worked_on,
        minutes=entry.minutes,
        remark=entry.remark,
        recorded_by=by,
        supersedes_id=entry.id,
        withdrawn=True,
        partition=entry.partition,
    )
    session.add(undo)
    session.flush()
    return undo


def add_note(
    session: Session,
    student: Student,
    text: str,
    category: NoteCategory,
    *,
    by: uuid.UUID | None,
    follow_up_on: date | None,
    today: date,
    topic: str = "",
) -> Note:
    text = text.strip()
    if not text:
        raise InvalidInput("Een notitie mag niet leeg zijn.")
    if len(text) > MAX_NOTE:
        raise InvalidInput(f"De notitie is te lang (meer dan {MAX_NOTE} tekens).")
    if follow_up_on is not None and follow_up_on < today:
        raise InvalidInput("De vervolgdatum ligt in het verleden.")
    note = Note(
        student_id=student.id,
        text=text,
        category=NoteCategory(category),
        follow_up_on=follow_up_on,
        topic=topic.strip(),
        recorded_by=by,
        partition=student.partition,
    )
    session.add(note)
    session.flush()
    return note
