"""gunicorn's settings for serving the app in production: `gunicorn` (this file is read from here).

Web processes only serve pages and enqueue work; with REDIS_URL set, `flask
--app webapp worker` processes carry the work out (see the README's topology).
Every value can be changed from the environment.
"""

import os

wsgi_app = "wsgi:app"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Processes, each with threads: pages poll a running generation every ~0.4 s, so
# threads keep many open tabs cheap.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 20
# Behind a load balancer: it keeps connections open between requests.
keepalive = 5
accesslog = "-"
errorlog = "-"
# Each process loads the app itself (no preload): thread pools and database
# connections never cross a fork.
preload_app = False
