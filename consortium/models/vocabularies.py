"""Small closed vocabularies (TextChoices) shared by the content types."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class InstitutionKind(models.TextChoices):
    UNIVERSITY = "university", _("University")
    SCHOOL = "school", _("School")
    EDUCATION_CENTRE = "education_centre", _("Additional education centre")
    TECHNOPARK = "technopark", _("Children's technopark (Quantorium)")
    IT_CUBE = "it_cube", _("IT-cube")
    YOUTH_INNOVATION_CENTRE = "youth_innovation_centre", _("Youth innovation centre")
    SCIENCE_HOUSE = "science_house", _("House of Scientific Collaboration")
    CLUB = "club", _("Club (Kruzhok)")
    PARTNER = "partner", _("Partner company")


class FederalDistrict(models.TextChoices):
    CENTRAL = "central", _("Central")
    NORTHWESTERN = "northwestern", _("Northwestern")
    SOUTHERN = "southern", _("Southern")
    NORTH_CAUCASIAN = "north_caucasian", _("North Caucasian")
    VOLGA = "volga", _("Volga")
    URAL = "ural", _("Ural")
    SIBERIAN = "siberian", _("Siberian")
    FAR_EASTERN = "far_eastern", _("Far Eastern")


class Level(models.TextChoices):
    STARTER = "starter", _("Starter")
    BASIC = "basic", _("Basic")
    ADVANCED = "advanced", _("Advanced")


class Format(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    BLENDED = "blended", _("Blended")


class Payment(models.TextChoices):
    FREE = "free", _("Free")
    PAID = "paid", _("Paid")
    CERTIFICATE = "certificate", _("Personified financing certificate")


class EnrolmentStatus(models.TextChoices):
    OPEN = "open", _("Enrolment open")
    SOON = "soon", _("Enrolment opens soon")
    WAITLIST = "waitlist", _("Waiting list")
    CLOSED = "closed", _("Enrolment closed")


class EventType(models.TextChoices):
    LECTURE = "lecture", _("Lecture")
    WORKSHOP = "workshop", _("Workshop")
    MASTER_CLASS = "master_class", _("Master class")
    SEMINAR = "seminar", _("Seminar")
    FESTIVAL = "festival", _("Festival")
    SCIENCE_WEEK = "science_week", _("Science week")
    HACKATHON = "hackathon", _("Hackathon")
    OPEN_DAY = "open_day", _("Open day")
    BROADCAST = "broadcast", _("Broadcast")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")
    MOVED_ONLINE = "moved_online", _("Moved online")


class AttendanceMode(models.TextChoices):
    OFFLINE = "offline", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


class AgeRating(models.TextChoices):
    ZERO = "0+", "0+"
    SIX = "6+", "6+"
    TWELVE = "12+", "12+"
    SIXTEEN = "16+", "16+"
    EIGHTEEN = "18+", "18+"


class CompetitionTrack(models.TextChoices):
    JUNIOR = "junior", pgettext_lazy("competition track", "Junior")
    SCHOOL = "school", pgettext_lazy("competition track", "School")
    STUDENT = "student", pgettext_lazy("competition track", "Student")


class Participation(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual")
    TEAM = "team", _("Team")


class OlympiadLevel(models.TextChoices):
    NONE = "", _("Not in the olympiad list")
    FIRST = "1", _("Level I")
    SECOND = "2", _("Level II")
    THIRD = "3", _("Level III")


class ContentLanguage(models.TextChoices):
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")
