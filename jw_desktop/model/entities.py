"""All mapped entities in one import, so metadata is complete wherever it is needed."""

from .assessment import Assessment, AssessmentAssessor, AssessmentResult, ExamPartResult
from .audit import AuditEntry
from .base import Base
from .catalogue import (
    Card,
    CardCompetence,
    CardComponent,
    CardElement,
    CardSector,
    CardVersion,
    Competence,
    CompetenceLink,
    Picture,
    Qualification,
    Sector,
    Theme,
)
from .contacts import Consent, StudentContact, StudentPlan
from .credentials import (
    CredentialCompetence,
    CredentialComponent,
    CredentialDefinition,
    CredentialExamPart,
)
from .people import Company, Group, Placement, School, Staff, Student, WorkplaceSupervisor
from .phases import PhaseChange
from .placements import HoursRequirement, PlacementGoal, RegionSector
from .portfolio import CredentialEvidence, IssuedCredential
from .progress import HoursEntry, Note, Observation
from .proofs import CredentialProof
from .route import Route, RouteItem, TemplateItem, TemplateRoute
from .sync_tables import SyncConflict
from .voice import Reflection, StudentGoal

__all__ = [
    "Assessment",
    "AssessmentAssessor",
    "AssessmentResult",
    "AuditEntry",
    "Base",
    "Card",
    "CardCompetence",
    "CardComponent",
    "CardElement",
    "CardSector",
    "CardVersion",
    "Company",
    "Competence",
    "CompetenceLink",
    "Consent",
    "CredentialCompetence",
    "CredentialComponent",
    "CredentialDefinition",
    "CredentialEvidence",
    "CredentialExamPart",
    "CredentialProof",
    "ExamPartResult",
    "Group",
    "HoursEntry",
    "HoursRequirement",
    "IssuedCredential",
    "Note",
    "Observation",
    "PhaseChange",
    "Picture",
    "Placement",
    "PlacementGoal",
    "Qualification",
    "Reflection",
    "RegionSector",
    "Route",
    "RouteItem",
    "School",
    "Sector",
    "Staff",
    "Student",
    "StudentContact",
    "StudentGoal",
    "StudentPlan",
    "SyncConflict",
    "TemplateItem",
    "TemplateRoute",
    "Theme",
    "WorkplaceSupervisor",
]
