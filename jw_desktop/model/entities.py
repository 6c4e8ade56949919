"""All mapped entities in one import, so metadata is complete wherever it is needed."""

from .audit import AuditEntry
from .base import Base
from .catalogue import (
    Card,
    CardCompetence,
    CardComponent,
    CardElement,
    CardVersion,
    Competence,
    Picture,
    Qualification,
    Sector,
    Theme,
)
from .credentials import CredentialComponent, CredentialDefinition
from .people import Company, Group, Placement, School, Staff, Student, WorkplaceSupervisor
from .placements import HoursRequirement, PlacementGoal, RegionSector
from .portfolio import CredentialEvidence, IssuedCredential
from .progress import HoursEntry, Note, Observation
from .route import Route, RouteItem, TemplateItem, TemplateRoute
from .sync_tables import SyncConflict

__all__ = [
    "AuditEntry",
    "Base",
    "Card",
    "CardCompetence",
    "CardComponent",
    "CardElement",
    "CardVersion",
    "Company",
    "Competence",
    "CredentialComponent",
    "CredentialDefinition",
    "CredentialEvidence",
    "Group",
    "HoursEntry",
    "HoursRequirement",
    "IssuedCredential",
    "Note",
    "Observation",
    "Picture",
    "Placement",
    "PlacementGoal",
    "Qualification",
    "RegionSector",
    "Route",
    "RouteItem",
    "School",
    "Sector",
    "Staff",
    "Student",
    "SyncConflict",
    "TemplateItem",
    "TemplateRoute",
    "Theme",
    "WorkplaceSupervisor",
]
