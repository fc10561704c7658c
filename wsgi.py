"""The WSGI entry point for serving: `gunicorn` (see gunicorn.conf.py) and `flask --app wsgi run`.

Serving the app also starts this process's task workers when the queue is
embedded (EMBEDDED_WORKER, on unless REDIS_URL is set), so one command runs
everything on one machine. Other commands (`flask --app webapp db upgrade`,
`flask --app webapp worker`) load the app without them.
"""

from webapp import create_app
from webapp.taskqueue import start_embedded_consumer

app = create_app()
start_embedded_consumer(app)
