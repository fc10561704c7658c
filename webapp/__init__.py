"""The web app: build websites by chatting, and never lose anything."""

from flask import Flask

from .config import INSTANCE_DIR, PROJECT_ROOT, load_config


def create_app(config: dict | None = None) -> Flask:
    """Create the app: settings, extensions, blueprints, errors, headers, commands."""
    app = Flask(
        __name__,
        instance_path=str(INSTANCE_DIR),
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    # Settings come from the environment; `config` (tests, tools) wins.
    app.config.from_mapping(load_config(config))
    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_security_headers(app)
    register_template_helpers(app)
    register_commands(app)
    return app


def register_extensions(app: Flask) -> None:
    """Bind the database, migrations, logins, CSRF protection, the task queue and rate limits."""
    from . import ratelimits, taskqueue
    from .auth.services import load_user
    from .database import configure_engine
    from .extensions import csrf, db, login_manager, migrate

    db.init_app(app)
    with app.app_context():
        configure_engine(db.engine, app.config)
    migrate.init_app(
        app,
        db,
        directory=str(PROJECT_ROOT / "migrations"),
        compare_type=True,
        render_as_batch=True,
    )
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Log in to see that page."
    login_manager.login_message_category = "info"
    login_manager.user_loader(load_user)
    login_manager.unauthorized_handler(_unauthorized)
    # Background work goes through the task queue.
    taskqueue.init_app(app)
    ratelimits.init_app(app)


def _unauthorized():
    """Send an anonymous visitor to log in; an htmx request reloads the whole page there."""
    from flask import flash, make_response, redirect, request, url_for
    from flask_login import login_url

    from .extensions import login_manager
    from .security import is_safe_redirect

    if request.headers.get("HX-Request") == "true":
        # A fragment must not become a login form inside the page.
        current = request.headers.get("HX-Current-URL", "")
        path = "/" + current.split("://", 1)[-1].split("/", 1)[-1] if "://" in current else "/"
        response = make_response("", 401)
        response.headers["HX-Redirect"] = url_for("auth.login", next=path if is_safe_redirect(path) else None)
        return response
    flash(login_manager.login_message, login_manager.login_message_category)
    return redirect(login_url(login_manager.login_view, next_url=request.url))


def register_blueprints(app: Flask) -> None:
    """Mount each feature's blueprint."""
    from .auth import bp as auth_bp
    from .builder import bp as builder_bp
    from .main import bp as main_bp
    from .preview import bp as preview_bp
    from .published import bp as published_bp
    from .review import bp as review_bp
    from .sites import bp as sites_bp
    from .trash import bp as trash_bp

    app.register_blueprint(main_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(builder_bp)
    app.register_blueprint(preview_bp)
    app.register_blueprint(published_bp)
    app.register_blueprint(review_bp)
    app.register_blueprint(trash_bp)
    app.register_blueprint(sites_bp)


def register_errorhandlers(app: Flask) -> None:
    """Error pages per status, and bad input answered as a clear 4xx."""
    from .errors import register

    register(app)


def register_security_headers(app: Flask) -> None:
    """Headers every app page carries: no framing, a strict CSP, no sniffing."""
    from .security import add_security_headers

    app.after_request(add_security_headers)


def register_template_helpers(app: Flask) -> None:
    """Filters and globals the templates use."""
    from .templating import register

    register(app)


def register_commands(app: Flask) -> None:
    """The `flask` commands for operators."""
    from .commands import register

    register(app)
