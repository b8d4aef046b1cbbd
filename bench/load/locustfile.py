"""The mixed scenario: anonymous visitors browsing and searching, editors saving drafts and
submitting them for moderation, moderators approving. Every request is named by its kind, so
locust's statistics have a row per kind. The plan (addresses, queries, accounts, edit forms)
comes from prepare.py through LOAD_PLAN; run.py starts it:

    locust -f bench/load/locustfile.py --headless --host http://127.0.0.1:8100 …"""

import itertools
import json
import os
import random
import re

from locust import HttpUser, between, task

PLAN = json.loads(open(os.environ["LOAD_PLAN"], encoding="utf-8").read())  # noqa: SIM115
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ERROR = re.compile(r'class="error-message"[^>]*>\s*(?:<[^>]+>\s*)*([^<]{1,120})')
APPROVE = re.compile(r"/admin/pages/workflow/action/(\d+)/approve/(\d+)/")
EDITED = itertools.cycle(PLAN["edited"])


class Visitor(HttpUser):
    """Reads pages (through the front cache, as the public does)."""

    weight = 20
    wait_time = between(0.5, 2)

    def visit(self, kind):
        self.client.get(random.choice(PLAN["pages"][kind]), name=kind)  # noqa: S311

    @task(3)
    def program(self):
        self.visit("program")

    @task(2)
    def event(self):
        self.visit("event")

    @task(2)
    def institution(self):
        self.visit("institution")

    @task(1)
    def catalogue(self):
        self.visit("program catalogue")

    @task(1)
    def calendar(self):
        self.visit("events calendar")

    @task(1)
    def home(self):
        self.visit("home")


class Searcher(HttpUser):
    """Searches with words and facets (never cached)."""

    weight = 6
    wait_time = between(1, 3)

    @task
    def search(self):
        self.client.get(random.choice(PLAN["searches"]), name="search")  # noqa: S311


class AdminUser(HttpUser):
    abstract = True
    account = ""
    wait_time = between(2, 5)

    def on_start(self):
        accounts = PLAN["accounts"]
        page = self.get("/admin/login/", "admin login form")
        self.client.post(
            "/admin/login/",
            {
                "username": accounts[self.account],
                "password": accounts["password"],
                "csrfmiddlewaretoken": self.csrf(page.text),
            },
            headers={"Referer": f"{self.host}/admin/login/"},
            name="admin login",
        )
        self.plain_http_cookies()

    def plain_http_cookies(self):
        """The production settings mark the session and CSRF cookies Secure; this run speaks
        plain HTTP (as behind a TLS-terminating proxy), so the client must send them anyway."""
        for cookie in self.client.cookies:
            cookie.secure = False

    def csrf(self, html):
        found = CSRF.search(html)
        return found.group(1) if found else self.client.cookies.get("csrftoken", "")

    def get(self, url, name):
        response = self.client.get(url, name=name)
        self.plain_http_cookies()
        return response

    def post(self, url, data, name):
        """A form posted as the admin does; a success redirects, a 200 re-shows the form."""
        with self.client.post(
            url, data, name=name, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != 302:
                found = ERROR.search(response.text)
                reason = f": {found.group(1).strip()}" if found else ""
                response.failure(f"{response.status_code} instead of a redirect{reason}")
        self.plain_http_cookies()


class Editor(AdminUser):
    """Edits a program page: saves a draft, then submits it for moderation."""

    fixed_count = 2
    account = "editor"

    @task
    def edit(self):
        page = next(EDITED)
        url = f"/admin/pages/{page['id']}/edit/"
        form = self.get(url, "editor: edit form")
        token = self.csrf(form.text)
        data = {**page["form"], "csrfmiddlewaretoken": token}
        data["summary"] = f"{data['summary'].split(' #')[0]} #{random.randint(1, 10**6)}"  # noqa: S311
        self.post(url, data, "editor: save draft")
        self.post(url, {**data, "action-submit": "1"}, "editor: submit for moderation")


class Moderator(AdminUser):
    """Approves what awaits review (each of the two steps), from the dashboard."""

    fixed_count = 1
    account = "moderator"

    @task
    def approve(self):
        dashboard = self.get("/admin/", "moderator: dashboard")
        waiting = APPROVE.findall(dashboard.text)
        if not waiting:
            return
        page_id, task_state = random.choice(waiting)  # noqa: S311
        url = f"/admin/pages/workflow/action/{page_id}/approve/{task_state}/"
        self.post(
            url,
            {"comment": "", "csrfmiddlewaretoken": self.csrf(dashboard.text)},
            "moderator: approve",
        )
