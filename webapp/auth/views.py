"""Sign up, log in, log out."""

from flask import (
    Response,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    stream_with_context,
    url_for,
)
from flask_login import current_user, login_required, login_user, logout_user

from ..mail import MailUnavailable
from ..ratelimits import (
    emails_per_recipient,
    failures_per_account,
    password_failures_per_user,
    per_address_login,
    per_address_reset,
    per_address_signup,
    wrong_password_given,
)
from ..security import is_safe_redirect
from ..services import account_data
from ..services.validation import InvalidInput
from . import bp
from .forms import (
    DeleteAccountForm,
    ForgotPasswordForm,
    LoginForm,
    NewPasswordForm,
    PasswordChangeForm,
    SignupForm,
    ThemeForm,
)
from .links import LinkNotValid, signup_email
from .services import (
    WrongPassword,
    account_for_reset,
    authenticate,
    change_password,
    delete_own_account,
    end_other_sessions,
    end_session,
    get_open_sessions,
    normalise_email,
    request_password_reset,
    request_signup,
    set_theme,
    start_session,
)
from .services import finish_signup as finish_signup_account
from .services import reset_password as reset_account_password

LOGIN_FAILED = "That email and password do not match an account."
MAIL_UNAVAILABLE = "We could not send the email just now. Nothing was changed; try again in a minute."


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
@emails_per_recipient
def signup():
    """Sign-up asks for an email and sends the link that creates the account; it says
    the same whether the address has an account or not (that address gets a reminder)."""
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    return _email_form(SignupForm(), request_signup, "signup", "auth/signup.html")


def _email_form(form, send, reason: str, template: str):
    """A form that asks for an email and sends one: on to "Check your email" (the same
    for every address), or the form again with what was wrong."""
    if form.validate_on_submit():
        try:
            send(form.email.data)
        except MailUnavailable:
            form.form_errors.append(MAIL_UNAVAILABLE)
        else:
            session["email_sent"] = {"to": normalise_email(form.email.data), "reason": reason}
            return redirect(url_for(".check_email"), 303)
    status = 400 if form.is_submitted() else 200
    return render_template(template, form=form), status


@bp.get("/check-email")
def check_email():
    """Where sign-up and "forgot password" lead: the same words for every address."""
    sent = session.get("email_sent")
    if not isinstance(sent, dict):
        return redirect(url_for(".signup"))
    return render_template("auth/check_email.html", to=sent.get("to"), reason=sent.get("reason"))


def _link_page(template: str, status: int = 200, **values):
    """A page at an emailed link's address."""
    response = current_app.make_response((render_template(template, **values), status))
    # Its address holds a working link: never passed on to another site.
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _link_not_valid(error: LinkNotValid, template: str, **values):
    return _link_page(template, 400, error=str(error), **values)


@bp.route("/signup/<token>", methods=["GET", "POST"])
@per_address_signup
def finish_signup(token: str):
    """The link from the sign-up email: choose a password, and the account is made."""
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    try:
        email = signup_email(token)
    except LinkNotValid as error:
        return _link_not_valid(error, "auth/signup.html", form=SignupForm(formdata=None))
    form = NewPasswordForm()
    if form.validate_on_submit():
        try:
            user = finish_signup_account(token, form.password.data)
        except LinkNotValid as error:
            return _link_not_valid(error, "auth/login.html", form=LoginForm(formdata=None, email=email))
        except InvalidInput as error:
            form.password.errors.append(str(error))
        else:
            login_user(start_session(user, user_agent=request.user_agent.string))
            session.pop("email_sent", None)
            flash("Welcome! Your account is ready.", "success")
            return redirect(url_for("main.home"))
    status = 400 if form.is_submitted() else 200
    return _link_page("auth/finish_signup.html", status, form=form, token=token, email=email)


@bp.route("/forgot-password", methods=["GET", "POST"])
@per_address_reset
@emails_per_recipient
def forgot_password():
    """Ask for a reset link; the same answer whether the address has an account or not."""
    return _email_form(ForgotPasswordForm(), request_password_reset, "reset", "auth/forgot_password.html")


