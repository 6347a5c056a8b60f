"""The gate's JSON API: /api/v1/eligibility/ and /api/v1/interviewers/ (shapes fixed in DESIGN.md)."""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import permissions, serializers
from rest_framework.generics import GenericAPIView
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from lms.api import ApiError, ClientRateThrottle
from lms.cache import get_many_and_count
from org import permissions as org_permissions
from org.models import Department, Region

from .api_auth import ApiKeyClient, presented_key
from .api_keys import known_here, prefix_of, version_key
from .gate import INTERVIEW_LEVELS, eligibility_from, eligible_people, interviewer_summary
from .gate_cache import lookup, lookup_keys, places

JSON = JSONRenderer()
ERROR = inline_serializer(
    "Error",
    {"error": inline_serializer("ErrorBody", {"code": serializers.CharField(), "message": serializers.CharField()})},
)


class ApiKeyOrStaff(permissions.BasePermission):
    """Outside systems with a key, and HR or department heads signed in; not every learner."""

    def has_permission(self, request, view):
        user = request.user
        return isinstance(user, ApiKeyClient) or org_permissions.is_hr(user) or org_permissions.is_department_head(user)


class ReasonSerializer(serializers.Serializer):
    code = serializers.CharField()
    message = serializers.CharField()


class CertificateSerializer(serializers.Serializer):
    code = serializers.CharField(source="certificate.code")
    programme = serializers.CharField(source="certificate.programme")
    level = serializers.CharField(source="certificate.level")
    departments = serializers.ListField(child=serializers.CharField())
    regions = serializers.ListField(child=serializers.CharField())
    valid_from = serializers.DateTimeField(source="certificate.valid_from")
    valid_until = serializers.DateTimeField(source="certificate.valid_until")
    status = serializers.CharField()


class EligibilitySerializer(serializers.Serializer):
    employee_id = serializers.CharField(source="person.employee_id")
    eligible = serializers.BooleanField()
    reasons = ReasonSerializer(many=True)
    certificates = CertificateSerializer(many=True)


def _iso(value, zone) -> str | None:
    """A time as DRF's DateTimeField writes it: ISO 8601 in the current time zone, "Z" for UTC."""
    if not value:
        return None
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def eligibility_data(answer) -> dict:
    """What `EligibilitySerializer(answer).data` gives, built directly: the serializer's field machinery cost a
    fifth of a cached call. `tests/certification/test_gate_cache.py` compares the two on every kind of answer."""
    zone = timezone.get_current_timezone()
    return {
        "employee_id": answer.person.employee_id,
        "eligible": answer.eligible,
        "reasons": [{"code": reason.code, "message": reason.message} for reason in answer.reasons],
        "certificates": [
            {
                "code": view.certificate.code,
                "programme": view.certificate.programme,
                "level": view.certificate.level,
                "departments": list(view.departments),
                "regions": list(view.regions),
                "valid_from": _iso(view.certificate.valid_from, zone),
                "valid_until": _iso(view.certificate.valid_until, zone),
                "status": view.status,
            }
            for view in answer.certificates
        ],
    }


class InterviewerSerializer(serializers.Serializer):
    employee_id = serializers.CharField()
    name = serializers.CharField()
    department = serializers.CharField()
    level = serializers.CharField()
    regions = serializers.ListField(child=serializers.CharField())
    valid_until = serializers.DateTimeField()


def _param(request, name: str, required: bool = True) -> str:
    value = request.query_params.get(name, "").strip()
    if required and not value:
        raise ApiError("missing_parameter", _("The parameter %(name)s is required.") % {"name": name}, status=400)
    return value


def _scope(request, codes=None) -> tuple[Department, Region, str]:
    """The department, region and level asked about (`codes`: departments and regions by code, if already read)."""
    departments, regions = codes or places()
    department = departments.get(_param(request, "department").upper())
    if department is None:
        raise ApiError("unknown_department", _("No department has that code."), status=400)
    region = regions.get(_param(request, "region").upper())
    if region is None:
        raise ApiError("unknown_region", _("No region has that code."), status=400)
    level = _param(request, "level", required=False) or "foundation"
    if level not in INTERVIEW_LEVELS:
        raise ApiError("invalid_level", _("The level must be foundation or senior."), status=400)
    user = request.user
    if not isinstance(user, ApiKeyClient) and not org_permissions.is_hr(user):
        if department.pk not in org_permissions.headed_department_ids(user):
            raise ApiError("permission_denied", _("You may ask only about the departments you head."), status=403)
    return department, region, level


