from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from org.models import Department, User
from org.services.people_import import ImportRejected, departments_import, people_import
from tests.factories import RegionFactory, UserFactory

HEADER = "employee_id,username,email,display_name,department,home_region,preferred_language,roles,active\n"


@pytest.fixture
def org(db, department):
    RegionFactory(code="DE", name="Germany")
    RegionFactory(code="BR", name="Brazil")
    return department


def test_a_good_file_creates_and_updates_people(org):
    existing = UserFactory(username="old", employee_id="E0100", department=org)
    data = HEADER + (
        "E0100,old,old@example.com,Old Timer,SALES,DE,en,assessor;learner,yes\n"
        "E0101,lwei,li.wei@example.com,Li Wei,SALES,BR,zh-hans,,yes\n"
    )
    report = people_import(data=data.encode("utf-8-sig"))
    assert (report.created, report.updated) == (1, 1)
    existing.refresh_from_db()
    assert existing.display_name == "Old Timer"
    assert set(existing.groups.values_list("name", flat=True)) == {"Assessor", "Learner"}
    li = User.objects.get(employee_id="E0101")
    assert li.preferred_language == "zh-hans" and li.home_region.code == "BR"
    assert not li.has_usable_password()
    assert list(li.groups.values_list("name", flat=True)) == ["Learner"]


def test_a_bad_file_lists_every_problem_by_line_and_imports_nothing(org):
    data = HEADER + (
        "E0200,good,good@example.com,Good,SALES,DE,en,,yes\n"
        "E0201,bad1,not-an-email,Bad,NOPE,DE,en,,yes\n"
        "E0202,bad2,bad2@example.com,Bad,SALES,XX,fr,wizard,maybe\n"
        "E0200,dupe,dupe@example.com,Dupe,SALES,DE,en,,yes\n"
    )
    with pytest.raises(ImportRejected) as caught:
        people_import(data=data)
    by_line = {}
    for line, message in caught.value.errors:
        by_line.setdefault(line, []).append(message)
    assert set(by_line) == {3, 4, 5}
    assert any("email" in m for m in by_line[3]) and any("NOPE" in m for m in by_line[3])
    assert len(by_line[4]) == 4  # region, language, role, active flag
    assert any("line 2" in m for m in by_line[5])
    assert not User.objects.filter(employee_id__in=["E0200", "E0201", "E0202"]).exists()


def test_a_file_without_the_required_columns_is_refused(org):
    with pytest.raises(ImportRejected, match="Missing columns: email"):
        people_import(data="employee_id,username\nE1,x\n")


def test_a_file_that_is_not_utf8_is_refused_with_advice(org):
    with pytest.raises(ImportRejected, match="UTF-8"):
        people_import(data=HEADER.encode() + "E1,ü,u@example.com,Ü,SALES,DE,en,,yes\n".encode("latin-1"))


def test_a_full_import_deactivates_people_missing_from_it_but_not_the_importer(org):
    hr = UserFactory(username="importer", department=org)
    gone = UserFactory(username="gone", department=org)
    data = HEADER + "E0300,stay,stay@example.com,Stay,SALES,DE,en,,yes\n"
    report = people_import(data=data, deactivate_missing=True, acting_user=hr)
    gone.refresh_from_db()
    hr.refresh_from_db()
    assert report.deactivated == 1
    assert not gone.is_active and gone.deactivated_at is not None
    assert hr.is_active


def test_a_dry_run_reports_and_saves_nothing(org):
    report = people_import(data=HEADER + "E0400,dry,dry@example.com,Dry,SALES,DE,en,,yes\n", dry_run=True)
    assert report.created == 1
    assert not User.objects.filter(employee_id="E0400").exists()


def test_departments_import_sets_heads_and_gives_them_the_role(org):
    head = UserFactory(username="newhead", employee_id="E0500", department=org)
    report = departments_import(data="code,name,name_zh,head_employee_id\nMKT,Marketing,市场部,E0500\nSALES,Sales,,\n")
    assert (report.created, report.updated) == (1, 1)
    assert Department.objects.get(code="MKT").head == head
    assert head.groups.filter(name="Department head").exists()


def test_departments_import_refuses_unknown_heads_and_bad_codes(org):
    with pytest.raises(ImportRejected) as caught:
        departments_import(data="code,name,head_employee_id\nok,Fine,\nB@D,Bad,\nMKT,Marketing,E9999\n")
    assert [line for line, _ in caught.value.errors] == [3, 4]
    assert not Department.objects.filter(code__in=["OK", "MKT"]).exists()


def test_the_command_reports_lines_and_exits_non_zero(org, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "E0600,x,nope,X,SALES,DE,en,,yes\n")
    with pytest.raises(CommandError, match="nothing imported"):
        call_command("import_people", str(bad))
    assert "line 2" in capsys.readouterr().err
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "E0601,y,y@example.com,Y,SALES,DE,en,,yes\n")
    call_command("import_people", str(good))
    assert "1 created" in capsys.readouterr().out
