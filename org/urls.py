from django.urls import path

from . import views

app_name = "org"
urlpatterns = [
    path("people/", views.PeopleListView.as_view(), name="people"),
    path("people/import/", views.PeopleImportView.as_view(), name="people_import"),
    path("audit/", views.AuditListView.as_view(), name="audit"),
    path("audit/export.csv", views.AuditExportView.as_view(), name="audit_export"),
    path("notifications/", views.NotificationListView.as_view(), name="notifications"),
    path("notifications/read/", views.NotificationReadView.as_view(), name="notifications_read_all"),
    path("notifications/<int:pk>/read/", views.NotificationReadView.as_view(), name="notification_read"),
]
