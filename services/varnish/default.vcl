vcl 4.1;
# The front cache of `make serve` (services/varnish.sh): the app decides what may be kept,
# by Cache-Control (consortium/front_cache.py); this file adds what must never be looked up
# and how the app empties it. @BACKEND_HOST@/@BACKEND_PORT@ are filled in by services/varnish.sh.

import cookie;
import std;

backend app {
    .host = "@BACKEND_HOST@";
    .port = "@BACKEND_PORT@";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;   # above gunicorn's own timeout, which answers first
    .between_bytes_timeout = 10s;
    .probe = {
        .url = "/healthz?only=database,cache";
        .interval = 5s;
        .timeout = 3s;
        .window = 3;
        .threshold = 2;
        .initial = 2;  # healthy from the start: the stack starts it after the app answers
    }
}

# Who may purge: the app servers (list them here in a real deployment, docs/deploy.md).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # The app's purges: PURGE one URL (Wagtail's HTTP backend), BAN everything (any change
    # that can alter a public page: consortium/page_cache.py starts a new generation).
    if (req.method == "PURGE" || req.method == "BAN") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "PURGE") {
            return (purge);
        }
        # Lurker-friendly (only obj.*): the ban lurker frees banned objects in the background.
        ban("obj.status != 0");
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, the health check (load balancers must see the app server itself), and
    # anyone with a session (editors, visitors who unlocked a protected page) go to the app.
    if (req.url ~ "^/(admin|healthz|django-admin)(/|\?|$)") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # Only the cookie a page depends on (the visually impaired version's "vi") is kept, and it
    # is part of the key below: tracking cookies or a csrftoken neither fragment the cache nor
    # reach the app on a lookup (a page with a form sets its own cookie, so it is never kept).
    cookie.parse(req.http.Cookie);
    cookie.keep("vi");
    set req.http.Cookie = cookie.get_string();
    if (req.http.Cookie == "") {
        unset req.http.Cookie;
    }
    # Under /ru/ and /en/ the language is in the path: Accept-Language changes nothing there.
    if (req.url ~ "^/(ru|en)/") {
        unset req.http.Accept-Language;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.host);
    if (req.http.Cookie) {
        hash_data(req.http.Cookie);
    }
    return (lookup);
}

sub vcl_backend_response {
    # Kept only what the app says a shared cache may keep: public or s-maxage, no cookie.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-cache|no-store)"
        || beresp.http.Cache-Control !~ "(public|s-maxage)"
        || beresp.http.Vary == "*") {
        set beresp.uncacheable = true;
        set beresp.ttl = 30s;  # remembered as "fetch straight from the app" for a while
        return (deliver);
    }
    # A little grace after the TTL (listings move with the clock), never after a ban.
    set beresp.grace = 30s;
    return (deliver);
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
