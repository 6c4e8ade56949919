"""Who may read and write what: the one policy that every front door asks.

The window and the CLI ask it through access.check (an action by a logged-in user); the
sync asks it twice, for what a replica sends (READ: what the receiver may hold) and for
what it takes in (WRITE: what the sending device's role and staff member may change). A
reader sees the whole policy in the three tables below; the functions under them only
apply the tables. docs/privacy.md explains the why, docs/sync.md the intake.

Roles are the staff roles (docent, jobcoach, beheerder) plus two that only sync knows:
the central store (centrale, the school's own authority: it may write whatever a
receiving device may hold) and a catalogue publisher (uitgever: catalogue records only).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

TEACHER, JOBCOACH, ADMIN = "docent", "jobcoach", "beheerder"
CENTRAL, PUBLISHER = "centrale", "uitgever"
STAFF_ROLES = (TEACHER, JOBCOACH, ADMIN)
CATALOGUE_PARTITION = "catalogue"

ALL_NOTES = frozenset({"werk", "zorg"})
NOTE_CATEGORIES: Mapping[str, frozenset[str]] = {
    TEACHER: ALL_NOTES,
    ADMIN: ALL_NOTES,
    CENTRAL: ALL_NOTES,
    JOBCOACH: frozenset({"werk"}),
}
"""Which note categories a role may read and write: care notes (zorg) stay with school
staff (DOMAIN.md: sharing that there is contact is not sharing what it contains)."""

JOBCOACH_GOAL_DOMAINS = frozenset({"werk", "leren"})
"""The leefdomeinen of a student's goals ("Wat wil ik?") that a jobcoach of the student
may hold: work and learning are their subject; wonen, vrije tijd and burgerschap are the
student's life outside it and stay with school staff (docs/privacy.md). A goal without a
domain is about the route, so it counts as werk."""

_ALL_STAFF = frozenset(STAFF_ROLES)
_SCHOOL_STAFF = frozenset({TEACHER, ADMIN})

ACTIONS: Mapping[str, frozenset[str]] = {
    "setup": frozenset({ADMIN}),  # the school record itself
    "accounts": frozenset({ADMIN}),  # staff, roles, passwords of others, devices
    "school": _SCHOOL_STAFF,  # groups, students, companies, supervisors, placements
    "route": _SCHOOL_STAFF,
    "credentials": _SCHOOL_STAFF,
    "record": _ALL_STAFF,  # observations, hours, notes (jobcoach: own students, werk)
    "conflicts": _SCHOOL_STAFF,
    "catalogue": frozenset({ADMIN, PUBLISHER}),
    "audit": _ALL_STAFF | {PUBLISHER},  # every action writes its own audit entry
}
"""Table 1 - actions: which roles may do each kind of thing at all."""


@dataclass(frozen=True)
class Owner:
    """How a record's partition follows from its own values (never from a label):
    kind 'catalogue', 'school' (column names the school), 'school-self' (the school
    record), 'student-self' (the student record), 'via' (column points at a record of
    `parent` whose partition this record shares), 'label' (audit: the sender's own
    statement, accepted only inside what it may write), 'subject' (a conflict: the
    partition of the record it is about)."""

    kind: str
    column: str = ""
    parent: str = ""


@dataclass(frozen=True)
class TableRule:
    action: str
    owner: Owner
    changeable: frozenset[str] | None = None  # None: every column but the owner's
    own_only: bool = False  # a jobcoach: only their own students, as themselves


_CATALOGUE = Owner("catalogue")
_BY_STUDENT = Owner("via", "student_id", "student")

TABLES: Mapping[str, TableRule] = {
    **{
        t: TableRule("catalogue", _CATALOGUE)
        for t in (
            "sector",
            "theme",
            "qualification",
            "competence",
            "picture",
            "card",
            "card_version",
            "card_element",
            "card_component",
            "card_competence",
            "card_sector",
            "competence_link",
            "credential_definition",
            "credential_component",
            "credential_competence",
            "credential_exam_part",
            "template_route",
            "template_item",
        )
    },
    "school": TableRule("setup", Owner("school-self")),
    "staff": TableRule("accounts", Owner("school", "school_id")),
    "school_group": TableRule("school", Owner("school", "school_id")),
    "company": TableRule("school", Owner("school", "school_id")),
    "workplace_supervisor": TableRule("school", Owner("via", "company_id", "company")),
    "student": TableRule("school", Owner("student-self", "school_id")),
    "placement": TableRule("school", _BY_STUDENT),
    "hours_requirement": TableRule("route", _BY_STUDENT),
    "placement_goal": TableRule("school", Owner("via", "placement_id", "placement")),
    "region_sector": TableRule("school", Owner("school", "school_id")),
    "route": TableRule("route", _BY_STUDENT),
    "route_item": TableRule("route", Owner("via", "route_id", "route")),
    "observation": TableRule("record", _BY_STUDENT, frozenset(), own_only=True),
    "hours_entry": TableRule("record", _BY_STUDENT, frozenset(), own_only=True),
    "note": TableRule("record", _BY_STUDENT, frozenset(), own_only=True),
    "issued_credential": TableRule("credentials", _BY_STUDENT, frozenset()),
    "student_contact": TableRule("school", _BY_STUDENT),
    "student_plan": TableRule("school", _BY_STUDENT),
    "consent": TableRule("school", _BY_STUDENT, frozenset()),
    "credential_evidence": TableRule(
        "credentials", Owner("via", "issued_id", "issued_credential"), frozenset()
    ),
    # the signed proof of an issued credential (model/proofs.py): whoever may issue it;
    # its signer must be the sending device or its central (check_proof_signer)
    "credential_proof": TableRule(
        "credentials", Owner("via", "issued_id", "issued_credential"), frozenset()
    ),
    # Assessments and exam parts: written by school staff only (a workplace supervisor
    # assesses, the school records it); held by a jobcoach's laptop as work data.
    "assessment": TableRule("credentials", _BY_STUDENT, frozenset()),
    "assessment_assessor": TableRule(
        "credentials", Owner("via", "assessment_id", "assessment"), frozenset()
    ),
    "assessment_result": TableRule(
        "credentials", Owner("via", "assessment_id", "assessment"), frozenset()
    ),
    "exam_part_result": TableRule("credentials", _BY_STUDENT, frozenset()),
    "audit_entry": TableRule("audit", Owner("label"), frozenset(), own_only=True),
    # the student's phase history and voice (model/phases.py, model/voice.py)
    "phase_change": TableRule("school", _BY_STUDENT, frozenset()),
    "student_goal": TableRule("school", _BY_STUDENT, frozenset({"text", "deleted"})),
    "reflection": TableRule("record", _BY_STUDENT, frozenset(), own_only=True),
    "sync_conflict": TableRule(
        "conflicts", Owner("subject"), frozenset({"resolved", "resolution", "deleted"})
    ),
}
"""Table 2 - records: for every synced table, which action writes it, how its partition
follows from its values, which columns may change after creation (facts: none; the owner
column never), and whether a jobcoach is held to their own students."""

SCHOOL_ONLY = frozenset({"student_contact", "student_plan"})
"""Tables a jobcoach's laptop never holds: parents' and carers' contacts (data
minimisation: in an emergency the jobcoach calls the school) and the OPP with the route
onward (a school document)."""

CONSENT_GATED: Mapping[str, tuple[str, ...]] = {
    "credential_proof": ("portfolio",),  # before the issued credential it signs
    "observation": ("voortgang",),
    "issued_credential": ("portfolio",),
    "credential_evidence": ("voortgang", "portfolio"),
    # assessments lead to the portfolio; children before the assessment they belong to
    "assessment_result": ("portfolio",),
    "assessment_assessor": ("portfolio",),
    "exam_part_result": ("portfolio",),
    "assessment": ("portfolio",),
}
"""What a jobcoach's laptop holds only with the student's consent for its workplace
(model/consent.py): table -> the consent categories it needs, in the order the clean-up
removes them (what points at a record before that record). The jobcoach's own
observations are theirs and stay; evidence needs both, so it never points at a record
the laptop does not hold; assessments and exam results are part of the portfolio."""

KEPT_BY_MAKER = frozenset({"audit_entry", "observation"})
"""Tables of which a jobcoach's laptop holds what it made itself beyond Scope.allows
(Scope.made_by_reader): its own audit entries and observations, with or without a login."""

SELF_SERVICE = {("staff", "password_hash"): frozenset({TEACHER, ADMIN})}
"""Fields a staff member may change on their own record from their own (enrolled)
laptop, although the table's action is not theirs. A jobcoach's laptop changes no staff
record: its password is set on the central."""

LOGIN_ON: Mapping[str, frozenset[str]] = {
    ADMIN: frozenset({ADMIN, TEACHER}),
    TEACHER: frozenset({TEACHER}),
    JOBCOACH: frozenset(),
    CENTRAL: frozenset(STAFF_ROLES),
}
"""Table 3 - reading: whose password hash a device of each role holds, so that only the
people who may log in on it can (a jobcoach's laptop: the jobcoach alone, beside this
table). Other read rules: a device holds only its scope's partitions (Scope), notes of
its role's categories (NOTE_CATEGORIES); a jobcoach's laptop holds only its own audit
entries and no conflict records (they can show what a care note or another coach's
student lost)."""


@dataclass(frozen=True)
class Scope:
    """What one device (or the person acting) may hold and write: its school, which
    students (None: all of the school), its role and staff member."""

    school: str  # school id, 32 hex
    students: frozenset[str] | None  # None: every student of the school
    note_categories: frozenset[str] = ALL_NOTES
    role: str = TEACHER
    staff: str | None = None  # staff id, 32 hex
    device: str | None = None  # the device's id, when this is a device that writes
    consented: frozenset[str] | None = None
    """A jobcoach's laptop: 'category:student' for what of CONSENT_GATED it may hold
    (consent.workplace_shared); None: no consent gate (school staff, or a check that
    leaves the gate to the clean-up after a bundle)."""

    def allows_partition(self, partition: str) -> bool:
        if partition == CATALOGUE_PARTITION or partition == f"school/{self.school}":
            return True
        prefix = f"school/{self.school}/student/"
        if not partition.startswith(prefix):
            return False
        return self.students is None or partition[len(prefix) :] in self.students

    def allows(self, tbl: str, partition: str, record: Mapping[str, Any] | None) -> bool:
        """May a device with this scope hold this record (READ)?"""
        if not self.allows_partition(partition):
            return False
        if record is None:
            return True
        if tbl == "note" and "category" in record:
            return str(record["category"]) in self.note_categories
        if tbl == "student_goal" and self.role == JOBCOACH and "life_domain" in record:
            return (record["life_domain"] or "werk") in JOBCOACH_GOAL_DOMAINS
        if self.role == JOBCOACH and tbl == "audit_entry" and "actor_id" in record:
            return bool(record["actor_id"] == self.staff)
        if self.role == JOBCOACH and tbl in SCHOOL_ONLY:
            return False
        if self.role == JOBCOACH and tbl == "consent" and "recipient" in record:
            return str(record["recipient"]) == "werkplek"
        if self.consented is not None and tbl in CONSENT_GATED:
            return self._consented(tbl, partition, record)
        return not (self.role == JOBCOACH and tbl == "sync_conflict")

    def _consented(self, tbl: str, partition: str, record: Mapping[str, Any]) -> bool:
        student = _student_of(partition)
        if student is None or (tbl == "observation" and record.get("recorded_by") == self.staff):
            return True
        held = self.consented or frozenset()
        return all(f"{c}:{student}" in held for c in CONSENT_GATED[tbl])

    def made_by_reader(self, tbl: str, partition: str, origin: str, device: str) -> bool:
        """May a jobcoach's laptop (the device `device`) hold this record although allows()
        says no, because that laptop made it itself (the clock's origin)? Its audit entries
        without its staff member's name (the command line, its failed logins) and its
        observations without a login under the consent gate: replica.unheld_statements
        keeps them and replica._hidden_from counts them, so the central sends them back
        when the partition comes whole again (a student who left the laptop and came
        back) and the laptop takes them in."""
        return (
            self.role == JOBCOACH
            and tbl in KEPT_BY_MAKER
            and bool(device)
            and origin == device
            and self.allows_partition(partition)
        )

    def complete(self, partition: str) -> bool:
        """Does this scope hold all of the partition its role may ever hold? Not while
        the consent gate withholds part of a student's records: such a partition is
        not reported as held, so it comes whole again and a later consent brings what
        was withheld (sync.session.device_sync)."""
        student = _student_of(partition)
        if self.consented is None or student is None:
            return True
        needed = {c for cats in CONSENT_GATED.values() for c in cats}
        return all(f"{c}:{student}" in self.consented for c in needed)

    def redact(self, tbl: str, record: Mapping[str, Any]) -> dict[str, Any]:
        """The record as this device may hold it: others' password hashes left out."""
        if tbl == "staff" and not self.may_hold_login(record):
            return {**record, "password_hash": None}
        if tbl == "consent" and self.role == JOBCOACH:
            return {**record, "given_by_name": ""}  # not who of the family signed
        return dict(record)

    def may_hold_login(self, staff: Mapping[str, Any]) -> bool:
        return staff.get("id") == self.staff or str(staff.get("role")) in LOGIN_ON.get(
            self.role, frozenset()
        )

    def partitions(self, known: Iterable[str]) -> list[str]:
        """The partitions of `known` this scope covers."""
        return sorted(p for p in known if self.allows_partition(p))

    def within(self, other: Scope) -> Scope:
        """This scope, narrowed to what `other` allows too (a central may narrow what a
        device keeps; nothing it says can widen it)."""
        if other.school != self.school:
            return Scope(
                self.school,
                frozenset(),
                self.note_categories,
                self.role,
                self.staff,
                consented=self.consented,
            )
        if other.students is None:
            students = self.students
        elif self.students is None:
            students = other.students
        else:
            students = self.students & other.students
        notes = self.note_categories & other.note_categories
        return Scope(self.school, students, notes, self.role, self.staff, consented=self.consented)

    def narrower_than(self, other: Scope) -> bool:
        return (
            self.school == other.school
            and self.note_categories <= other.note_categories
            and (
                other.students is None
                or (self.students is not None and self.students <= other.students)
            )
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "school": self.school,
            "students": None if self.students is None else sorted(self.students),
            "notes": sorted(self.note_categories),
        }


def scope_for(role: str, school: str, staff: str | None, students: Iterable[str] | None) -> Scope:
    return Scope(
        school,
        None if students is None else frozenset(students),
        NOTE_CATEGORIES.get(role, frozenset()),
        role,
        staff,
    )


# -- where a record belongs -------------------------------------------------------------

Lookup = Callable[[str, str], Mapping[str, Any] | None]
"""(table, id) -> the record as it will be after the change (stored, or arriving in the
same bundle), or None when this replica does not know it."""


class Refusal(Exception):
    """Why a change is not allowed; the intake words it for the admin."""


class UnknownOwner(Refusal):
    """The record a change belongs to is not known (yet): it may arrive later in the
    same bundle, else the change is refused."""


def partition_of(tbl: str, record: Mapping[str, Any], lookup: Lookup) -> str:
    """The partition a record belongs to, from its values and its owners' (Table 2)."""
    owner = TABLES[tbl].owner
    if owner.kind == "catalogue":
        return CATALOGUE_PARTITION
    if owner.kind == "school-self":
        return f"school/{record['id']}"
    if owner.kind == "school":
        return f"school/{record[owner.column]}"
    if owner.kind == "student-self":
        return f"school/{record['school_id']}/student/{record['id']}"
    if owner.kind == "via":
        parent = lookup(owner.parent, str(record[owner.column]))
        if parent is None:
            raise UnknownOwner(f"{tbl} hoort bij een onbekend record ({owner.parent})")
        return partition_of(owner.parent, parent, lookup)
    if owner.kind == "subject":
        subject_tbl, subject_pk = str(record["tbl"]), str(record["pk"])
        if subject_tbl not in TABLES or subject_tbl == "sync_conflict":
            raise Refusal(f"een conflict over een onbekende tabel {subject_tbl[:40]}")
        subject = lookup(subject_tbl, subject_pk)
        if subject is None:
            raise UnknownOwner(f"een conflict over een onbekend record ({subject_tbl})")
        return partition_of(subject_tbl, subject, lookup)
    return str(record["partition"])  # 'label': checked against what the sender may write


def _student_of(partition: str) -> str | None:
    """The student id of a student partition, None for the school or the catalogue."""
    _school, _, student = partition.partition("/student/")
    return student or None


# -- may this sender make this change? --------------------------------------------------


def check_write(
    sender: Scope,
    tbl: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any],
    changed: Iterable[str],
    lookup: Lookup,
) -> str:
    """Refusal unless `sender` may turn `before` (None: a new record) into `after` by
    changing the columns `changed`; returns the record's partition (derived, Table 2)."""
    rule = TABLES[tbl]
    partition = partition_of(tbl, after, lookup)
    if before is not None and partition_of(tbl, before, lookup) != partition:
        raise Refusal(f"{tbl} zou naar een andere leerling of school verhuizen")
    if not sender.allows_partition(partition):
        raise Refusal(f"{tbl} valt buiten wat dit apparaat mag bewaren")
    if sender.role == CENTRAL:
        return partition  # the school's authority; the receiver's scope still holds
    self_service = before is not None and _self_service(sender, tbl, before, changed)
    if sender.role not in ACTIONS[rule.action] and not self_service:
        raise Refusal(f"{tbl} aanpassen mag een {sender.role} niet")
    if sender.role == PUBLISHER and tbl == "audit_entry" and after.get("actor_id") is not None:
        raise Refusal("een logregel van een uitgever op naam van een medewerker")
    catalogue_log = tbl == "audit_entry" and partition == CATALOGUE_PARTITION
    if catalogue_log and sender.role not in ACTIONS["catalogue"]:
        raise Refusal("een logregel bij de catalogus van wie de catalogus niet beheert")
    if tbl == "note" and str(after.get("category")) not in sender.note_categories:
        raise Refusal("een zorgnotitie mag dit apparaat niet schrijven")
    if before is not None:
        _check_change(rule, tbl, changed, self_service)
    if tbl == "sync_conflict":
        _check_conflict_subject(sender, after, lookup)
    if tbl == "hours_entry":
        placement = lookup("placement", str(after["placement_id"]))
        if placement is None:
            raise UnknownOwner("uren bij een onbekende stage")
        if placement.get("student_id") != after.get("student_id"):
            raise Refusal("uren bij de stage van een andere leerling")
    if rule.own_only and sender.role == JOBCOACH:
        _check_own(sender, tbl, after, partition, lookup)
    return partition


