"""`POST /api/v1/lint/`: the taboo-question checker for outside tools (read-only, so API keys may call it)."""

from __future__ import annotations

from django.core.validators import RegexValidator
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from .models import Severity, Topic
from .services import LintError, lint_questions
from .services.lint import MAX_QUESTION_LENGTH, MAX_QUESTIONS

NOT_BLANK = RegexValidator(r"\S")


def _first_message(problems) -> str:
    """The first message of a field's errors: a list, or for a list field a dict of item index → list."""
    while isinstance(problems, dict | list) and problems:
        problems = next(iter(problems.values())) if isinstance(problems, dict) else problems[0]
    return str(problems)


class TextField(serializers.CharField):
    """A string and nothing else: DRF's CharField would turn a JSON number into text, which the schema forbids."""

    default_error_messages = {"not_text": gettext_lazy("Give text, not a number or another JSON value.")}

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("not_text")
        return super().to_internal_value(data)


class LintRequestSerializer(serializers.Serializer):
    # the fields are stripped: the pattern tells clients (and the schema) that blank is not a value
    region = TextField(help_text="Region code, e.g. US or DE.", validators=[NOT_BLANK])
    language = TextField(help_text="Language of the questions: en, zh-hans, de, pt, es or id.", validators=[NOT_BLANK])
    questions = serializers.ListField(
        child=TextField(max_length=MAX_QUESTION_LENGTH, allow_blank=True, trim_whitespace=False),
        min_length=1,
        max_length=MAX_QUESTIONS,
    )


class LintFindingSerializer(serializers.Serializer):
    topic = serializers.ChoiceField(choices=Topic.choices)
    severity = serializers.ChoiceField(choices=Severity.choices)
    explanation = serializers.CharField()
    suggestion = serializers.CharField()
    rule = serializers.CharField(help_text="The rule's key within its pack.")


class LintRulePackSerializer(serializers.Serializer):
    region = serializers.CharField()
    version = serializers.IntegerField()


class LintResultSerializer(serializers.Serializer):
    question = serializers.CharField()
    findings = LintFindingSerializer(many=True)


class LintResponseSerializer(serializers.Serializer):
    rule_pack = LintRulePackSerializer()
    results = LintResultSerializer(many=True)


class LintErrorBodySerializer(serializers.Serializer):
    code = serializers.CharField()
    message = serializers.CharField()


class LintErrorSerializer(serializers.Serializer):
    error = LintErrorBodySerializer()


def authentication_classes() -> list:
    """The settings' classes, plus the API-key class where the certification app provides one.

    Imported at request time, not at import, so this app works before (and without) certification.
    """
    classes = list(api_settings.DEFAULT_AUTHENTICATION_CLASSES)
    try:
        from certification.api_auth import ApiKeyAuthentication
    except ImportError:
        return classes
    return classes if ApiKeyAuthentication in classes else [ApiKeyAuthentication, *classes]


def error(code: str, message: str, status_code: int) -> Response:
    return Response({"error": {"code": code, "message": message}}, status=status_code)


class LintView(APIView):
    """Check interview questions against a region's latest published taboo rule pack."""

    # the check reads the rule pack and writes nothing, so read-only API keys may POST here
    allow_api_key_post = True

    def get_authenticators(self):
        return [cls() for cls in authentication_classes()]

    @extend_schema(
        operation_id="lint_questions",
        request=LintRequestSerializer,
        responses={200: LintResponseSerializer, **dict.fromkeys((400, 401, 404), LintErrorSerializer)},
        examples=[
            OpenApiExample(
                "Two questions",
                request_only=True,
                value={"region": "US", "language": "en", "questions": ["How old are you?", "Tell me about a project."]},
            )
        ],
        tags=["checker"],
    )
    def post(self, request):
        data = LintRequestSerializer(data=request.data)
        if not data.is_valid():
            field, problems = next(iter(data.errors.items()))
            return error("invalid_request", f"{field}: {_first_message(problems)}", status.HTTP_400_BAD_REQUEST)
        try:
            # /api/ has no language prefix, so the middleware keeps English: honour Accept-Language here
            shown_in = translation.get_language_from_request(request)
            body = lint_questions(**data.validated_data, display_language=shown_in)
        except LintError as e:
            return error(e.code, e.message, e.status)
        return Response(body)

    def handle_exception(self, exc):
        if isinstance(exc, exceptions.NotAuthenticated | exceptions.AuthenticationFailed):
            response = super().handle_exception(exc)
            code = "not_authenticated" if isinstance(exc, exceptions.NotAuthenticated) else "authentication_failed"
            response.data = {"error": {"code": code, "message": str(exc.detail)}}
            return response
        if isinstance(exc, exceptions.APIException):
            response = super().handle_exception(exc)
            response.data = {"error": {"code": exc.get_codes() if isinstance(exc.get_codes(), str) else "error",
                                       "message": str(exc.detail)}}  # fmt: skip
            return response
        return super().handle_exception(exc)

    def http_method_not_allowed(self, request, *args, **kwargs):
        raise exceptions.MethodNotAllowed(request.method, detail=_("Use POST."))
