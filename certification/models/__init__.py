"""Certification records and the interviewing gate."""

from .api_keys import ApiKey
from .certificates import HOLDING_STATES, Certificate, Endorsement, ExpiryReminder, StatusChange
from .evidence import EvaluationRequest, Practical, PracticalScore, ShadowLog, SignOff
from .gate import InterviewAssignment, WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent
from .programmes import (
    LEVEL_RANK,
    Dimension,
    EvaluationForm,
    Level,
    PerformanceRating,
    PerformanceRecord,
    Programme,
    ProgrammeCourse,
    ProgrammeExam,
    RegionalModule,
)

__all__ = [
    "LEVEL_RANK",
    "HOLDING_STATES",
    "ApiKey",
    "Certificate",
    "Dimension",
    "Endorsement",
    "EvaluationForm",
    "EvaluationRequest",
    "ExpiryReminder",
    "InterviewAssignment",
    "Level",
    "PerformanceRating",
    "PerformanceRecord",
    "Practical",
    "PracticalScore",
    "Programme",
    "ProgrammeCourse",
    "ProgrammeExam",
    "RegionalModule",
    "ShadowLog",
    "SignOff",
    "StatusChange",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEvent",
]