def _self_service(
    sender: Scope, tbl: str, before: Mapping[str, Any], changed: Iterable[str]
) -> bool:
    return (
        sender.staff is not None
        and before.get("id") == sender.staff
        and all(sender.role in SELF_SERVICE.get((tbl, c), frozenset()) for c in changed)
    )


def _check_change(rule: TableRule, tbl: str, changed: Iterable[str], self_service: bool) -> None:
    fixed = {rule.owner.column} if rule.owner.column else set()
    for col in changed:
        frozen = col in fixed or (rule.changeable is not None and col not in rule.changeable)
        if frozen and not self_service:
            raise Refusal(f"{tbl}.{col} mag na het aanmaken niet meer veranderen")


def _check_conflict_subject(sender: Scope, conflict: Mapping[str, Any], lookup: Lookup) -> None:
    """A conflict record is a proposal to put a value back: only about a field the sender
    may write itself, and never about a record it may not hold."""
    subject_tbl, col = str(conflict["tbl"]), str(conflict["col"])
    subject = lookup(subject_tbl, str(conflict["pk"]))
    if subject is None:
        raise UnknownOwner(f"een conflict over een onbekend record ({subject_tbl})")
    if not sender.allows(subject_tbl, partition_of(subject_tbl, subject, lookup), subject):
        raise Refusal("een conflict over iets buiten het bereik van dit apparaat")
    if sender.role not in ACTIONS[TABLES[subject_tbl].action]:
        raise Refusal(f"een conflict over {subject_tbl}, dat dit apparaat niet mag schrijven")
    changeable = TABLES[subject_tbl].changeable
    if col not in ("*", "deleted") and changeable is not None and col not in changeable:
        raise Refusal(f"een conflict over {subject_tbl}.{col}, dat niet mag veranderen")


