"""No URLs at all: how a lesson renders before the question bank has its practice endpoint."""

urlpatterns: list = []
