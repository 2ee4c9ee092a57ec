"""A request body the app did not read is read and dropped before the answer goes out.

Answering without reading the body (413 for a body over the limit, 401, 429, 404) leaves it
on the connection. gunicorn then drains only 128 KB before closing, and closing a socket with
unread data sends a reset. A reset that reaches the client (or nginx in deploy/nginx.conf)
before it has read the answer throws the answer away: nginx turned the app's 413 into a 502.
Reading the rest first, up to a size and a time bound, lets the answer arrive (Tomcat's
maxSwallowSize, the same idea).
"""

import time

from flask import Flask, current_app, request
from werkzeug.exceptions import ClientDisconnected
from werkzeug.wsgi import LimitedStream

# Bodies up to this many times BPO_MAX_CONTENT_LENGTH are read so their 413 arrives: more than
# deploy/nginx.conf forwards (client_max_body_size 4m, twice the default 2 MB limit). Larger
# ones are left to gunicorn, which closes the connection rather than read them.
DISCARD_LIMIT_FACTOR = 4
# A client that trickles a body nobody will read gets as long as gunicorn's own drain gives it
# (its worker data timeout), then its answer; gunicorn's drain may then hold the thread as long
# again before it closes the connection. Without this bound the thread was held until the
# client stopped.
DISCARD_SECONDS = 5.0
_CHUNK = 64 * 1024


def _unread_body() -> LimitedStream | None:
    """The stream holding the rest of the request body, or None when there is nothing to read."""
    length = request.content_length
    if not length:
        return None
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if limit is None or length <= limit:
        # werkzeug's own stream knows how much of the body the app has read already.
        return request.stream
    if length > DISCARD_LIMIT_FACTOR * limit:
        return None
    # werkzeug refused this body before reading a byte of it.
    return LimitedStream(request.environ["wsgi.input"], length)


def discard_unread_body(response):
    """Read and drop the rest of the request body, so the client gets the answer, not a reset."""
    stream = _unread_body()
    if stream is None:
        return response
    # Under gunicorn the socket can carry a timeout; other servers (tests) hand in whole bodies.
    sock = request.environ.get("gunicorn.socket")
    before = sock.gettimeout() if sock is not None else None
    deadline = time.monotonic() + DISCARD_SECONDS
    try:
        while (remaining := deadline - time.monotonic()) > 0:
            if sock is not None:
                sock.settimeout(remaining)
            if not stream.read(_CHUNK):
                break
    except (ClientDisconnected, OSError):
        # The client went away or stalled: gunicorn closes the connection after the answer.
        pass
    finally:
        if sock is not None:
            sock.settimeout(before)
    return response


def register_body_discard(app: Flask) -> None:
    """Drop unread bodies after every view and error handler, before the answer is sent."""
    app.after_request(discard_unread_body)
