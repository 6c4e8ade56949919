"""SchoolStore: the one front door to a school's data.

Every method is one user action: one transaction, one audit entry, and either everything
is written or nothing is. Methods take and return plain values (views.py), so the UI and
the CLI never hold a session or write SQL. Failures arrive as JWError subclasses with a
Dutch message.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, String, func, select, text, type_coerce
from sqlalchemy.orm import Session

from . import (
    access,
    assessing,
    auth,
    awarding,
    consent,
    overview,
    phases,
    practice,
    proofs,
    recording,
    replica,
    routes,
    voice,
)
from . import contacts as family
from . import placements as stages
from .access import AccessDenied, User
from .assessment import Assessment
from .audit import AuditEntry
from .base import school_partition, student_partition
from .capture import TICK_SQL, now_ms
from .catalogue import (
    Card,
    CardComponent,
    CardElement,
    CardVersion,
    Picture,
    Sector,
    Theme,
)
from .coverage import Coverage, coverage_of
from .credentials import CredentialDefinition, CredentialExamPart
from .database import (
    Database,
    flatten_backups,
    list_backups,
    remove_backup_leftovers,
    translate,
    translated,
)
from .enums import (
    CardType,
    ElementKind,
    IssuerKind,
    ItemStatus,
    Level,
    NoteCategory,
    PlacementModel,
    Role,
    Setting,
    Uitstroomprofiel,
)
from .errors import BackupError, InvalidInput, JWError, NotFound, StoreError
from .importing import import_catalogue, import_progress, import_school
from .lookups import active_facts, active_observations, get
from .people import Company, Group, Placement, School, Staff, Student, WorkplaceSupervisor
from .policy import Scope
from .portfolio import IssuedCredential
from .progress import HoursEntry, Note, Observation
from .qualifications import card_competences
from .route import Route, RouteItem, TemplateRoute
from .search import CardFilter, fold, search_card_ids
from .specs import CatalogueSpec, ProgressSpec, SchoolSpec
from .views import (
    AssessmentForm,
    AssessmentView,
    CardDetail,
    CardHit,
    ElementView,
    Eligibility,
    ExamPartView,
    HoursView,
    NoteView,
    ObservationSheet,
    ObservationView,
    PortfolioEntry,
    PractiseItem,
    ProgressReport,
    RouteView,
    SheetCard,
    SheetElement,
    StaffView,
    StoreInfo,
    StudentRow,
    StudentSummary,
    TemplatePlan,
)
from .wording import date_text, hours_text, plural

_T = TypeVar("_T")


@dataclass
class _Audit:
    action: str
    entity: str
    entity_id: uuid.UUID | None = None
    summary: str = ""
    partition: str | None = None


class SchoolStore:
    """A school's local store. Open with SchoolStore.open(path); close when done."""

    def __init__(
        self,
        db: Database,
        actor: uuid.UUID | None,
        today: Callable[[], date],
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.db = db
        self.actor = actor
        self.user: User | None = None
        self._today = today
        self._sleep = sleep

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        actor: uuid.UUID | None = None,
        today: Callable[[], date] = date.today,
        auto_backup: bool = True,
        sleep: Callable[[float], None] = time.sleep,
    ) -> SchoolStore:
        return cls(Database.open(path, create=create, auto_backup=auto_backup), actor, today, sleep)

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def warnings(self) -> list[str]:
        """Dutch messages about problems that did not stop the store from opening."""
        return list(self.db.warnings)

    def today(self) -> date:
        """The date this store records actions on (injectable for tests)."""
        return self._today()

    def checkpoint(self) -> None:
        """Move everything from the write-ahead log into the main file (before a copy)."""
        self.db.checkpoint()

    def close(self) -> None:
        self.db.close()

    # -- the replica interface: the sync layer's only way to storage -------------------

    @contextlib.contextmanager
    def replica_read(self) -> Iterator[Connection]:
        """A read connection for replica.py's functions (sync/ never opens one itself)."""
        with translated(self.path), self.db.engine.connect() as con:
            yield con

    @contextlib.contextmanager
    def replica_write(self) -> Iterator[Connection]:
        """One write transaction for replica.py's functions, committed at the end: its
        errors (a full disk, a locked or damaged file) become one Dutch StoreError, and
        nothing of it is written when it fails (an admin's act goes through audited)."""
        with translated(self.path), self.db.writer.connect() as con, con.begin():
            yield con

    def replica_snapshot(self) -> tuple[Connection, Callable[[], None]]:
        """A read transaction held open across a generator (one consistent view of the
        change log while a bundle is written), and the function that ends it."""
        con = self.db.engine.connect()
        snapshot = con.begin()

        def close() -> None:
            snapshot.rollback()
            con.close()

        return con, close

    def forget(self, partitions: Sequence[str], scope: Scope | None = None) -> None:
        """After a purge (sync): no copy of those partitions, nor of what `scope` may not
        hold, may stay in this file's write-ahead log or in the backups beside it
        (docs/privacy.md, 'Scope residue')."""
        self.db.checkpoint()
        try:  # a daily backup kept as a delta holds old pages: made whole, then purged
            flatten_backups(self.path)
            # what a killed backup left (old pages, a half copy) goes now, whatever its
            # age: this program holds the store's lock, so no other backup is writing it
            remove_backup_leftovers(self.path, older_than=timedelta(0))
        except (StoreError, OSError) as exc:
            raise BackupError(
                "De dagelijkse reservekopieën konden niet worden opgeschoond: "
                f"{getattr(exc, 'message', exc)}. Verwijder ze of vraag de beheerder."
            ) from exc
        for info in list_backups(self.path):
            try:
                replica.purge_copy(info.path, partitions, scope)
            except sqlite3.Error as exc:
                raise BackupError(
                    f"De reservekopie {info.path.name} kon niet worden opgeschoond: {exc}. "
                    "Verwijder hem of vraag de beheerder."
                ) from exc

    def __enter__(self) -> SchoolStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------

    @contextlib.contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self.db.engine) as session, session.begin():
                yield session
        except JWError:
            raise
        except Exception as exc:
            raise translate(exc, self.path) or exc from exc

    @contextlib.contextmanager
    def _write(self, action: str, entity: str) -> Iterator[tuple[Session, _Audit]]:
        audit = _Audit(action, entity)
        try:
            with Session(self.db.writer, expire_on_commit=False) as session, session.begin():
                session.execute(text(TICK_SQL), {"now": now_ms()})
                yield session, audit
                session.add(
                    AuditEntry(
                        actor_id=self.actor,
                        action=audit.action,
                        entity=audit.entity,
                        entity_id=audit.entity_id,
                        summary=audit.summary,
                        partition=audit.partition or self._school_partition(session),
                    )
                )
        except JWError:
            raise
        except Exception as exc:
            raise translate(exc, self.path) or exc from exc

    def _school_partition(self, session: Session) -> str:
        school_id = session.scalar(select(School.id).where(School.deleted.is_(False)))
        return school_partition(school_id) if school_id else "catalogue"

    def _school(self, session: Session) -> School:
        school = session.scalars(select(School).where(School.deleted.is_(False))).first()
        if school is None:
            raise NotFound("Er is nog geen school ingericht in deze database.")
        return school

    def _student(self, session: Session, student_id: uuid.UUID) -> Student:
        """The student, if the logged-in user may see them."""
        student = get(session, Student, student_id)
        user = self.user
        if (
            user is not None
            and user.role == Role.JOBCOACH
            and student.id not in self._coached(session)
        ):
            raise AccessDenied(access.NOT_YOURS)
        return student

    def _coached(self, session: Session) -> set[uuid.UUID]:
        assert self.user is not None
        coached = replica.coached_students(session.connection(), self.user.staff_id.hex)
        return {uuid.UUID(s) for s in coached}

    def _own_fact(
        self, session: Session, tbl: str, fact_id: uuid.UUID, recorded_by: uuid.UUID | None
    ) -> None:
        """A jobcoach corrects only what they recorded (policy: a jobcoach supersedes only
        its own facts), also from the laptop's command line: what this laptop recorded
        without a login. The central would refuse anything else."""
        con = session.connection()
        jobcoach = (self.user is not None and self.user.role == Role.JOBCOACH) or (
            self.user is None and replica.enrolled_role(con) == Role.JOBCOACH.value
        )
        if not jobcoach:
            return
        if self.user is not None and recorded_by == self.user.staff_id:
            return
        if recorded_by is None and replica.creator(con, tbl, fact_id.hex) == replica.device_id(con):
            return
        raise AccessDenied("Je kunt alleen corrigeren of intrekken wat je zelf hebt vastgelegd.")

    def _allow(self, action: str) -> None:
        """The logged-in user's role decides; without a login (the command line, a
        script) an enrolled laptop still acts only within its own role (policy.ACTIONS)."""
        access.check(self.user, action)
        if self.user is None:
            with self._read() as s:
                role = replica.enrolled_role(s.connection())
            if role is not None and role not in access.PERMISSIONS[action]:
                raise AccessDenied(f"{access.MESSAGES[action]} Dit apparaat is een {role}-laptop.")

    # -- login ----------------------------------------------------------------------------

    def login(self, email: str, password: str) -> User:
        """Log a staff member in: from now on this store acts as them and shows only what
        their role may see. Wrong passwords cost a growing delay; five in a row lock the
        account on this computer for five minutes."""
        return self._log_in(email, password, "E-mailadres of wachtwoord klopt niet.")

    def unlock(self, password: str) -> User:
        """Unlock a locked window for the user who locked it: the same password check,
        delays and lock-out as logging in (a locked screen is no place to guess at)."""
        if self.user is None:
            raise AccessDenied("Er is niemand ingelogd.")
        return self._log_in(self.user.email, password, "Dit wachtwoord klopt niet.")

    def _log_in(self, email: str, password: str, wrong: str) -> User:
        email = email.strip().lower()
        now = datetime.now(UTC)
        with self._read() as s:
            failures, locked = replica.login_state(s.connection(), email)
            found = s.scalars(
                select(Staff).where(func.lower(Staff.email) == email, Staff.deleted.is_(False))
            ).first()
            stored = found.password_hash if found is not None else None
            user = None if found is None else User(found.id, found.name, found.email, found.role)
        if locked is not None and locked > now:
            minutes = max(1, round((locked - now).total_seconds() / 60))
            wait = plural(minutes, "minuut", "minuten")
            raise AccessDenied(f"Te vaak een verkeerd wachtwoord. Probeer het over {wait} opnieuw.")
        if user is None or not auth.verify_password(password, stored):
            failures += 1
            with self._write("inloggen.mislukt", "staff") as (s, audit):
                replica.set_login_state(
                    s.connection(), email, failures, auth.locked_until(failures, now)
                )
                audit.summary = email
            self._sleep(auth.delay_after(failures))
            if failures >= auth.MAX_FAILURES:
                raise AccessDenied(
                    "Te vaak een verkeerd wachtwoord: dit account is vijf "
                    "minuten op deze computer geblokkeerd."
                )
            raise AccessDenied(wrong)
        self.user, self.actor = user, user.staff_id
        with self._write("inloggen", "staff") as (s, audit):
            replica.set_login_state(s.connection(), email, 0, None)
            audit.entity_id = user.staff_id
        return user

    def logout(self) -> None:
        self.user, self.actor = None, None

    def set_password(self, staff_id: uuid.UUID, password: str) -> None:
        """An admin sets someone's password, or a user their own."""
        if self.user is not None and self.user.staff_id != staff_id:
            self._allow("accounts")
        hashed = auth.hash_password(password)
        with self._write("wachtwoord.instellen", "staff") as (s, audit):
            staff = get(s, Staff, staff_id)
            staff.password_hash = hashed
            audit.entity_id = staff.id

    def audited(
        self,
        action: str,
        summary: str,
        work: Callable[[Connection], _T],
        entity: str = "inschrijfbewijs",
    ) -> _T:
        """Run work (SQL of replica.py: an enrolment ticket made, used or revoked, a device
        enrolled or revoked, a publisher trusted) in one write transaction with its audit
        entry: the admin's trail of the sync bookkeeping, which itself never syncs. The
        summary names the device, never a student."""
        with self._write(action, entity) as (s, audit):
            audit.summary = summary[:500]
            return work(s.connection())

    def _named(self, key: Any, entity: Any) -> list[Any]:
        """(key, name) of every live record of a named entity, by name: for pick lists."""
        with self._read() as s:
            return [
                (k, n)
                for k, n in s.execute(
                    select(key, entity.name).where(entity.deleted.is_(False)).order_by(entity.name)
                )
            ]

    # -- information --------------------------------------------------------------------

    def info(self) -> StoreInfo:
        with self._read() as s:
            revision = str(s.scalar(text("SELECT version_num FROM alembic_version")))
            counts = {}
            for label, entity in (
                ("kaarten", Card),
                ("leerlingen", Student),
                ("medewerkers", Staff),
                ("groepen", Group),
                ("leerbedrijven", Company),
                ("stages", Placement),
                ("observaties", Observation),
                ("notities", Note),
                ("uitgereikte kwalificaties", IssuedCredential),
            ):
                query = select(func.count()).select_from(entity)
                if hasattr(entity, "deleted"):
                    query = query.where(entity.deleted.is_(False))
                counts[label] = int(s.scalar(query) or 0)
        return StoreInfo(
            self.path, revision, counts, tuple(b.path for b in list_backups(self.path))
        )

    def school_name(self) -> str | None:
        with self._read() as s:
            return s.scalar(select(School.name).where(School.deleted.is_(False)))

    def backup(self, target: Path | None = None) -> Path:
        return self.db.backup(target).path

    # -- catalogue ----------------------------------------------------------------------

    def import_catalogue(self, spec: CatalogueSpec) -> int:
        self._allow("catalogue")
        with self._write("catalogus.importeren", "catalogus") as (s, audit):
            changed = import_catalogue(s, spec)
            audit.summary = f"{len(changed)} kaarten nieuw of bijgewerkt"
            audit.partition = "catalogue"
        return len(changed)

    def search_cards(
        self,
        text: str = "",
        *,
        card_type: CardType | None = None,
        sector: str | None = None,
        phase: int | None = None,
        competence: str | None = None,
        theme: str | None = None,
        limit: int = 50,
    ) -> list[CardHit]:
        if card_type is not None:
            try:
                card_type = CardType(card_type)
            except ValueError as exc:
                raise InvalidInput(f"Onbekend kaarttype {card_type!r}.") from exc
        filters = CardFilter(card_type, sector, phase, competence, theme)
        with self._read() as s:
            found = search_card_ids(s, text, filters, limit)
            return self._card_hits(s, [cid for cid, _ in found])

    def _card_hits(self, s: Session, ids: list[uuid.UUID]) -> list[CardHit]:
        if not ids:
            return []
        rows = s.execute(
            select(
                Card.id,
                Card.code,
                Card.card_type,
                CardVersion.title,
                CardVersion.summary,
                Sector.name,
                Card.phase,
            )
            .join(
                CardVersion,
                (CardVersion.card_id == Card.id) & (CardVersion.number == Card.current_version),
            )
            .join(Sector, Sector.id == Card.sector_id)
            .where(Card.id.in_(ids))
        ).all()
        by_id = {r[0]: CardHit(*r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def card_id(self, code: str) -> uuid.UUID:
        with self._read() as s:
            cid = s.scalar(
                select(Card.id).where(
                    func.upper(Card.code) == code.strip().upper(), Card.deleted.is_(False)
                )
            )
        if cid is None:
            raise NotFound(f"Er is geen kaart met code {code!r}.")
        return cid

    def card(self, card_id: uuid.UUID, version: int | None = None) -> CardDetail:
        with self._read() as s:
            card = get(s, Card, card_id)
            number = card.current_version if version is None else version
            v = s.scalar(
                select(CardVersion).where(
                    CardVersion.card_id == card.id, CardVersion.number == number
                )
            )
            if v is None:
                raise NotFound(f"Kaart {card.code} heeft geen versie {number}.")
            sector = s.get(Sector, card.sector_id)
            theme = s.get(Theme, card.theme_id) if card.theme_id else None
            elements = tuple(
                ElementView(e.id, e.kind, e.position, e.text, e.picture_id)
                for e in s.scalars(
                    select(CardElement)
                    .where(CardElement.card_version_id == v.id)
                    .order_by(CardElement.position)
                )
            )
            components = self._card_hits(
                s,
                list(
                    s.scalars(
                        select(CardComponent.component_card_id)
                        .where(CardComponent.card_version_id == v.id)
                        .order_by(CardComponent.position)
                    )
                ),
            )
            competences = card_competences(s, v.id)
            return CardDetail(
                card.id,
                card.code,
                card.card_type,
                v.number,
                card.current_version,
                v.title,
                v.summary,
                v.body,
                tuple(v.tags),
                sector.name if sector else "",
                theme.name if theme else None,
                card.phase,
                elements,
                tuple(components),
                competences,
            )

    def picture(self, picture_id: uuid.UUID) -> bytes:
        with self._read() as s:
            pic = s.get(Picture, picture_id)
            if pic is None:
                raise NotFound("Deze afbeelding bestaat niet.")
            return pic.data

    def sectors(self) -> list[tuple[str, str]]:
        """(key, name) of every sector, by name: for the catalogue filters."""
        return self._named(Sector.key, Sector)

    def coverage(self, student_id: uuid.UUID | None = None) -> Coverage:
        """Which competences no current card and no route covers (model/coverage.py): of
        all students the user may see, or of one student."""
        with self._read() as s:
            if student_id is not None:
                self._student(s, student_id)
            return coverage_of(s, student_id, self._visible(s))

    def levels(self, student_id: uuid.UUID) -> dict[uuid.UUID, tuple[Level, date]]:
        """Per step or criterion: the latest staff observation's level and date (the rule
        'still to practise' uses)."""
        with self._read() as s:
            self._student(s, student_id)
            return practice.latest_levels(s, student_id)

    def templates(self) -> list[tuple[uuid.UUID, str]]:
        return self._named(TemplateRoute.id, TemplateRoute)

    def credentials(self) -> list[tuple[uuid.UUID, str, str]]:
        """(id, key, name) of every credential definition."""
        with self._read() as s:
            return [
                (i, k, n)
                for i, k, n in s.execute(
                    select(
                        CredentialDefinition.id, CredentialDefinition.key, CredentialDefinition.name
                    )
                    .where(CredentialDefinition.deleted.is_(False))
                    .order_by(CredentialDefinition.name)
                )
            ]

    def credential_id(self, key: str) -> uuid.UUID:
        with self._read() as s:
            cid = s.scalar(select(CredentialDefinition.id).where(CredentialDefinition.key == key))
        if cid is None:
            raise NotFound(f"Er is geen kwalificatie {key!r}.")
        return cid

    # -- people -------------------------------------------------------------------------

    def create_school(self, name: str, city: str = "") -> uuid.UUID:
        name = _required(name, "De naam van de school")
        self._allow("accounts")
        with self._write("school.aanmaken", "school") as (s, audit):
            if s.scalar(select(School.id).where(School.deleted.is_(False))) is not None:
                raise InvalidInput("Deze database heeft al een school.")
            sid = uuid.uuid4()
            s.add(School(id=sid, name=name, city=city.strip(), partition=school_partition(sid)))
            audit.entity_id, audit.summary = sid, name
            audit.partition = school_partition(sid)
            s.flush()
        return sid

    def import_school(self, spec: SchoolSpec) -> dict[str, uuid.UUID]:
        """Bulk-create a school with staff, groups, companies, students, placements and
        template routes (demo and scale data). Returns student key -> id."""
        self._allow("accounts")
        with self._write("school.importeren", "school") as (s, audit):
            if s.scalar(select(School.id).where(School.deleted.is_(False))) is not None:
                raise InvalidInput("Deze database heeft al een school.")
            ids = import_school(s, spec, self._today())
            audit.summary = f"{spec.name}: {len(ids)} leerlingen"
            s.flush()
            audit.partition = self._school_partition(s)
        return ids

    def import_progress(self, spec: ProgressSpec) -> int:
        """Bulk-append recorded observations, hours and notes (demo and scale data)."""
        self._allow("accounts")
        with self._write("voortgang.importeren", "observation") as (s, audit):
            count = import_progress(s, spec)
            audit.summary = f"{count} feiten"
        return count

    def add_staff(self, name: str, email: str, role: Role) -> uuid.UUID:
        self._allow("accounts")
        name = _required(name, "De naam")
        email = _required(email, "Het e-mailadres").lower()
        if "@" not in email:
            raise InvalidInput(f"{email!r} is geen geldig e-mailadres.")
        with self._write("medewerker.toevoegen", "staff") as (s, audit):
            if s.scalar(select(Staff.id).where(Staff.email == email)) is not None:
                raise InvalidInput(f"Er is al een medewerker met e-mailadres {email}.")
            school = self._school(s)
            staff = Staff(
                school_id=school.id,
                name=name,
                email=email,
                role=Role(role),
                partition=school.partition,
            )
            s.add(staff)
            s.flush()
            audit.entity_id, audit.summary = staff.id, f"{name} ({Role(role).value})"
        return staff.id

    def staff(self, role: Role | None = None) -> list[StaffView]:
        with self._read() as s:
            q = select(Staff).where(Staff.deleted.is_(False)).order_by(Staff.name)
            if role is not None:
                q = q.where(Staff.role == role)
            return [StaffView(m.id, m.name, m.email, m.role) for m in s.scalars(q)]

    def add_group(self, name: str, phase: int, mentor_id: uuid.UUID | None = None) -> uuid.UUID:
        self._allow("school")
        name = _required(name, "De naam van de groep")
        _check_phase(phase)
        with self._write("groep.toevoegen", "school_group") as (s, audit):
            school = self._school(s)
            if mentor_id is not None:
                get(s, Staff, mentor_id)
            group = Group(
                school_id=school.id,
                name=name,
                phase=phase,
                mentor_id=mentor_id,
                partition=school.partition,
            )
            s.add(group)
            s.flush()
            audit.entity_id, audit.summary = group.id, name
        return group.id

    def groups(self) -> list[tuple[uuid.UUID, str]]:
        return self._named(Group.id, Group)

    def add_student(
        self,
        first_name: str,
        last_name: str,
        birth_date: date,
        *,
        phase: int,
        uitstroomprofiel: Uitstroomprofiel,
        group_id: uuid.UUID | None = None,
        contact_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        self._allow("school")
        first = _required(first_name, "De voornaam")
        last = _required(last_name, "De achternaam")
        _check_phase(phase)
        if birth_date >= self._today():
            raise InvalidInput("De geboortedatum moet in het verleden liggen.")
        with self._write("leerling.toevoegen", "student") as (s, audit):
            school = self._school(s)
            if group_id is not None:
                get(s, Group, group_id)
            if contact_id is not None:
                get(s, Staff, contact_id)
            sid = uuid.uuid4()
            part = student_partition(school.id, sid)
            s.add(
                Student(
                    id=sid,
                    school_id=school.id,
                    group_id=group_id,
                    first_name=first,
                    last_name=last,
                    birth_date=birth_date,
                    phase=phase,
                    uitstroomprofiel=Uitstroomprofiel(uitstroomprofiel),
                    contact_id=contact_id,
                    partition=part,
                )
            )
            s.flush()
            audit.entity_id, audit.summary, audit.partition = sid, f"{first} {last}", part
        return sid

    def students(self, group_id: uuid.UUID | None = None) -> list[StudentSummary]:
        return self.find_students("", group_id=group_id)

    def find_students(self, text: str, group_id: uuid.UUID | None = None) -> list[StudentSummary]:
        """Students whose name contains every word of text, ignoring case and accents,
        ordered by last name."""
        with self._read() as s:
            q = (
                select(
                    Student.id,
                    Student.first_name,
                    Student.last_name,
                    Group.name,
                    Student.phase,
                    Staff.name,
                )
                .outerjoin(Group, Group.id == Student.group_id)
                .outerjoin(Staff, Staff.id == Student.contact_id)
                .where(Student.deleted.is_(False))
                .order_by(Student.last_name, Student.first_name)
            )
            if group_id is not None:
                q = q.where(Student.group_id == group_id)
            found = [StudentSummary(*r) for r in s.execute(q)]
            if self.user is not None and self.user.role == Role.JOBCOACH:
                coached = self._coached(s)
                found = [st for st in found if st.id in coached]
        # Matched in Python, not with LIKE: SQLite's LIKE folds only ASCII case and no
        # accents, and a teacher types 'celik' for Çelik. A school has at most ~1,500.
        words = [fold(w) for w in text.split()]
        return [st for st in found if all(w in fold(st.name) for w in words)]

    def student_overview(
        self,
        *,
        text: str = "",
        group_id: uuid.UUID | None = None,
        phase: int | None = None,
        with_placement: bool | None = None,
        needs_attention: bool = False,
        student_id: uuid.UUID | None = None,
    ) -> list[StudentRow]:
        """The student list with its filters (student_id: only that student's row, e.g.
        to read their reasons again after a save). A student needs attention when nothing
        was observed for two weeks (while they have a route), when their placement hours
        are behind (under 80% of what the placement period so far asks), or when a note's
        follow-up date has come (today or past). This is the one place the reasons are
        worked out.

        One pass per table for the whole school, keys read as text: the list of 1,000
        students is filled on every visit of the page (bench/startup.py), and turning
        thousands of keys into UUID objects cost more than the queries."""
        today = self._today()
        sid_text = type_coerce(Student.id, String)
        # One index look-up per student (ix_observation_student_seen), not a pass over
        # every observation of the school.
        newest = (
            select(func.max(Observation.observed_on))
            .where(
                Observation.student_id == Student.id,
                Observation.self_assessment.is_(False),
            )
            .scalar_subquery()
        )
        has_route = (
            select(RouteItem.id)
            .join(Route, Route.id == RouteItem.route_id)
            .where(Route.student_id == Student.id, RouteItem.deleted.is_(False))
            .exists()
        )
        q = (
            select(
                sid_text,
                Student.first_name,
                Student.last_name,
                Group.name,
                type_coerce(Student.group_id, String),
                Student.phase,
                newest,
                has_route,
            )
            .outerjoin(Group, Group.id == Student.group_id)
            .where(Student.deleted.is_(False))
            .order_by(Student.last_name, Student.first_name)
        )
        placements_q = select(
            type_coerce(Placement.id, String),
            type_coerce(Placement.student_id, String),
            Placement.start_on,
            Placement.end_on,
            Placement.hours_required,
            Placement.ended_on,
        ).where(Placement.deleted.is_(False))
        hours_q = (
            select(type_coerce(HoursEntry.placement_id, String), func.sum(HoursEntry.minutes))
            .where(active_facts(HoursEntry))
            .group_by(HoursEntry.placement_id)
        )
        if group_id is not None:
            q = q.where(Student.group_id == group_id)
        if phase is not None:
            q = q.where(Student.phase == phase)
        # Follow-ups in the notes this user may read (a jobcoach never learns of a 'zorg'
        # note through the list); a withdrawn or superseded note asks for nothing.
        categories = self.user.note_categories if self.user is not None else tuple(NoteCategory)
        follow_q = (
            select(type_coerce(Note.student_id, String), Note.follow_up_on, Note.text)
            .where(
                Note.follow_up_on.is_not(None),
                Note.follow_up_on <= today,
                active_facts(Note),
                Note.category.in_(categories),
            )
            .order_by(Note.follow_up_on, Note.recorded_at)
        )
        if student_id is not None:
            q = q.where(Student.id == student_id)
            placements_q = placements_q.where(Placement.student_id == student_id)
            hours_q = hours_q.where(HoursEntry.student_id == student_id)
            follow_q = follow_q.where(Note.student_id == student_id)
        with self._read() as s:
            found = s.execute(q).all()
            if self.user is not None and self.user.role == Role.JOBCOACH:
                coached = {u.hex for u in self._coached(s)}
                found = [r for r in found if r[0] in coached]
            placements = s.execute(placements_q).all()
            done: dict[str, int] = {pid: minutes for pid, minutes in s.execute(hours_q)}
            follow_ups = s.execute(follow_q).all()
            school_years = stages.requirement_reasons(s, today, student_id)
        # Names matched in Python, not with LIKE: SQLite's LIKE folds only ASCII case and no
        # accents, and a teacher types 'celik' for Çelik. A school has at most ~1,500.
        words = [fold(w) for w in text.split()]
        if words:
            found = [r for r in found if all(w in fold(f"{r[1]} {r[2]}") for w in words)]
        placed: dict[str, list[str]] = {}
        running: set[str] = set()
        for pid, sid, start, end, required, ended in placements:
            reasons = placed.setdefault(sid, [])
            # An ended placement is history: its hours count over the route's school
            # years (hours_requirement below), it asks for no more hours itself.
            if ended is not None:
                continue
            running.add(sid)
            if start <= today and end > start:
                elapsed = (min(today, end) - start).days / (end - start).days
                expected = required * 60 * elapsed
                if expected > 0 and done.get(pid, 0) < 0.8 * expected:
                    reasons.append(
                        f"stage-uren achter: {hours_text(done.get(pid, 0))} uur gedaan, "
                        f"{hours_text(expected)} verwacht tot nu toe"
                    )
        follows: dict[str, list[str]] = {}
        for sid, on, note_text in follow_ups:
            reason = f"opvolgen: {date_text(on)}, {_first_words(note_text)}"
            follows.setdefault(sid, []).append(reason)
        group_ids = {gid: uuid.UUID(gid) for gid in {r[4] for r in found} if gid is not None}
        rows = []
        for sid, first, last, group, gid, st_phase, seen, routed in found:
            reasons = [*placed.get(sid, ()), *school_years.get(sid, ()), *follows.get(sid, ())]
            if routed and seen is None:
                reasons.insert(0, "nog nooit geobserveerd, terwijl er een leerroute is")
            elif routed and seen is not None and (today - seen).days > 14:
                reasons.insert(0, f"twee weken niet geobserveerd (laatst op {date_text(seen)})")
            rows.append(
                StudentRow(
                    uuid.UUID(sid),
                    f"{first} {last}",
                    group,
                    group_ids.get(gid) if gid is not None else None,
                    st_phase,
                    sid in running,
                    seen,
                    tuple(reasons),
                )
            )
        return [
            r
            for r in rows
            if (with_placement is None or r.has_placement == with_placement)
            and (not needs_attention or r.needs_attention)
        ]

    def student(self, student_id: uuid.UUID) -> StudentSummary:
        with self._read() as s:
            self._student(s, student_id)
            return practice.student_summary(s, student_id)

    # -- parents, consent and the route onward (model/contacts.py, model/consent.py) --

    def _school_staff_only(self) -> None:
        """Parents' contacts and the OPP are for school staff (docs/privacy.md)."""
        if self.user is not None and self.user.role == Role.JOBCOACH:
            raise AccessDenied("Deze gegevens zijn alleen voor medewerkers van de school.")

    def contacts(self, student_id: uuid.UUID) -> list[family.ContactView]:
        """The student's parents and carers (school staff only)."""
        self._school_staff_only()
        with self._read() as s:
            self._student(s, student_id)
            return family.contact_views(s, student_id)

    def add_contact(
        self, student_id: uuid.UUID, name: str, relation: str, **fields: Any
    ) -> uuid.UUID:
        """A parent or carer: phone, email, parental_authority, remark (keywords)."""
        self._allow("school")
        with self._write("contact.toevoegen", "student_contact") as (s, audit):
            student = self._student(s, student_id)
            row = family.add_contact(s, student, name=name, relation=relation, **fields)
            audit.entity_id, audit.partition = row.id, student.partition
            audit.summary = row.relation.value  # not the name: the audit travels widely
        return row.id

    def remove_contact(self, contact_id: uuid.UUID) -> None:
        self._allow("school")
        with self._write("contact.verwijderen", "student_contact") as (s, audit):
            row = s.get(family.StudentContact, contact_id)
            if row is None or row.deleted:
                raise NotFound("Deze ouder of verzorger bestaat niet (meer).")
            self._student(s, row.student_id)
            row.deleted = True
            audit.entity_id, audit.partition = row.id, row.partition

    def consents(self, student_id: uuid.UUID) -> list[consent.ConsentView]:
        """Every consent of the student, newest first; a jobcoach sees those for a
        workplace (the ones their laptop holds)."""
        with self._read() as s:
            self._student(s, student_id)
            found = consent.consents_of(s, student_id)
        if self.user is not None and self.user.role == Role.JOBCOACH:
            found = [c for c in found if c.recipient == family.ConsentRecipient.WERKPLEK]
        return found

    def record_consent(
        self,
        student_id: uuid.UUID,
        *,
        recipient: str,
        categories: Sequence[str],
        valid_until: date,
        given_by: str,
        given_on: date | None = None,
        parent_id: uuid.UUID | None = None,
        company_id: uuid.UUID | None = None,
        recipient_name: str = "",
    ) -> uuid.UUID:
        """Record what may be shared with whom until when (model/consent.py)."""
        self._allow("school")
        with self._write("toestemming.vastleggen", "consent") as (s, audit):
            student = self._student(s, student_id)
            row = consent.record_consent(
                s,
                student,
                recipient=recipient,
                categories=categories,
                valid_until=valid_until,
                given_on=given_on or self._today(),
                given_by=given_by,
                parent_id=parent_id,
                company_id=company_id,
                recipient_name=recipient_name,
                by=self.actor,
                today=self._today(),
            )
            audit.entity_id, audit.partition = row.id, student.partition
            audit.summary = f"{row.recipient.value}: {', '.join(row.categories)}"
        return row.id

    def withdraw_consent(self, consent_id: uuid.UUID) -> uuid.UUID:
        """Withdraw a consent: from now on nothing more goes on the strength of it."""
        self._allow("school")
        with self._write("toestemming.intrekken", "consent") as (s, audit):
            row = s.get(family.Consent, consent_id)
            if row is None:
                raise NotFound("Deze toestemming bestaat niet.")
            self._student(s, row.student_id)
            undo = consent.withdraw_consent(s, row, self.actor)
            audit.entity_id, audit.partition = undo.id, row.partition
            audit.summary = row.recipient.value
        return undo.id

    def may_share(
        self,
        student_id: uuid.UUID,
        recipient: str,
        what: str,
        *,
        company_id: uuid.UUID | None = None,
        recipient_name: str = "",
        on_day: date | None = None,
    ) -> consent.Decision:
        with self._read() as s:
            self._student(s, student_id)
            found = consent.consents_of(s, student_id)
        day = on_day or self._today()
        return consent.may_share(
            found, recipient, what, day, company_id=company_id, recipient_name=recipient_name
        )

    def placement_sharing(self, student_id: uuid.UUID) -> list[tuple[str, consent.Decision]]:
        """Per placement: does the school's progress reach that workplace today?"""
        with self._read() as s:
            self._student(s, student_id)
            return consent.placement_sharing(s, student_id, self._today())

    def plan(self, student_id: uuid.UUID) -> family.PlanView:
        """Uitstroomprofiel, the OPP's main goals and the route onward (school staff)."""
        self._school_staff_only()
        with self._read() as s:
            return family.plan_view(s, self._student(s, student_id), self._today())

    def set_plan(
        self,
        student_id: uuid.UUID,
        *,
        opp_goals: Sequence[str],
        trajectory: str | None,
        partner_school: str = "",
        partner_contact: str = "",
    ) -> None:
        self._allow("school")
        with self._write("opp.bijwerken", "student_plan") as (s, audit):
            student = self._student(s, student_id)
            row = family.set_plan(
                s,
                student,
                opp_goals=list(opp_goals),
                trajectory=trajectory,
                partner_school=partner_school,
                partner_contact=partner_contact,
            )
            audit.entity_id, audit.partition = row.id, student.partition

    def onward_export(self, student_id: uuid.UUID, school: str) -> dict[str, Any]:
        """The handover to the next school (warme overdracht): only what the student's
        consent for that school covers today; refused without any (InvalidInput)."""
        self._allow("school")
        report = self.progress(student_id)
        summary = self.student(student_id)
        plan = self.plan(student_id)
        shared = {
            what: self.may_share(
                student_id, family.ConsentRecipient.VOLGENDE_SCHOOL, what, recipient_name=school
            )
            for what in family.ShareCategory
        }
        if not any(shared.values()):
            why = shared[family.ShareCategory.VOORTGANG].reason
            raise InvalidInput(
                f"Overdracht aan {school.strip() or 'de volgende school'} geweigerd: {why}. "
                "Leg eerst toestemming vast bij Ouders en toestemming."
            )
        portfolio = self.portfolio(student_id) if shared[family.ShareCategory.PORTFOLIO] else []
        notes = (
            self.notes(student_id, (NoteCategory.WORK,))
            if shared[family.ShareCategory.WERKNOTITIES]
            else []
        )
        return consent.onward_document(
            summary.name, plan, report, portfolio, notes, shared, school.strip()
        )

    def add_company(
        self,
        name: str,
        *,
        city: str = "",
        sector: str | None = None,
        supervisor: str = "",
        phone: str = "",
        email: str = "",
    ) -> uuid.UUID:
        self._allow("school")
        name = _required(name, "De naam van het leerbedrijf")
        with self._write("leerbedrijf.toevoegen", "company") as (s, audit):
            school = self._school(s)
            sector_id = None
            if sector is not None:
                sector_id = s.scalar(select(Sector.id).where(Sector.key == sector))
                if sector_id is None:
                    raise NotFound(f"Er is geen sector {sector!r}.")
            company = Company(
                school_id=school.id,
                name=name,
                city=city.strip(),
                sector_id=sector_id,
                partition=school.partition,
            )
            s.add(company)
            s.flush()
            if supervisor.strip():
                s.add(
                    WorkplaceSupervisor(
                        company_id=company.id,
                        name=supervisor.strip(),
                        phone=phone.strip(),
                        email=email.strip(),
                        partition=school.partition,
                    )
                )
            audit.entity_id, audit.summary = company.id, name
        return company.id

    def companies(self) -> list[tuple[uuid.UUID, str]]:
        return self._named(Company.id, Company)

    def add_placement(
        self,
        student_id: uuid.UUID,
        company_id: uuid.UUID,
        *,
        start_on: date,
        end_on: date,
        model: PlacementModel,
        days_per_week: int,
        hours_required: int,
        jobcoach_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        self._allow("school")
        if end_on < start_on:
            raise InvalidInput("De einddatum van de stage ligt voor de begindatum.")
        if not 1 <= days_per_week <= 5:
            raise InvalidInput("Het aantal dagen per week moet 1 tot en met 5 zijn.")
        if hours_required < 0:
            raise InvalidInput("Het aantal vereiste uren kan niet negatief zijn.")
        with self._write("stage.toevoegen", "placement") as (s, audit):
            student = self._student(s, student_id)
            company = get(s, Company, company_id)
            if jobcoach_id is not None and get(s, Staff, jobcoach_id).role != Role.JOBCOACH:
                raise InvalidInput("De begeleider van een stage moet een jobcoach zijn.")
            supervisor = s.scalar(
                select(WorkplaceSupervisor.id).where(
                    WorkplaceSupervisor.company_id == company.id,
                    WorkplaceSupervisor.deleted.is_(False),
                )
            )
            placement = Placement(
                student_id=student.id,
                company_id=company.id,
                supervisor_id=supervisor,
                jobcoach_id=jobcoach_id,
                start_on=start_on,
                end_on=end_on,
                model=model,
                days_per_week=days_per_week,
                hours_required=hours_required,
                partition=student.partition,
            )
            s.add(placement)
            s.flush()
            audit.entity_id, audit.partition = placement.id, student.partition
            audit.summary = f"{student.full_name} bij {company.name}"
        return placement.id

    def end_placement(self, placement_id: uuid.UUID, on: date | None = None) -> None:
        """End a placement on a day (today unless chosen): it stays as history and its
        hours keep counting; the jobcoach's laptop stops holding the student at its next
        sync if no other running placement links them (placements.end)."""
        self._allow("school")
        with self._write("stage.beeindigen", "placement") as (s, audit):
            placement = get(s, Placement, placement_id)
            day = on if on is not None else self._today()
            stages.end(s, placement, day, self._today())
            audit.entity_id, audit.partition = placement.id, placement.partition
            audit.summary = f"afgelopen op {day.isoformat()}"

    def check_end_placement(self, placement_id: uuid.UUID, on: date) -> None:
        """Raise the InvalidInput end_placement would, without writing anything: the
        window asks it before its question ('De stage beëindigen op ...?')."""
        self._allow("school")
        with self._read() as s:
            stages.check_end(s, get(s, Placement, placement_id), on, self._today())

    def remove_placement(self, placement_id: uuid.UUID) -> None:
        """Remove a placement entered by mistake (one with hours is ended instead)."""
        self._allow("school")
        with self._write("stage.verwijderen", "placement") as (s, audit):
            placement = get(s, Placement, placement_id)
            stages.remove(s, placement)
            audit.entity_id, audit.partition = placement.id, placement.partition

    def placements(self, student_id: uuid.UUID) -> list[uuid.UUID]:
        """The student's running placements (not ended, not removed); the past ones, with
        their hours, are in progress(...).hours."""
        with self._read() as s:
            self._student(s, student_id)
            return list(
                s.scalars(
                    select(Placement.id)
                    .where(
                        Placement.student_id == student_id,
                        Placement.deleted.is_(False),
                        Placement.ended_on.is_(None),
                    )
                    .order_by(Placement.start_on)
                )
            )

    def set_company_recognition(
        self,
        company_id: uuid.UUID,
        *,
        number: str,
        recognized_on: date | None = None,
        recognized_until: date | None = None,
        open_places: int = 0,
    ) -> None:
        """Erkend leerbedrijf: SBB's erkenningsnummer, since and until when, and how many
        students it can take (an empty number: not erkend)."""
        self._allow("school")
        with self._write("leerbedrijf.erkenning", "company") as (s, audit):
            company = get(s, Company, company_id)
            stages.set_recognition(
                company,
                number=number,
                recognized_on=recognized_on,
                recognized_until=recognized_until,
                open_places=open_places,
                today=self._today(),
            )
            audit.entity_id, audit.summary = company.id, f"{company.name}: {number.strip()}"

    def company_list(self) -> list[stages.CompanyView]:
        """The school's leerbedrijven with recognition, open places and current students
        (school staff: the names are of the whole school)."""
        self._allow("school")
        with self._read() as s:
            return stages.companies(s, self._school(s).id, self._today())

    def company_matches(self, student_id: uuid.UUID) -> tuple[str | None, list[stages.Match]]:
        """Leerbedrijven for a student: erkend, in the sector of their route, with a free
        place first (placements.matches)."""
        self._allow("school")
        with self._read() as s:
            self._student(s, student_id)
            return stages.matches(s, self._school(s).id, student_id, self._today())

    def set_region_sector(self, sector: str, *, open_places: int, note: str = "") -> None:
        """A sector where the school's region has work (arbeidsmarkt), with open places."""
        self._allow("school")
        with self._write("regio.sector", "region_sector") as (s, audit):
            school = self._school(s)
            sector_id = s.scalar(select(Sector.id).where(Sector.key == sector))
            if sector_id is None:
                raise NotFound(f"Er is geen sector {sector!r}.")
            row = stages.set_region_sector(
                s, school.id, school.partition, sector_id, open_places, note
            )
            audit.entity_id, audit.summary = row.id, f"{sector}: {open_places} open plaatsen"

    def region_sectors(self) -> list[stages.RegionSectorView]:
        with self._read() as s:
            return stages.region_sectors(s, self._school(s).id)

    def record_agreement(self, placement_id: uuid.UUID, *, signed_on: date, signed_by: str) -> None:
        """The praktijkovereenkomst of a placement, signed on a day by whom."""
        self._allow("school")
        with self._write("stage.praktijkovereenkomst", "placement") as (s, audit):
            placement = get(s, Placement, placement_id)
            self._student(s, placement.student_id)
            stages.record_agreement(placement, signed_on, signed_by, self._today())
            audit.entity_id, audit.partition = placement.id, placement.partition
            audit.summary = f"getekend op {signed_on.isoformat()}"

    def add_placement_goal(
        self, placement_id: uuid.UUID, text: str, competence_id: uuid.UUID | None = None
    ) -> uuid.UUID:
        """A stage learning goal, optionally linked to a competence or werkproces."""
        self._allow("school")
        with self._write("stage.leerdoel_toevoegen", "placement_goal") as (s, audit):
            placement = get(s, Placement, placement_id)
            self._student(s, placement.student_id)
            goal = stages.add_goal(s, placement, text, competence_id)
            audit.entity_id, audit.partition = goal.id, goal.partition
        return goal.id

    def remove_placement_goal(self, goal_id: uuid.UUID) -> None:
        self._allow("school")
        with self._write("stage.leerdoel_weg", "placement_goal") as (s, audit):
            goal = get(s, stages.PlacementGoal, goal_id)
            placement = get(s, Placement, goal.placement_id)
            self._student(s, placement.student_id)
            goal.deleted = True
            audit.entity_id, audit.partition = goal.id, goal.partition

    def goal_competences(self) -> list[tuple[uuid.UUID, str]]:
        """(id, 'code title') of the competences a stage goal can be linked to."""
        with self._read() as s:
            return stages.competence_choices(s)

    def placement_details(self, student_id: uuid.UUID) -> list[stages.PlacementDetails]:
        """Per placement: praktijkovereenkomst, recognition of the company, goals."""
        with self._read() as s:
            self._student(s, student_id)
            return stages.placement_details(s, student_id, self._today())

    def placement(self, placement_id: uuid.UUID) -> stages.PlacementDetails:
        """One placement (ended ones too) with its student, rhythm, hours required and
        who follows it; NotFound if removed, AccessDenied if not the user's student."""
        with self._read() as s:
            placement = get(s, Placement, placement_id)
            self._student(s, placement.student_id)
            found = stages.placement_details(s, placement.student_id, self._today(), placement_id)
            if not found:
                raise NotFound("Deze stage bestaat niet (meer).")
            return found[0]

    def set_hours_requirement(
        self,
        student_id: uuid.UUID,
        *,
        hours_per_year: int,
        school_years: int,
        first_year: int,
        note: str = "",
    ) -> None:
        """The hours the student's route asks across all placements (a leerwerktraject:
        e.g. 640 per school year, two school years), checked per school year."""
        self._allow("route")
        with self._write("route.urennorm", "hours_requirement") as (s, audit):
            student = self._student(s, student_id)
            row = stages.set_requirement(
                s,
                student.id,
                student.partition,
                hours_per_year=hours_per_year,
                school_years=school_years,
                first_year=first_year,
                note=note,
            )
            audit.entity_id, audit.partition = row.id, student.partition
            audit.summary = f"{hours_per_year} uur per schooljaar, {school_years} schooljaren"

    def remove_hours_requirement(self, student_id: uuid.UUID) -> None:
        self._allow("route")
        with self._write("route.urennorm_weg", "hours_requirement") as (s, audit):
            student = self._student(s, student_id)
            stages.remove_requirement(s, student.id)
            audit.entity_id = stages.requirement_id_for(student.id)
            audit.partition = student.partition

    def hours_requirement(self, student_id: uuid.UUID) -> stages.RequirementView | None:
        """The route's hours requirement with the hours per school year (None: none)."""
        with self._read() as s:
            self._student(s, student_id)
            return stages.requirement(s, student_id, self._today())

    # -- leerroute ----------------------------------------------------------------------

    def route(self, student_id: uuid.UUID) -> RouteView:
        with self._read() as s:
            self._student(s, student_id)
            return practice.route_view(s, student_id)

    def add_to_route(
        self,
        student_id: uuid.UUID,
        card_id: uuid.UUID,
        *,
        phase: int | None = None,
        after: uuid.UUID | None = None,
        before: uuid.UUID | None = None,
    ) -> uuid.UUID:
        self._allow("route")
        with self._write("route.kaart_toevoegen", "route_item") as (s, audit):
            student = self._student(s, student_id)
            item = routes.add_card(
                s,
                student,
                card_id,
                phase=phase,
                theme_id=None,
                after=after,
                before=before,
                today=self._today(),
            )
            audit.entity_id, audit.partition = item.id, student.partition
            audit.summary = f"kaart toegevoegd aan de route van {student.full_name}"
        return item.id

    def remove_from_route(self, item_id: uuid.UUID) -> None:
        self._allow("route")
        with self._write("route.kaart_verwijderen", "route_item") as (s, audit):
            item = get(s, RouteItem, item_id)
            self._student(s, routes.route_of(s, item).student_id)
            item.deleted = True
            audit.entity_id, audit.partition = item.id, item.partition

    def move_route_item(
        self,
        item_id: uuid.UUID,
        *,
        after: uuid.UUID | None = None,
        before: uuid.UUID | None = None,
    ) -> None:
        self._allow("route")
        with self._write("route.verplaatsen", "route_item") as (s, audit):
            item = get(s, RouteItem, item_id)
            self._student(s, routes.route_of(s, item).student_id)
            routes.move_item(s, item, after, before)
            audit.entity_id, audit.partition = item.id, item.partition

    def set_item_status(self, item_id: uuid.UUID, status: ItemStatus) -> None:
        self._allow("route")
        with self._write("route.status", "route_item") as (s, audit):
            item = get(s, RouteItem, item_id)
            self._student(s, routes.route_of(s, item).student_id)
            routes.set_status(item, ItemStatus(status), self._today())
            audit.entity_id, audit.partition = item.id, item.partition
            audit.summary = ItemStatus(status).value

    def item_status_state(self, item_id: uuid.UUID) -> routes.StatusState:
        """An item's status with its start and done dates, as an undo puts them back."""
        with self._read() as s:
            item = get(s, RouteItem, item_id)
            self._student(s, routes.route_of(s, item).student_id)
            return routes.StatusState(item.status, item.started_on, item.done_on)

    def restore_item_status(self, item_id: uuid.UUID, state: routes.StatusState) -> None:
        """Undo (or redo) a status change exactly: the status and the dates it had, not
        new dates as if the change were made today."""
        self._allow("route")
        with self._write("route.status", "route_item") as (s, audit):
            item = get(s, RouteItem, item_id)
            self._student(s, routes.route_of(s, item).student_id)
            routes.put_status(item, state)
            audit.entity_id, audit.partition = item.id, item.partition
            audit.summary = ItemStatus(state.status).value

    def apply_template(self, student_id: uuid.UUID, template_id: uuid.UUID) -> int:
        return len(self.apply_template_items(student_id, template_id))

    def apply_template_items(
        self, student_id: uuid.UUID, template_id: uuid.UUID
    ) -> list[uuid.UUID]:
        """Append a template's cards that are not in the route yet; the ids of the items
        added (what an undo removes again)."""
        self._allow("route")
        with self._write("route.sjabloon", "route") as (s, audit):
            student = self._student(s, student_id)
            added = routes.apply_template(s, student, template_id, self._today())
            audit.partition, audit.entity_id = student.partition, template_id
            audit.summary = f"{len(added)} kaarten uit sjabloon"
            return [item.id for item in added]

    def template_plan(self, student_id: uuid.UUID, template_id: uuid.UUID) -> TemplatePlan:
        """What apply_template would add and what of the template is already in the route,
        so the teacher can be asked first."""
        with self._read() as s:
            self._student(s, student_id)
            template = get(s, TemplateRoute, template_id)
            route = s.execute(select(Route).where(Route.student_id == student_id)).scalar()
            live_route = route if route is not None and not route.deleted else None
            new, present = routes.template_plan(
                s, live_route.id if live_route else None, template.id
            )
            to_add = self._card_hits(s, [t.card_id for t, _ in new])
            already = self._card_hits(s, present)
            target = None
            has_target = live_route is not None and live_route.target_credential_id is not None
            if template.credential_id is not None and not has_target:
                target = s.scalar(
                    select(CredentialDefinition.name).where(
                        CredentialDefinition.id == template.credential_id
                    )
                )
            return TemplatePlan(template.name, tuple(to_add), tuple(already), target)

    def remove_items_from_route(self, item_ids: Sequence[uuid.UUID]) -> None:
        """Take several items out of one route at once (tombstones), e.g. undoing a template.
        An item already taken out (in another window, or by a sync) is left as it is, so
        undoing a template still takes out the rest."""
        self._allow("route")
        with self._write("route.kaarten_verwijderen", "route_item") as (s, audit):
            for item_id in item_ids:
                item = s.get(RouteItem, item_id)  # a tombstone too, which get() would refuse
                if item is None:
                    raise NotFound("Dit onderdeel van de route bestaat niet.")
                self._student(s, routes.route_of(s, item).student_id)
                item.deleted = True
                audit.partition = item.partition
            audit.summary = f"{len(item_ids)} kaarten uit de route"

    def restore_route_items(self, item_ids: Sequence[uuid.UUID]) -> None:
        """Undo a removal: the items are back with their status, phase and place."""
        self._allow("route")
        with self._write("route.terugzetten", "route_item") as (s, audit):
            for item_id in item_ids:
                item = s.get(RouteItem, item_id)  # a tombstone, which get() would refuse
                if item is None:
                    raise NotFound("Dit onderdeel van de route bestaat niet.")
                self._student(s, routes.route_of(s, item).student_id)
                routes.restore_item(item)
                audit.entity_id, audit.partition = item.id, item.partition
            audit.summary = f"{len(item_ids)} kaarten terug in de route"

    def set_route_target(self, student_id: uuid.UUID, credential_id: uuid.UUID | None) -> None:
        self._allow("route")
        with self._write("route.doel", "route") as (s, audit):
            student = self._student(s, student_id)
            routes.set_target(s, student, credential_id)
            audit.partition, audit.entity_id = student.partition, credential_id

    def update_item_version(self, item_id: uuid.UUID) -> int:
        self._allow("route")
        with self._write("route.nieuwe_versie", "route_item") as (s, audit):
            item = get(s, RouteItem, item_id)
            self._student(s, routes.route_of(s, item).student_id)
            version = routes.update_to_latest(s, item)
            audit.entity_id, audit.partition = item.id, item.partition
            audit.summary = f"versie {version}"
        return version

    # -- progress -----------------------------------------------------------------------

    def record_observation(
        self,
        student_id: uuid.UUID,
        element_id: uuid.UUID,
        level: Level,
        *,
        setting: Setting = Setting.SCHOOL,
        observed_on: date | None = None,
        observed_by: uuid.UUID | None = None,
        remark: str = "",
        self_assessment: bool = False,
    ) -> uuid.UUID:
        self._allow("record")
        with self._write("observatie.vastleggen", "observation") as (s, audit):
            student = self._student(s, student_id)
            obs = recording.observe(
                s,
                student,
                element_id,
                Level(level),
                setting=Setting(setting),
                observed_by=observed_by or self.actor,
                observed_on=observed_on or self._today(),
                today=self._today(),
                remark=remark,
                self_assessment=self_assessment,
            )
            audit.entity_id, audit.partition = obs.id, student.partition
            audit.summary = f"{Level(level).label} ({Setting(setting).value})"
        return obs.id

    def correct_observation(
        self, observation_id: uuid.UUID, level: Level | None, remark: str = ""
    ) -> uuid.UUID:
        """A corrected level supersedes the observation; level None withdraws it (undo)."""
        action = "observatie.intrekken" if level is None else "observatie.corrigeren"
        self._allow("record")
        with self._write(action, "observation") as (s, audit):
            original = get(s, Observation, observation_id)
            self._student(s, original.student_id)
            self._own_fact(s, "observation", original.id, original.recorded_by)
            new = recording.correct(
                s, original, level=level, by=self.actor, today=self._today(), remark=remark
            )
            audit.entity_id, audit.partition = new.id, new.partition
        return new.id

    def withdraw_observation(self, observation_id: uuid.UUID) -> uuid.UUID:
        return self.correct_observation(observation_id, None)

    def observations(self, student_id: uuid.UUID) -> list[ObservationView]:
        """Active observations, newest first."""
        with self._read() as s:
            self._student(s, student_id)
            rows = s.execute(
                select(
                    Observation.id,
                    Observation.element_id,
                    Observation.level,
                    Observation.setting,
                    Observation.observed_on,
                    Staff.name,
                    Observation.remark,
                    Observation.self_assessment,
                )
                .outerjoin(Staff, Staff.id == Observation.observed_by)
                .where(Observation.student_id == student_id, active_observations())
                .order_by(Observation.observed_on.desc(), Observation.recorded_at.desc())
            )
            return [ObservationView(r[0], r[1], Level(r[2]), *r[3:]) for r in rows]

    def observed_elements(self, student_id: uuid.UUID) -> dict[uuid.UUID, str]:
        """'GRN-WO-02 criterium 3: Je giet ...' for every step or criterion the student's
        observations name (also one of a card no longer in the route), in one query: the
        text beside each observation in a printed report."""
        with self._read() as s:
            self._student(s, student_id)
            named = select(Observation.element_id).where(Observation.student_id == student_id)
            rows = s.execute(
                select(
                    CardElement.id,
                    Card.code,
                    CardElement.kind,
                    CardElement.position,
                    CardElement.text,
                )
                .join(CardVersion, CardVersion.id == CardElement.card_version_id)
                .join(Card, Card.id == CardVersion.card_id)
                .where(CardElement.id.in_(named))
            )
            return {
                eid: f"{code} {ElementKind(kind).value} {position}: {text}"
                for eid, code, kind, position, text in rows
            }

    # -- phases and the student's voice (model/phases.py, model/voice.py) ----------------

    def change_phase(
        self, student_id: uuid.UUID, to_phase: int, reason: str, changed_on: date | None = None
    ) -> uuid.UUID:
        """Move a student to another phase: a recorded fact (who, when, why) and
        student.phase, in one transaction. School staff only (policy 'school')."""
        self._allow("school")
        on = changed_on or self._today()
        if on > self._today():
            raise InvalidInput(
                f"De datum van de faseovergang ligt in de toekomst ({date_text(on)})."
            )
        with self._write("fase.wijzigen", "phase_change") as (s, audit):
            student = self._student(s, student_id)
            fact = phases.change(s, student, to_phase, reason, by=self.actor, on=on)
            audit.entity_id, audit.partition = fact.id, student.partition
            audit.summary = f"fase {fact.from_phase} -> {fact.to_phase}"
        return fact.id

    def phase_history(self, student_id: uuid.UUID) -> list[phases.PhaseChangeView]:
        """The student's phase changes, oldest first."""
        with self._read() as s:
            self._student(s, student_id)
            return phases.history(s, student_id)

    def self_assessments(self, student_id: uuid.UUID) -> dict[uuid.UUID, Level]:
        """element id -> the student's own latest level ("Zelf: met hulp")."""
        with self._read() as s:
            self._student(s, student_id)
            return voice.own_levels(s, student_id)

    def add_goal(
        self,
        student_id: uuid.UUID,
        text: str,
        life_domain: voice.LifeDomain | str | None = None,
    ) -> uuid.UUID:
        """'Wat wil ik?': a goal in the student's words, set with the student."""
        self._allow("school")
        with self._write("doel.toevoegen", "student_goal") as (s, audit):
            student = self._student(s, student_id)
            goal = voice.add_goal(s, student, text, life_domain, by=self.actor, on=self._today())
            audit.entity_id, audit.partition = goal.id, student.partition
            audit.summary = goal.life_domain.value if goal.life_domain else ""  # never the text
        return goal.id

    def edit_goal(self, goal_id: uuid.UUID, text: str) -> None:
        self._allow("school")
        with self._write("doel.wijzigen", "student_goal") as (s, audit):
            goal = get(s, voice.StudentGoal, goal_id)
            self._student(s, goal.student_id)
            voice.edit_goal(goal, text)
            audit.entity_id, audit.partition = goal.id, goal.partition

    def remove_goal(self, goal_id: uuid.UUID) -> None:
        """The student no longer wants it (or reached it): a tombstone."""
        self._allow("school")
        with self._write("doel.verwijderen", "student_goal") as (s, audit):
            goal = get(s, voice.StudentGoal, goal_id)
            self._student(s, goal.student_id)
            goal.deleted = True
            audit.entity_id, audit.partition = goal.id, goal.partition

    def goals(self, student_id: uuid.UUID) -> list[voice.GoalView]:
        """The student's goals; a jobcoach sees those about werk and leren only."""
        with self._read() as s:
            self._student(s, student_id)
            return voice.goals(s, student_id, self._goal_domains())

    def _goal_domains(self) -> frozenset[str] | None:
        if self.user is not None and self.user.role == Role.JOBCOACH:
            return voice.WORK_DOMAINS
        return None

    def add_reflection(
        self,
        student_id: uuid.UUID,
        text: str,
        *,
        said_on: date | None = None,
        route_item_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """What the student said, in their own words, kept as typed (a Fact)."""
        self._allow("record")
        with self._write("reflectie.vastleggen", "reflection") as (s, audit):
            student = self._student(s, student_id)
            fact = voice.add_reflection(
                s,
                student,
                text,
                said_on=said_on or self._today(),
                today=self._today(),
                by=self.actor,
                route_item_id=route_item_id,
            )
            audit.entity_id, audit.partition = fact.id, student.partition
        return fact.id

    def withdraw_reflection(self, reflection_id: uuid.UUID) -> uuid.UUID:
        self._allow("record")
        with self._write("reflectie.intrekken", "reflection") as (s, audit):
            original = get(s, voice.Reflection, reflection_id)
            self._student(s, original.student_id)
            self._own_fact(s, "reflection", original.id, original.recorded_by)
            undo = voice.withdraw_reflection(s, original, self.actor)
            audit.entity_id, audit.partition = undo.id, undo.partition
        return undo.id

    def reflections(self, student_id: uuid.UUID) -> list[voice.ReflectionView]:
        with self._read() as s:
            self._student(s, student_id)
            return voice.reflections(s, student_id)

    def student_view(self, student_id: uuid.UUID) -> voice.StudentView:
        """The student view's one read: this student's route in "ik" words, and nothing
        of anyone else (voice.StudentView)."""
        with self._read() as s:
            student = self._student(s, student_id)
            found = voice.student_view(s, student)
            domains = self._goal_domains()
            if domains is not None:
                shown = voice.goals(s, student_id, domains)
                found = dataclasses.replace(found, goals=tuple(g.text for g in shown))
            return found

    def log_hours(
        self,
        placement_id: uuid.UUID,
        worked_on: date,
        hours: float,
        remark: str = "",
        *,
        absent: bool = False,
    ) -> uuid.UUID:
        """Hours worked on a day, or (absent) a day the student was not there: 0 hours."""
        minutes = round(hours * 60)
        self._allow("record")
        with self._write("uren.vastleggen", "hours_entry") as (s, audit):
            placement = get(s, Placement, placement_id)
            self._student(s, placement.student_id)
            entry = recording.log_hours(
                s,
                placement,
                worked_on,
                minutes,
                by=self.actor,
                today=self._today(),
                remark=remark,
                absent=absent,
            )
            audit.entity_id, audit.partition = entry.id, entry.partition
            audit.summary = f"{entry.minutes} minuten op {worked_on.isoformat()}"
        return entry.id

    def correct_hours(
        self,
        entry_id: uuid.UUID,
        hours: float,
        remark: str | None = None,
        *,
        absent: bool = False,
    ) -> uuid.UUID:
        """A corrected number of hours for the same day: a new entry that supersedes the
        old one (a jobcoach corrects only their own)."""
        minutes = round(hours * 60)
        self._allow("record")
        with self._write("uren.corrigeren", "hours_entry") as (s, audit):
            entry = get(s, HoursEntry, entry_id)
            self._student(s, entry.student_id)
            self._own_fact(s, "hours_entry", entry.id, entry.recorded_by)
            new = recording.correct_hours(
                s, entry, minutes, by=self.actor, today=self._today(), remark=remark, absent=absent
            )
            audit.entity_id, audit.partition = new.id, new.partition
            audit.summary = f"{entry.minutes} -> {new.minutes} minuten op {entry.worked_on}"
        return new.id

    def hours_entries(self, student_id: uuid.UUID) -> list[HoursView]:
        """The student's active hours entries (not withdrawn or superseded), newest day
        first: what the hours total counts, and what a correction replaces."""
        with self._read() as s:
            self._student(s, student_id)
            rows = s.execute(
                select(
                    HoursEntry.id,
                    HoursEntry.placement_id,
                    Company.name,
                    HoursEntry.worked_on,
                    HoursEntry.minutes,
                    HoursEntry.remark,
                    Staff.name,
                )
                .join(Placement, Placement.id == HoursEntry.placement_id)
                .join(Company, Company.id == Placement.company_id)
                .outerjoin(Staff, Staff.id == HoursEntry.recorded_by)
                .where(
                    HoursEntry.student_id == student_id,
                    active_facts(HoursEntry),
                )
                .order_by(HoursEntry.worked_on.desc(), HoursEntry.recorded_at.desc())
            )
            return [HoursView(*r) for r in rows]

    def withdraw_hours(self, entry_id: uuid.UUID) -> uuid.UUID:
        self._allow("record")
        with self._write("uren.intrekken", "hours_entry") as (s, audit):
            entry = get(s, HoursEntry, entry_id)
            self._student(s, entry.student_id)
            self._own_fact(s, "hours_entry", entry.id, entry.recorded_by)
            undo = recording.withdraw_hours(s, entry, self.actor)
            audit.entity_id, audit.partition = undo.id, undo.partition
        return undo.id

    def add_note(
        self,
        student_id: uuid.UUID,
        text: str,
        category: NoteCategory,
        *,
        follow_up_on: date | None = None,
        topic: str = "",
    ) -> uuid.UUID:
        self._allow("record")
        if self.user is not None and NoteCategory(category) not in self.user.note_categories:
            raise AccessDenied(access.CARE_ONLY_SCHOOL)
        with self._write("notitie.toevoegen", "note") as (s, audit):
            student = self._student(s, student_id)
            note = recording.add_note(
                s,
                student,
                text,
                NoteCategory(category),
                by=self.actor,
                follow_up_on=follow_up_on,
                today=self._today(),
                topic=topic,
            )
            audit.entity_id, audit.partition = note.id, student.partition
            audit.summary = NoteCategory(category).value  # never the text: audit is wide
        return note.id

    def notes(
        self, student_id: uuid.UUID, categories: tuple[NoteCategory, ...] = tuple(NoteCategory)
    ) -> list[NoteView]:
        """Notes of the given categories, newest first; a jobcoach sees only 'werk'."""
        if self.user is not None:
            categories = tuple(c for c in categories if c in self.user.note_categories)
        with self._read() as s:
            self._student(s, student_id)
            rows = s.execute(
                select(
                    Note.id,
                    Note.category,
                    Note.text,
                    Staff.name,
                    Note.recorded_at,
                    Note.follow_up_on,
                )
                .outerjoin(Staff, Staff.id == Note.recorded_by)
                .where(
                    Note.student_id == student_id,
                    active_facts(Note),
                    Note.category.in_(categories),
                )
                .order_by(Note.recorded_at.desc())
            )
            return [NoteView(*r) for r in rows]

    def still_to_practise(self, student_id: uuid.UUID) -> list[PractiseItem]:
        with self._read() as s:
            self._student(s, student_id)
            route = practice.route_view(s, student_id)
            elements = practice._elements_by_version(
                s, {(i.card_id, i.version) for i in route.items}
            )
            levels = practice.latest_levels(s, student_id)
            return practice.still_to_practise(route, elements, levels)

    def observation_sheet(self, student_id: uuid.UUID) -> ObservationSheet:
        """One student's Observeren page in one read (three queries, whatever the length
        of the route): see ObservationSheet."""
        with self._read() as s:
            self._student(s, student_id)
            route = practice.route_view(s, student_id)
            elements = practice._elements_by_version(
                s, {(i.card_id, i.version) for i in route.items}
            )
            levels = practice.latest_levels(s, student_id)
            own = voice.own_levels(s, student_id)
        cards = tuple(
            SheetCard(item, tuple(SheetElement(e.id, e.kind, e.position, e.text) for e in found))
            for item in route.items
            if (found := elements.get((item.card_id, item.version)))
        )
        return ObservationSheet(
            student_id,
            cards,
            {element: level for element, (level, _on) in levels.items()},
            frozenset(
                e.id
                for card in cards
                for e in card.elements
                if levels.get(e.id, (None,))[0] is not Level.INDEPENDENT
            ),
            own,
        )

    def progress(self, student_id: uuid.UUID) -> ProgressReport:
        with self._read() as s:
            self._student(s, student_id)
            return practice.progress_report(s, student_id)

    def student_chart(self, student_id: uuid.UUID, weeks: int = 12) -> overview.StudentChart:
        """Observations per week and levels per phase, for the progress chart."""
        with self._read() as s:
            self._student(s, student_id)
            return overview.student_chart(s, student_id, self._today(), weeks)

    def group_cards(self, group_id: uuid.UUID) -> list[overview.GroupCard]:
        with self._read() as s:
            get(s, Group, group_id)
            return overview.group_cards(s, group_id, self._visible(s))

    def class_grid(
        self, group_id: uuid.UUID, card_id: uuid.UUID | None = None
    ) -> overview.ClassGrid:
        """The class overview: the group's students x a card's steps and criteria (or x
        the group's cards); a jobcoach sees only their own students."""
        with self._read() as s:
            get(s, Group, group_id)
            if card_id is not None:
                get(s, Card, card_id)
            return overview.class_grid(s, group_id, card_id, self._visible(s))

    def _visible(self, session: Session) -> set[uuid.UUID] | None:
        jobcoach = self.user is not None and self.user.role == Role.JOBCOACH
        return self._coached(session) if jobcoach else None

    def eligibility(self, student_id: uuid.UUID, credential_id: uuid.UUID) -> Eligibility:
        with self._read() as s:
            self._student(s, student_id)
            get(s, CredentialDefinition, credential_id)
            return practice.eligibility(s, student_id, credential_id)

    def issue_credential(
        self,
        student_id: uuid.UUID,
        credential_id: uuid.UUID,
        issued_on: date | None = None,
        *,
        issuer_name: str | None = None,
        reference: str = "",
        issuer: IssuerKind | None = None,
        on_issued: Callable[[Session, IssuedCredential], None] | None = None,
    ) -> uuid.UUID:
        """Put a credential in the portfolio, with its evidence and its issuing body
        (issuing.py: the school issues a praktijkbewijs; for a branchecertificaat, a
        praktijkverklaring or a diploma the school records that the branch or the mbo
        school issued it, by name, with the certificate number). Refuses when the student
        is not eligible or already has it. on_issued runs in the same transaction once the
        credential and its evidence are flushed (awarding.py); if it fails, nothing is
        issued."""
        self._allow("credentials")
        with self._write("kwalificatie.uitreiken", "issued_credential") as (s, audit):
            student = self._student(s, student_id)
            issued = awarding.issue_credential(
                s,
                student,
                credential_id,
                today=self._today(),
                issued_on=issued_on,
                issuer_name=issuer_name,
                reference=reference,
                issuer=issuer,
                recorded_by=self.actor,
                on_issued=on_issued,
            )
            credential = get(s, CredentialDefinition, issued.credential_id)
            audit.entity_id, audit.partition = issued.id, student.partition
            audit.summary = f"{credential.name} voor {student.full_name} ({issued.issuer_name})"
        return issued.id

    # -- assessment (docs/domain.md "Credentials"; logic in assessing.py) ------------------

    def assessment_form(self, student_id: uuid.UUID, credential_id: uuid.UUID) -> AssessmentForm:
        """What the assessment dialog offers for this credential's eindwerkopdracht."""
        with self._read() as s:
            student = self._student(s, student_id)
            credential = get(s, CredentialDefinition, credential_id)
            if credential.assessed_by_card_id is None:
                raise InvalidInput(
                    f"{credential.name} wordt niet met een eindwerkopdracht beoordeeld."
                )
            route = practice.route_view(s, student.id)
            card = get(s, Card, credential.assessed_by_card_id)
            version = assessing.route_version(s, card.id, route)
            title = s.scalar(
                select(CardVersion.title).where(
                    CardVersion.card_id == card.id, CardVersion.number == version
                )
            )
            criteria = tuple(
                (e.id, e.text) for e in practice.assessment_elements(s, credential, route)
            )
            staff = tuple(
                (sid, name)
                for sid, name in s.execute(
                    select(Staff.id, Staff.name)
                    .where(
                        Staff.school_id == student.school_id,
                        Staff.deleted.is_(False),
                        Staff.role.in_([Role.TEACHER, Role.ADMIN]),
                    )
                    .order_by(Staff.name)
                )
            )
            results = assessing.latest_results(s, student.id)
            passed = frozenset(eid for eid, _ in criteria if eid in results and results[eid].passed)
            return AssessmentForm(
                student.id,
                student.full_name,
                credential.id,
                credential.name,
                card.id,
                card.code,
                title or "",
                version,
                criteria,
                staff,
                assessing.supervisors(s, student.id),
                passed,
            )

    def record_assessment(
        self,
        student_id: uuid.UUID,
        card_id: uuid.UUID,
        card_version: int,
        held_on: date,
        assessors: Sequence[assessing.Assessor],
        results: dict[uuid.UUID, bool],
        *,
        place: str = "",
        remark: str = "",
        replaces: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """An assessment moment (planned when its day is still to come) with its
        assessors and a result per criterion: behaald or niet behaald."""
        self._allow("credentials")
        with self._write("beoordeling.vastleggen", "assessment") as (s, audit):
            student = self._student(s, student_id)
            found = assessing.record_assessment(
                s,
                student,
                card_id,
                card_version,
                held_on,
                assessors,
                results,
                place=place,
                remark=remark,
                by=self.actor,
                today=self._today(),
                replaces=replaces,
            )
            audit.entity_id, audit.partition = found.id, student.partition
            passed = sum(1 for ok in results.values() if ok)
            audit.summary = (
                f"{student.full_name}: {passed} van {len(results)} behaald op {date_text(held_on)}"
            )
        return found.id

    def withdraw_assessment(self, assessment_id: uuid.UUID) -> uuid.UUID:
        """Withdraw an assessment: its results no longer count (an issued credential
        stays, as every fact does)."""
        self._allow("credentials")
        with self._write("beoordeling.intrekken", "assessment") as (s, audit):
            found = s.get(Assessment, assessment_id)
            if found is None:
                raise NotFound("Deze beoordeling bestaat niet.")
            student = self._student(s, found.student_id)
            undo = assessing.withdraw_assessment(s, found, self.actor)
            audit.entity_id, audit.partition = undo.id, student.partition
        return undo.id

    def assessments(self, student_id: uuid.UUID) -> list[AssessmentView]:
        with self._read() as s:
            self._student(s, student_id)
            return assessing.assessments(s, student_id, self._today())

    def exam_parts(self, student_id: uuid.UUID, credential_id: uuid.UUID) -> list[ExamPartView]:
        """A diploma's other exam parts and whether (when, where) each is passed."""
        with self._read() as s:
            self._student(s, student_id)
            get(s, CredentialDefinition, credential_id)
            return assessing.exam_part_views(s, student_id, credential_id)

    def record_exam_part(
        self, student_id: uuid.UUID, exam_part_id: uuid.UUID, passed_on: date, examined_by: str
    ) -> uuid.UUID:
        """Record that an exam part of a diploma was passed at the mbo school."""
        self._allow("credentials")
        with self._write("examenonderdeel.vastleggen", "exam_part_result") as (s, audit):
            student = self._student(s, student_id)
            part = s.get(CredentialExamPart, exam_part_id)
            if part is None:
                raise NotFound("Dit examenonderdeel bestaat niet.")
            row = assessing.record_exam_part(
                s, student, part, passed_on, examined_by, by=self.actor, today=self._today()
            )
            audit.entity_id, audit.partition = row.id, student.partition
            audit.summary = f"{part.name} voor {student.full_name}"
        return row.id

    # -- sync conflicts -------------------------------------------------------------------

    def conflicts(self, include_resolved: bool = False) -> list[replica.ConflictRow]:
        """Losing sides of concurrent edits, for a teacher to review (docs/sync.md); a
        jobcoach sees only those about their own students."""
        with self._read() as s:
            found = replica.conflicts(s.connection(), include_resolved)
            if self.user is not None and self.user.role == Role.JOBCOACH:
                mine = {sid.hex for sid in self._coached(s)}
                found = [
                    c
                    for c in found
                    if "/student/" not in c.partition or c.partition.rsplit("/", 1)[1] in mine
                ]
            return found

    def resolve_conflict(
        self, conflict_id: str, *, keep_losing: bool = False, merged: str | None = None
    ) -> None:
        """Close a conflict: keep what won, put the losing value back, or save a merged
        text (for text fields). Both of the last are a new edit that travels to every
        replica like any other."""
        self._allow("conflicts")
        with self._write("conflict.oplossen", "sync_conflict") as (s, audit):
            con = s.connection()
            found = {c.id: c for c in replica.conflicts(con, include_resolved=True)}
            conflict = found.get(conflict_id.strip().lower())
            if conflict is None:
                raise NotFound(f"Er is geen conflict {conflict_id!r}.")
            if conflict.resolved:
                raise InvalidInput("Dit conflict is al opgelost.")
            if merged is not None and not conflict.mergeable:
                raise InvalidInput("Alleen vrije tekst kan worden samengevoegd.")
            if (keep_losing or merged is not None) and conflict.kind == "verwijderd":
                replica.set_field(con, conflict.tbl, conflict.pk, "deleted", 0)
            if merged is not None:
                replica.set_field(con, conflict.tbl, conflict.pk, conflict.col, merged)
                how = "samengevoegd"
            elif keep_losing:
                replica.set_field(
                    con, conflict.tbl, conflict.pk, conflict.col, conflict.losing_value
                )
                how = "verliezer"
            else:
                how = "winnaar"
            replica.mark_resolved(con, conflict.id, how)
            audit.entity_id, audit.partition = uuid.UUID(conflict.id), conflict.partition
            audit.summary = f"{conflict.tbl}.{conflict.col}: {how}"

    def portfolio(self, student_id: uuid.UUID) -> list[PortfolioEntry]:
        with self._read() as s:
            self._student(s, student_id)
            return awarding.portfolio(s, student_id)

    # -- signed proofs of issued credentials (model/proofs.py, jw_desktop/proof) ------------

    def issue_signed(
        self,
        student_id: uuid.UUID,
        credential_id: uuid.UUID,
        sign: proofs.Sign,
        issued_on: date | None = None,
        *,
        issuer_name: str | None = None,
        reference: str = "",
        issuer: IssuerKind | None = None,
    ) -> uuid.UUID:
        """issue_credential, and sign(facts) stores its proof in the same transaction: a
        signature that fails leaves no credential behind."""
        return self.issue_credential(
            student_id,
            credential_id,
            issued_on,
            issuer_name=issuer_name,
            reference=reference,
            issuer=issuer,
            on_issued=proofs.signing(sign),
        )

    def issued_facts(self, issued_id: uuid.UUID) -> proofs.IssuedFacts:
        """What the signed form of an issued credential says."""
        with self._read() as s:
            self._student(s, get(s, IssuedCredential, issued_id).student_id)
            return proofs.facts(s, issued_id)

    def credential_proof(self, issued_id: uuid.UUID) -> proofs.ProofRecord | None:
        """The stored proof of an issued credential, None when it was never signed."""
        with self._read() as s:
            self._student(s, get(s, IssuedCredential, issued_id).student_id)
            return proofs.proof_of(s, issued_id)

    def add_credential_proof(self, issued_id: uuid.UUID, record: proofs.ProofRecord) -> None:
        """Store the proof of a credential issued before it was signed (the demo, older
        records); refused when it has one."""
        self._allow("credentials")
        with self._write("kwalificatie.ondertekenen", "credential_proof") as (s, audit):
            issued = get(s, IssuedCredential, issued_id)
            self._student(s, issued.student_id)
            proofs.add_proof(s, issued_id, record)
            audit.entity_id, audit.partition = proofs.proof_id_for(issued_id), issued.partition
            audit.summary = f"ondertekend door apparaat {record.signer_device}"

    def proofs_signed_by(self, devices: Sequence[str]) -> list[proofs.ProofRecord]:
        """The stored proofs these devices signed (a trust list keeps those of a revoked
        laptop that the school holds)."""
        with self._read() as s:
            return proofs.proofs_signed_by(s, list(devices))

    def withdrawn_credentials(self) -> list[uuid.UUID]:
        """Issued credentials that no longer count (withdrawn or superseded): a trust list
        names them as revoked."""
        with self._read() as s:
            replaced = select(IssuedCredential.supersedes_id).where(
                IssuedCredential.supersedes_id.is_not(None)
            )
            rows = s.scalars(
                select(IssuedCredential.id).where(
                    (IssuedCredential.withdrawn.is_(True))
                    | IssuedCredential.id.in_(replaced.scalar_subquery())
                )
            )
            return sorted(rows)

    # issue 11 h4: the certificate of an issued credential starts from its id alone
    def issued_student(self, issued_id: uuid.UUID) -> uuid.UUID:
        """The student an issued credential belongs to (NotFound, or AccessDenied for a
        student this user may not see)."""
        with self._read() as s:
            issued = get(s, IssuedCredential, issued_id)
            return self._student(s, issued.student_id).id


def _first_words(text: str, words: int = 6) -> str:
    """The start of a note for a reason in the student list: 'Gesprek met moeder over
    slapen en …'."""
    found = text.split()
    return " ".join(found[:words]) + (" …" if len(found) > words else "")


def _required(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise InvalidInput(f"{what} mag niet leeg zijn.")
    return value


def _check_phase(phase: int) -> None:
    if not 1 <= phase <= 6:
        raise InvalidInput("De fase moet 1 tot en met 6 zijn.")


__all__ = ["SchoolStore"]
