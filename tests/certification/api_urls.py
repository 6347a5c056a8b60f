"""A tiny API for testing keys, permissions, errors and throttling apart from the real endpoints."""

from django.urls import path
from rest_framework.response import Response
from rest_framework.views import APIView

from lms.api import ApiError


class Echo(APIView):
    def get(self, request):
        if request.query_params.get("fail"):
            raise ApiError("unknown_employee", "No person has that employee ID.", status=404)
        return Response({"caller": str(request.user)})

    def post(self, request):
        return Response({"posted": True})


class Check(Echo):
    allow_api_key_post = True


urlpatterns = [path("api/echo/", Echo.as_view()), path("api/check/", Check.as_view())]
