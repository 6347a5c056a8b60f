from org.services.notifications import notification_send
from tests.permissions import HR_AND_HEADS, HR_ONLY, signed_in

ENTRIES = {
    "org:people": ("get", None, HR_AND_HEADS),
    "org:people_import": ("get", None, HR_ONLY),
    # the learner, in the head's department: the head sees them, the other learner (a learner) may not
    "org:person": ("get", lambda o: {"pk": o["org_person"].pk}, HR_AND_HEADS),
    "org:person_export": ("get", lambda o: {"pk": o["org_person"].pk}, HR_ONLY),
    "org:person_erase": ("get", lambda o: {"pk": o["org_person"].pk}, HR_ONLY),
    "org:audit": ("get", None, HR_ONLY),
    "org:audit_export": ("get", None, HR_ONLY),
    "org:notifications": ("get", None, signed_in(200)),
    "org:notifications_read_all": ("post", None, signed_in(302)),
    # the learner's own notification: only the learner may touch it
    "org:notification_read": ("post", lambda o: {"pk": o["notification"].pk}, signed_in(404, learner=302)),
}


def make_objects(personas):
    return {
        "notification": notification_send(recipient=personas["learner"], kind="password_changed"),
        "org_person": personas["learner"],
    }
