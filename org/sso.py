"""Single sign-on with OpenID Connect (mozilla-django-oidc), beside local accounts.

An identity is mapped to an existing, active person by employee ID (claim named by OIDC_EMPLOYEE_ID_CLAIM) or
else by email. Unknown or deactivated people are refused: the organisation's people come from HR's import, never
from whoever the identity provider vouches for.
"""

from __future__ import annotations

from django.conf import settings
from mozilla_django_oidc.auth import OIDCAuthenticationBackend


def sso_enabled() -> bool:
    return bool(getattr(settings, "OIDC_RP_CLIENT_ID", ""))


class PeopleOIDCBackend(OIDCAuthenticationBackend):
    def __init__(self, *args, **kwargs):
        # Django instantiates every backend on every sign-in; without SSO configured this one stays inert.
        if sso_enabled():
            super().__init__(*args, **kwargs)

    def authenticate(self, request, **kwargs):
        if not sso_enabled():
            return None
        return super().authenticate(request, **kwargs)

    def filter_users_by_claims(self, claims):
        people = self.UserModel.objects.filter(is_active=True)
        employee_id = claims.get(getattr(settings, "OIDC_EMPLOYEE_ID_CLAIM", "employee_id"))
        if employee_id:
            match = people.filter(employee_id=employee_id)
            if match.exists():
                return match
        email = claims.get("email")
        if not email:
            return self.UserModel.objects.none()
        return people.filter(email__iexact=email)

    def create_user(self, claims):
        return None  # never create people from an identity; mozilla-django-oidc then refuses the sign-in

    def get_user(self, user_id):
        user = super().get_user(user_id) if sso_enabled() else None
        return user if user is not None and user.is_active else None