# Required parameters are stripped and must not be blank: the schema says so, so generated clients know.
NOT_BLANK = {"type": "string", "pattern": r"\S"}
SCOPE_PARAMETERS = [
    OpenApiParameter("department", NOT_BLANK, required=True, description="Department code, e.g. SALES."),
    OpenApiParameter("region", NOT_BLANK, required=True, description="Region code, e.g. DE."),
    OpenApiParameter("level", OpenApiTypes.STR, enum=["foundation", "senior"], description="Default foundation."),
]


class EligibilityView(APIView):
    permission_classes = [permissions.IsAuthenticated, ApiKeyOrStaff]

    def initial(self, request, *args, **kwargs):
        self.read_ahead(request)
        super().initial(request, *args, **kwargs)

    def read_ahead(self, request) -> None:
        """Read what the call needs from the cache in one round trip, before DRF authenticates and throttles: the
        person's entry and tokens (`gate_cache.lookup_keys`), the API key's token and, for a key this process has
        already checked (so never for a forged one), the rate-limit count. Authentication, throttle and `get` then
        use `request.cache_found` and `request.counted` instead of asking the cache again."""
        employee_id = request.query_params.get("employee_id", "").strip()
        keys = lookup_keys(employee_id) if employee_id else []
        counter = None
        key = presented_key(request)
        prefix = prefix_of(key) if key else None
        if prefix is not None:
            keys.append(version_key(prefix))
            if known_here(key):
                counter = ClientRateThrottle().counter_for_api_key(prefix)
        found, count = get_many_and_count(cache, keys, *(counter or (None, 0)))
        request.cache_found = found
        if counter is not None:
            request.counted = (counter[0], count)

    @extend_schema(
        summary="May this person interview for the department, region and level, now or at a past time?",
        parameters=[
            OpenApiParameter("employee_id", NOT_BLANK, required=True, description="e.g. E0004"),
            *SCOPE_PARAMETERS,
            OpenApiParameter("at", OpenApiTypes.DATETIME, description="ISO 8601; default now."),
        ],
        responses={200: EligibilitySerializer, 400: ERROR, 401: ERROR, 403: ERROR, 404: ERROR},
    )
    def get(self, request):
        employee_id = _param(request, "employee_id")
        codes, facts = lookup(employee_id, request.cache_found)
        department, region, level = _scope(request, codes)
        at = None
        if raw := _param(request, "at", required=False):
            at = parse_datetime(raw.replace(" ", "+"))
            if at is None or at.tzinfo is None:
                raise ApiError("invalid_time", _("Give `at` as an ISO 8601 time with a time zone."), status=400)
        if facts is None:
            raise ApiError("unknown_employee", _("No person has that employee ID."), status=404)
        answer = eligibility_from(facts=facts, department=department, region=region, level=level, at=at)
        return self.json(request, eligibility_data(answer))

    @staticmethod
    def json(request, data):
        """The answer as DRF's JSONRenderer writes it; rendered here when plain JSON was accepted (nearly every
        call), which spares DRF's template-response machinery. Other accepted types (e.g. an indent) go to DRF."""
        if request.accepted_media_type == JSON.media_type:
            return HttpResponse(JSON.render(data), content_type=JSON.media_type)
        return Response(data)


class InterviewersView(GenericAPIView):
    permission_classes = [permissions.IsAuthenticated, ApiKeyOrStaff]
    serializer_class = InterviewerSerializer

    @extend_schema(
        summary="The people eligible now to interview for the department, region and level.",
        parameters=SCOPE_PARAMETERS,
        responses={200: InterviewerSerializer(many=True), 400: ERROR, 401: ERROR, 403: ERROR, 404: ERROR},
    )
    def get(self, request):
        department, region, level = _scope(request)
        page = self.paginate_queryset(eligible_people(department=department, region=region, level=level))
        rows = [interviewer_summary(person) for person in page]
        return self.get_paginated_response(InterviewerSerializer(rows, many=True).data)