def _check_own(
    sender: Scope, tbl: str, record: Mapping[str, Any], partition: str, lookup: Lookup
) -> None:
    """A jobcoach writes only as themselves, only about their own students."""
    me = sender.staff
    student = _student_of(partition)
    if tbl == "audit_entry":
        if record.get("actor_id") not in (me, None):
            raise Refusal("een logregel op naam van iemand anders")
        if student is not None and (sender.students is None or student not in sender.students):
            raise Refusal("een logregel over een leerling van een ander")
        return
    if student is None or sender.students is None or student not in sender.students:
        raise Refusal(f"{tbl} over een leerling die deze jobcoach niet begeleidt")
    # None: made on the laptop without a login (its command line), still the device's own
    if record.get("recorded_by") not in (me, None) or (
        tbl == "observation" and record.get("observed_by") not in (me, None)
    ):
        raise Refusal(f"{tbl} op naam van iemand anders")
    if tbl == "hours_entry":
        placement = lookup("placement", str(record["placement_id"]))
        if placement is None or placement.get("jobcoach_id") != me:
            raise Refusal("uren bij een stage die deze jobcoach niet begeleidt")
    earlier = record.get("supersedes_id")
    if earlier is not None:
        replaced = lookup(tbl, str(earlier))
        if replaced is None:
            raise UnknownOwner(f"{tbl} corrigeert een onbekend record")
        made_here = (
            replaced.get("recorded_by") is None and replaced.get("_made_by") == sender.device
        )
        if replaced.get("recorded_by") != me and not made_here:  # made_here: without a login
            raise Refusal(f"{tbl} van iemand anders corrigeren of intrekken")


