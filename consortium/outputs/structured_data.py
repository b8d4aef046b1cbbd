"""schema.org JSON-LD for the pages search engines and aggregators read: programs as Course with
a CourseInstance, events as EducationEvent (a festival or science week as Event), competitions as
Event with a sub-event per stage, institutions as EducationalOrganization or its subtypes.

Only what the page states is said: a missing price, date or place is left out, never guessed."""

from ..models import CompetitionPage, EventPage, InstitutionPage, ProgramPage, SchoolPage
from ..models.vocabularies import AttendanceMode, EventStatus, EventType, Format, InstitutionKind

ORGANIZATION_TYPES = {
    InstitutionKind.UNIVERSITY: "CollegeOrUniversity",
    InstitutionKind.SCHOOL: "HighSchool",
    InstitutionKind.PARTNER: "Organization",
}
GENERAL_EVENTS = (EventType.FESTIVAL, EventType.SCIENCE_WEEK, EventType.OPEN_DAY)
EVENT_STATUS = {
    EventStatus.SCHEDULED: "EventScheduled",
    EventStatus.CANCELLED: "EventCancelled",
    EventStatus.POSTPONED: "EventPostponed",
    EventStatus.MOVED_ONLINE: "EventMovedOnline",
}
ATTENDANCE = {
    AttendanceMode.OFFLINE: "OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "OnlineEventAttendanceMode",
    AttendanceMode.MIXED: "MixedEventAttendanceMode",
}
COURSE_MODES = {Format.IN_PERSON: "onsite", Format.ONLINE: "online", Format.BLENDED: "blended"}
STAGE_ATTENDANCE = {
    Format.IN_PERSON: "OfflineEventAttendanceMode",
    Format.ONLINE: "OnlineEventAttendanceMode",
    Format.BLENDED: "MixedEventAttendanceMode",
}
SCHEMA = "https://schema.org/"


def structured_data(page, request):
    """The JSON-LD object of `page`, or None for pages schema.org has nothing specific for."""
    for model, describe in DESCRIBERS:
        if isinstance(page, model):
            return {"@context": "https://schema.org", **describe(page, request)}
    return None


def compact(data):
    """`data` without empty values (None, "", [], {})."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def common(page, request, kind):
    url = page.get_full_url(request)
    return compact(
        {
            "@type": kind,
            "@id": url,
            "url": url,
            "name": page.title,
            "description": page.summary,
            "inLanguage": page.locale.language_code,
        }
    )


def place(venue):
    if venue is None:
        return None
    return compact(
        {
            "@type": "Place",
            "name": venue.name,
            "address": compact(
                {
                    "@type": "PostalAddress",
                    "streetAddress": venue.address,
                    "addressLocality": venue.city.name,
                    "addressCountry": "RU",
                }
            ),
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": float(venue.latitude),
                "longitude": float(venue.longitude),
            }
            if venue.latitude is not None and venue.longitude is not None
            else None,
        }
    )


def organizer(page, request):
    member = page.member
    if member is None:
        return None
    return {
        "@type": organization_type(member),
        "name": member.title,
        "url": member.get_full_url(request),
    }


def organization_type(member):
    if isinstance(member, SchoolPage):
        return "HighSchool"
    return ORGANIZATION_TYPES.get(member.kind, "EducationalOrganization")


def audience(page):
    if page.age_from is None and page.age_to is None:
        return None
    return compact(
        {
            "@type": "PeopleAudience",
            "suggestedMinAge": page.age_from,
            "suggestedMaxAge": page.age_to,
        }
    )


def describe_program(page, request):
    instance = compact(
        {
            "@type": "CourseInstance",
            "courseMode": COURSE_MODES.get(page.format),
            "location": place(page.venue),
            "courseWorkload": f"PT{page.hours}H" if page.hours else None,
        }
    )
    offer = None
    if page.payment == "free":
        offer = {"@type": "Offer", "price": 0, "priceCurrency": "RUB", "category": "Free"}
    elif page.price is not None:
        offer = {"@type": "Offer", "price": float(page.price), "priceCurrency": "RUB"}
    return {
        **common(page, request, "Course"),
        **compact(
            {
                "provider": organizer(page, request),
                "educationalLevel": page.get_level_display(),
                "about": page.focus.name if page.focus else None,
                "audience": audience(page),
                "hasCourseInstance": [instance],
                "offers": offer,
            }
        ),
    }


def describe_event(page, request):
    kind = "Event" if page.event_type in GENERAL_EVENTS else "EducationEvent"
    online = page.online_url and page.attendance_mode != AttendanceMode.OFFLINE
    locations = [place(page.venue) if page.attendance_mode != AttendanceMode.ONLINE else None]
    if online:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    return {
        **common(page, request, kind),
        **compact(
            {
                "startDate": page.starts_at.astimezone(page.zone).isoformat(),
                "endDate": page.ends_at.astimezone(page.zone).isoformat() if page.ends_at else None,
                "eventStatus": SCHEMA + EVENT_STATUS.get(page.status, "EventScheduled"),
                "eventAttendanceMode": SCHEMA + ATTENDANCE[page.attendance_mode],
                "location": [location for location in locations if location],
                "organizer": organizer(page, request),
                "audience": audience(page),
                "typicalAgeRange": page.age_rating,
            }
        ),
    }


def describe_competition(page, request):
    held = list(page.stages.all())
    stages = [
        compact(
            {
                "@type": "Event",
                "name": stage.name,
                "description": stage.description,
                "startDate": stage.starts_on.isoformat(),
                "endDate": stage.ends_on.isoformat() if stage.ends_on else None,
                "eventAttendanceMode": SCHEMA + STAGE_ATTENDANCE[stage.format],
                "location": compact({"@type": "Place", "name": stage.venue})
                if stage.venue
                else None,
            }
        )
        for stage in held
    ]
    dates = [stage.starts_on for stage in held]
    ends = [stage.ends_on or stage.starts_on for stage in held]
    return {
        **common(page, request, "Event"),
        **compact(
            {
                "startDate": min(dates).isoformat() if dates else None,
                "endDate": max(ends).isoformat() if ends else None,
                "organizer": organizer(page, request),
                "audience": audience(page),
                "subEvent": stages,
            }
        ),
    }


def describe_institution(page, request):
    return {
        **common(page, request, organization_type(page)),
        **compact(
            {
                "legalName": page.full_name,
                "telephone": page.phone,
                "email": page.email,
                "sameAs": [page.website] if page.website else None,
                "address": compact(
                    {
                        "@type": "PostalAddress",
                        "addressLocality": page.city.name,
                        "addressRegion": page.region.name,
                        "addressCountry": "RU",
                    }
                ),
            }
        ),
    }


DESCRIBERS = (
    (ProgramPage, describe_program),
    (EventPage, describe_event),
    (CompetitionPage, describe_competition),
    (InstitutionPage, describe_institution),  # SchoolPage is an InstitutionPage
)
