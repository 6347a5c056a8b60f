from django.urls import path

from . import views

app_name = "org"
urlpatterns = [
    path("people/", views.PeopleListView.as_view(), name="people"),
    path("people/import/", views.PeopleImportView.as_view(), name="people_import"),
    path("people/<int:pk>/", views.PersonDetailView.as_view(), name="person"),
    path("people/<int:pk>/personal-data.json", views.PersonExportView.as_view(), name="person_export"),
    path("people/<int:pk>/erase/", views.PersonEraseView.as_view(), name="person_erase"),
    path("audit/", views.AuditListView.as_view(), name="audit"),
    path("audit/export.csv", views.AuditExportView.as_view(), name="audit_export"),
    path("notifications/", views.NotificationListView.as_view(), name="notifications"),
    path("notifications/read/", views.NotificationReadView.as_view(), name="notifications_read_all"),
    path("notifications/<int:pk>/read/", views.NotificationReadView.as_view(), name="notification_read"),
]
