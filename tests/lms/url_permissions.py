from tests.permissions import everyone, signed_in

ENTRIES = {
    "healthz": ("get", None, everyone(200)),
    "readyz": ("get", None, everyone(200)),
    "api-schema": ("get", None, everyone(200)),
    "api-docs": ("get", None, everyone(200)),
    "set_language": ("post", None, everyone(302)),
    # single sign-on is off unless configured (tests/org/test_sso.py and tests/e2e/test_sso_journey.py switch it on)
    "oidc_authentication_init": ("get", None, everyone(404)),
    "oidc_authentication_callback": ("get", None, everyone(404)),
    "home": ("get", None, everyone(200)),
    "login": ("get", None, signed_in(302, anonymous=200)),
    "logout": ("post", None, everyone(302)),
    "password_change": ("get", None, signed_in(200)),
    "password_change_done": ("get", None, signed_in(200)),
    "password_reset": ("get", None, everyone(200)),
    "password_reset_done": ("get", None, everyone(200)),
    "password_reset_confirm": ("get", lambda o: {"uidb64": "MQ", "token": "bad-token"}, everyone(200)),
    "password_reset_complete": ("get", None, everyone(200)),
}
