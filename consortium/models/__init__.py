from .calendar import EventSequence
from .collections import CollectionPage
from .competitions import (
    CompetitionCatalogPage,
    CompetitionIndexPage,
    CompetitionPage,
    CompetitionStage,
)
from .events import EventCalendarPage, EventIndexPage, EventPage, EventSeriesPage
from .health import WorkerHeartbeat
from .media import ConsortiumImage, ConsortiumRendition
from .members import InstitutionLink, InstitutionPage, MemberDirectoryPage, SchoolPage
from .news import NewsCatalogPage, NewsIndexPage, NewsPage, NewsRelatedPage
from .pages import StandardPage
from .programs import ProgramCatalogPage, ProgramIndexPage, ProgramPage, ProgramScheduleSlot
from .sharing import InheritanceBlock
from .taxonomy import City, Focus, Network, Person, Profile, Region, Venue
from .workflow import MemberApprovalTask, ReviewReminder

__all__ = [
    "CollectionPage",
    "City",
    "CompetitionCatalogPage",
    "CompetitionIndexPage",
    "CompetitionPage",
    "CompetitionStage",
    "ConsortiumImage",
    "ConsortiumRendition",
    "EventCalendarPage",
    "EventIndexPage",
    "EventPage",
    "EventSequence",
    "EventSeriesPage",
    "Focus",
    "InheritanceBlock",
    "InstitutionLink",
    "InstitutionPage",
    "MemberApprovalTask",
    "MemberDirectoryPage",
    "Network",
    "NewsCatalogPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsRelatedPage",
    "Person",
    "Profile",
    "ProgramCatalogPage",
    "ProgramIndexPage",
    "ProgramPage",
    "ProgramScheduleSlot",
    "Region",
    "ReviewReminder",
    "SchoolPage",
    "StandardPage",
    "Venue",
    "WorkerHeartbeat",
]
