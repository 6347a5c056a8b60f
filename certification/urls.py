from django.urls import path

from .views import evidence, hr, learner

app_name = "certification"
urlpatterns = [
    # learners
    path("certificates/", learner.MineView.as_view(), name="mine"),
    path("certificates/<str:code>/pdf/", learner.CertificatePdfView.as_view(), name="certificate_pdf"),
    path("certificates/evidence/log/", learner.LogShadowView.as_view(), name="log_shadow"),
    # public
    path("verify/<str:code>/", learner.VerifyView.as_view(), name="verify"),
    # mentors, assessors, department heads
    path("certification/confirm/", evidence.ConfirmLogsView.as_view(), name="confirm_logs"),
    path("certification/confirm/<int:pk>/", evidence.ConfirmLogView.as_view(), name="confirm_log"),
    path("certification/practicals/", evidence.PracticalScoreView.as_view(), name="practical"),
    path("certification/sign-off/", evidence.SignOffQueueView.as_view(), name="signoffs"),
    path("certification/sign-off/<int:pk>/", evidence.SignOffDecideView.as_view(), name="signoff_decide"),
    # HR (and heads, for who may interview)
    path("certification/interviewers/", hr.InterviewersView.as_view(), name="interviewers"),
    path("certification/interviewers.csv", hr.InterviewersExportView.as_view(), name="interviewers_export"),
    path("certification/programmes/", hr.ProgrammesView.as_view(), name="programmes"),
    path("certification/certificates/", hr.CertificateListView.as_view(), name="certificates"),
    path("certification/certificates.csv", hr.CertificateExportView.as_view(), name="certificates_export"),
    path("certification/certificates/<str:code>/", hr.CertificateDetailView.as_view(), name="certificate"),
    path(
        "certification/certificates/<str:code>/status/", hr.CertificateStatusView.as_view(), name="certificate_status"
    ),
    path("certification/record/", hr.RecordView.as_view(), name="record"),
    path("certification/record/import/", hr.RecordImportView.as_view(), name="record_import"),
    path("certification/performance/", hr.PerformanceView.as_view(), name="performance"),
    path("certification/webhooks/", hr.WebhooksView.as_view(), name="webhooks"),
    path("certification/webhooks/<int:pk>/", hr.WebhookDeliveriesView.as_view(), name="webhook_deliveries"),
    path("certification/deliveries/<int:pk>/replay/", hr.WebhookReplayView.as_view(), name="webhook_replay"),
]
