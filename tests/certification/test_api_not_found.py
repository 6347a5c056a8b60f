import pytest


@pytest.mark.django_db
def test_an_unknown_api_path_answers_in_json(client):
    response = client.get("/api/v1/no-such-thing/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