def check_proof_signer(sender: Scope, signer: object, receiver: str) -> None:
    """A credential proof names the device that signed it: the sending device itself, or
    the central it sends to (a proof the central made and the device passes on). A
    laptop never brings in a proof in another laptop's name."""
    if sender.role == CENTRAL:
        return
    if sender.device is None or signer not in (sender.device, receiver):
        raise Refusal("een ondertekend bewijs op naam van een ander apparaat")


def may_send(sender: Scope, tbl: str, col: str, record: Mapping[str, Any]) -> bool:
    """A device's outgoing filter: never offer the central what its intake will refuse
    (the fine-grained checks of check_write hold for everything the window lets this
    user make; what they catch is a forgery or a hand-edited file, which then stays here)."""
    if sender.role == CENTRAL:
        return True
    rule = TABLES[tbl]
    if sender.role not in ACTIONS[rule.action]:
        return col != "*" and _self_service(sender, tbl, record, (col,))
    if tbl == "note" and str(record.get("category")) not in sender.note_categories:
        return False
    if col != "*" and (
        col == rule.owner.column or (rule.changeable is not None and col not in rule.changeable)
    ):
        return False
    if rule.own_only and sender.role == JOBCOACH:
        who = record.get("actor_id") if tbl == "audit_entry" else record.get("recorded_by")
        return who in (sender.staff, None)
    return True
