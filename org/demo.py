"""The demo organisation of the design: departments, regions and six users, all with password `interview-ready`."""

from __future__ import annotations

DEMO_PASSWORD = "interview-ready"  # noqa: S105 (documented demo password)

DEPARTMENTS = [
    ("SALES", "Sales", "销售部"),
    ("ENG", "Engineering", "工程部"),
    ("OPS", "Operations", "运营部"),
]

# code, English name, Chinese name, time zone, languages, weekend days (Monday = 0)
REGIONS = [
    ("US", "United States", "美国", "America/New_York", ["en", "es"], [5, 6]),
    ("DE", "Germany", "德国", "Europe/Berlin", ["de"], [5, 6]),
    ("GB", "United Kingdom", "英国", "Europe/London", ["en"], [5, 6]),
    ("BR", "Brazil", "巴西", "America/Sao_Paulo", ["pt"], [5, 6]),
    ("MX", "Mexico", "墨西哥", "America/Mexico_City", ["es"], [5, 6]),
    ("SA", "Saudi Arabia", "沙特阿拉伯", "Asia/Riyadh", ["ar", "en"], [4, 5]),
    ("AE", "United Arab Emirates", "阿联酋", "Asia/Dubai", ["ar", "en"], [5, 6]),
    ("ID", "Indonesia", "印度尼西亚", "Asia/Jakarta", ["id"], [5, 6]),
    ("MY", "Malaysia", "马来西亚", "Asia/Kuala_Lumpur", ["ms", "en", "zh-hans"], [5, 6]),
    ("VN", "Vietnam", "越南", "Asia/Ho_Chi_Minh", ["vi"], [5, 6]),
    ("JP", "Japan", "日本", "Asia/Tokyo", ["ja"], [5, 6]),
]

# username, employee_id, display name, roles, department, home region, language
USERS = [
    ("hr", "E0001", "Hannah Richter", ["HR admin"], "OPS", "US", "en"),
    ("head", "E0002", "Daniel Weber", ["Department head"], "SALES", "DE", "en"),
    ("manager", "E0003", "Wang Fang", ["Learner"], "SALES", "DE", "zh-hans"),
    ("certified", "E0004", "Lukas Becker", ["Learner"], "SALES", "DE", "en"),
    ("assessor", "E0005", "Grace Thompson", ["Assessor", "Learner"], "ENG", "GB", "en"),
    ("editor", "E0006", "Chen Jing", ["Content editor"], "OPS", "US", "zh-hans"),
]
HEADS = {"SALES": "head"}
