"""Redis (services/redis) as production uses it (REDIS_URL): the default cache, the sessions
(cached_db: read from Redis, kept in the database too) and the page cache, whose generation a
second, independent connection (another process's) reads back from the server."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import Client

from consortium import page_cache

from .services import redis_caches, redis_url


@pytest.fixture
def on_redis(settings):
    settings.CACHES = redis_caches(redis_url())
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    return settings.CACHES


def independent(config):
    """A cache client of its own, as another app server would have."""
    return RedisCache(config["LOCATION"], {"KEY_PREFIX": config["KEY_PREFIX"]})


def test_the_default_cache_is_shared_through_redis(on_redis):
    caches["default"].set("greeting", {"ru": "привет"}, 30)
    assert independent(on_redis["default"]).get("greeting") == {"ru": "привет"}


@pytest.mark.django_db
def test_a_session_lives_in_redis_and_survives_losing_it(on_redis):
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "x")
    client = Client()
    client.force_login(user)
    key = client.cookies["sessionid"].value
    cached = independent(on_redis["default"]).get(f"django.contrib.sessions.cached_db{key}")
    assert cached["_auth_user_id"] == str(user.pk)
    assert Session.objects.filter(session_key=key).exists()
    # Lost from Redis (a restart, an eviction): the editor stays logged in.
    caches["default"].delete(f"django.contrib.sessions.cached_db{key}")
    assert client.get("/admin/").status_code == 200


def test_the_page_cache_generation_is_shared_through_redis(on_redis):
    before = page_cache.current_generation()
    other = independent(on_redis["pages"])
    assert other.get(page_cache.GENERATION_KEY) == before
    page_cache.start_new_generation()
    after = other.get(page_cache.GENERATION_KEY)
    assert after != before
    assert after == page_cache.current_generation()