@bp.route("/reset-password/<token>", methods=["GET", "POST"])
@per_address_reset
def reset_password(token: str):
    """The link from the reset email: choose a new password; every session ends, and
    this browser is signed in afresh."""
    try:
        user = account_for_reset(token)
    except LinkNotValid as error:
        return _link_not_valid(error, "auth/forgot_password.html", form=ForgotPasswordForm(formdata=None))
    form = NewPasswordForm()
    form.submit.label.text = "Set new password"
    if form.validate_on_submit():
        try:
            user = reset_account_password(token, form.password.data)
        except LinkNotValid as error:
            return _link_not_valid(error, "auth/forgot_password.html", form=ForgotPasswordForm(formdata=None))
        except InvalidInput as error:
            form.password.errors.append(str(error))
        else:
            logout_user()
            login_user(start_session(user, user_agent=request.user_agent.string))
            flash(
                "Your password is changed. Every other browser signed in to your account is logged out.",
                "success",
            )
            return redirect(url_for("main.home"))
    status = 400 if form.is_submitted() else 200
    return _link_page("auth/reset_password.html", status, form=form, token=token, email=user.email)


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


def _account_page(
    form: PasswordChangeForm | None = None, delete_form: DeleteAccountForm | None = None, status=200
):
    user = current_user._get_current_object()
    sessions = get_open_sessions(user)
    theme_form = ThemeForm(theme=user.theme or "system")
    return render_template(
        "auth/account.html",
        form=form or PasswordChangeForm(formdata=None),
        delete_form=delete_form or DeleteAccountForm(formdata=None),
        theme_form=theme_form,
        sessions=sessions,
        this_session=user.session_id,
        summary=account_data.summary(user),
    ), status


@bp.get("/account")
@login_required
def account():
    """The account: its email, changing the password, the signed-in sessions, its data."""
    return _account_page()


@bp.post("/account/password")
@login_required
@password_failures_per_user
def password():
    """Change the password (the current one required); every other session ends."""
    form = PasswordChangeForm()
    if form.validate_on_submit():
        try:
            ended = change_password(current_user._get_current_object(), form.current.data, form.password.data)
        except WrongPassword as error:
            wrong_password_given()
            form.current.errors.append(str(error))
        except InvalidInput as error:
            form.password.errors.append(str(error))
        else:
            others = f" {ended} other session{'s' if ended != 1 else ''} ended." if ended else ""
            flash(f"Your password is changed.{others}", "success")
            return redirect(url_for(".account"), 303)
    return _account_page(form=form, status=400)


@bp.post("/account/logout-everywhere")
@login_required
def logout_everywhere():
    """End every session of the account, this one included, remember-me cookies too."""
    end_other_sessions(current_user._get_current_object(), keep_this_one=False)
    logout_user()
    flash("You are logged out everywhere: every browser must log in again.", "info")
    return redirect(url_for(".login"), 303)


@bp.get("/account/data.zip")
@login_required
def download_data():
    """Everything of the account as one ZIP: each site with its whole history (a ZIP the
    import takes back), every conversation with its messages, the account itself."""
    download = account_data.download(current_user._get_current_object(), current_app.config["APP_NAME"])
    response = Response(stream_with_context(download.chunks), mimetype="application/zip")
    response.headers["Content-Disposition"] = f'attachment; filename="{download.filename}"'
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.post("/account/delete")
@login_required
@password_failures_per_user
def delete():
    """Delete the account and all it holds (its password required); its sessions end with it."""
    form = DeleteAccountForm()
    if form.validate_on_submit():
        try:
            delete_own_account(current_user._get_current_object(), form.delete_password.data)
        except WrongPassword as error:
            wrong_password_given()
            form.delete_password.errors.append(str(error))
        else:
            logout_user()
            flash("Your account is deleted, with every conversation, site and version it held.", "info")
            return redirect(url_for("main.home"), 303)
    return _account_page(delete_form=form, status=400)


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
