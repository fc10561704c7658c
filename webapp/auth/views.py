"""Sign up, log in, log out."""

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ..ratelimits import failures_per_account, per_address_login, per_address_signup
from ..security import is_safe_redirect
from ..services.validation import InvalidInput
from . import bp
from .forms import LoginForm, PasswordChangeForm, SignupForm, ThemeForm
from .services import (
    EmailTaken,
    WrongPassword,
    authenticate,
    change_password,
    create_user,
    end_other_sessions,
    end_session,
    get_open_sessions,
    set_theme,
    start_session,
)

LOGIN_FAILED = "That email and password do not match an account."


@bp.before_request
def _small_bodies_only() -> None:
    """Anyone may post here: a body larger than a form needs gets 413 before it is read."""
    request.max_content_length = current_app.config["MAX_ANONYMOUS_REQUEST_BYTES"]


def _safe_next() -> str | None:
    """The `next` page asked for, if it is a page on this site."""
    target = request.args.get("next") or request.form.get("next")
    return target if is_safe_redirect(target) else None


def _next_page() -> str:
    """Where to go after logging in or signing up."""
    return _safe_next() or url_for("main.home")


@bp.route("/signup", methods=["GET", "POST"])
@per_address_signup
def signup():
    """The sign-up form; a valid one creates the account and logs it in."""
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = SignupForm()
    if form.validate_on_submit():
        try:
            user = create_user(form.email.data, form.password.data)
        except EmailTaken as error:
            form.email.errors.append(str(error))
        except InvalidInput as error:
            form.password.errors.append(str(error))
        else:
            login_user(start_session(user, user_agent=request.user_agent.string))
            flash("Welcome! Your account is ready.", "success")
            return redirect(_next_page())
    status = 400 if form.is_submitted() else 200
    return render_template("auth/signup.html", form=form, next=_safe_next()), status


@bp.route("/login", methods=["GET", "POST"])
@per_address_login
@failures_per_account
def login():
    """The log-in form; success goes to the `next` page or home."""
    if current_user.is_authenticated:
        return redirect(_next_page())
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is not None:
            remember = bool(form.remember.data)
            start_session(user, remember=remember, user_agent=request.user_agent.string)
            login_user(user, remember=remember)
            return redirect(_next_page())
        form.form_errors.append(LOGIN_FAILED)
    status = 400 if form.is_submitted() else 200
    return render_template("auth/login.html", form=form, next=_safe_next()), status


# Not login_required: a second tab's logout would otherwise send people to
# log in with next=/logout, and then on to a 405 page.
@bp.route("/logout", methods=["POST"])
def logout():
    """End the session for good (a copy of its cookie opens nothing), and forget a remembered login."""
    if current_user.is_authenticated:
        end_session(current_user._get_current_object())
    logout_user()
    flash("You are logged out.", "info")
    return redirect(url_for("auth.login"))


def _account_page(form: PasswordChangeForm, status: int = 200):
    user = current_user._get_current_object()
    sessions = get_open_sessions(user)
    theme_form = ThemeForm(theme=user.theme or "system")
    return render_template(
        "auth/account.html", form=form, theme_form=theme_form, sessions=sessions, this_session=user.session_id
    ), status


@bp.get("/account")
@login_required
def account():
    """The account: its email, changing the password, the signed-in sessions."""
    return _account_page(PasswordChangeForm())


@bp.post("/account/password")
@login_required
def password():
    """Change the password (the current one required); every other session ends."""
    form = PasswordChangeForm()
    if form.validate_on_submit():
        try:
            ended = change_password(current_user._get_current_object(), form.current.data, form.password.data)
        except WrongPassword as error:
            form.current.errors.append(str(error))
        except InvalidInput as error:
            form.password.errors.append(str(error))
        else:
            others = f" {ended} other session{'s' if ended != 1 else ''} ended." if ended else ""
            flash(f"Your password is changed.{others}", "success")
            return redirect(url_for(".account"), 303)
    return _account_page(form, 400)


@bp.post("/account/logout-everywhere")
@login_required
def logout_everywhere():
    """End every session of the account, this one included, remember-me cookies too."""
    end_other_sessions(current_user._get_current_object(), keep_this_one=False)
    logout_user()
    flash("You are logged out everywhere: every browser must log in again.", "info")
    return redirect(url_for(".login"), 303)


@bp.post("/account/theme")
@login_required
def theme():
    """Keep the colours chosen (on the account page, or the top bar's toggle); back to the page."""
    form = ThemeForm()
    if form.validate_on_submit():
        set_theme(current_user._get_current_object(), form.theme.data)
    else:
        flash("Those colours could not be kept: choose light, dark, or this device's.", "error")
    return redirect(_safe_next() or url_for(".account"), 303)
