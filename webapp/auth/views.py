"""Sign up, log in, log out."""

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ..security import is_safe_redirect
from ..services.validation import InvalidInput
from . import bp
from .forms import LoginForm, SignupForm
from .services import authenticate, create_user

LOGIN_FAILED = "That email and password do not match an account."


def _next_page() -> str:
    target = request.args.get("next") or request.form.get("next")
    return target if is_safe_redirect(target) else url_for("main.home")


@bp.route("/signup", methods=["GET", "POST"])
def signup():
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = SignupForm()
    if form.validate_on_submit():
        try:
            user = create_user(form.email.data, form.password.data)
        except InvalidInput as error:
            field = form.email if "email" in str(error).lower() else form.password
            field.errors.append(str(error))
        else:
            login_user(user)
            flash("Welcome! Your account is ready.", "success")
            return redirect(_next_page())
    status = 400 if form.is_submitted() else 200
    return render_template("auth/signup.html", form=form, next=request.args.get("next")), status


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(_next_page())
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is not None:
            login_user(user, remember=form.remember.data)
            return redirect(_next_page())
        form.form_errors.append(LOGIN_FAILED)
    status = 400 if form.is_submitted() else 200
    return render_template("auth/login.html", form=form, next=request.args.get("next")), status


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()
    flash("You are logged out.", "info")
    return redirect(url_for("auth.login"))
