"""The emails an account is sent: what each says, and the links in it (see links.py)."""

from flask import current_app, render_template, url_for

from .. import mail
from . import links


def _send(to: str, subject: str, template: str, **values) -> None:
    mail.send(to, subject, render_template(f"emails/{template}", **values))


def _link(endpoint: str, **values) -> str | None:
    return mail.external_url(url_for(endpoint, **values))


def _with_signup_link(email: str, subject: str, template: str) -> None:
    link = _link("auth.finish_signup", token=links.signup_token(email))
    if link is not None:
        _send(email, subject, template, link=link, hours=current_app.config["SIGNUP_LINK_HOURS"])


def signup_link(email: str) -> None:
    """To an address with no account: the link that creates it."""
    app_name = current_app.config["APP_NAME"]
    _with_signup_link(email, f"Finish creating your {app_name} account", "signup.txt")


def account_exists(email: str) -> None:
    """To an address that has an account, when someone signs up with it again."""
    login, forgot = _link("auth.login"), _link("auth.forgot_password")
    if login is not None and forgot is not None:
        app_name = current_app.config["APP_NAME"]
        _send(
            email, f"You already have a {app_name} account", "account_exists.txt", login=login, forgot=forgot
        )


def password_reset_link(email: str, token: str) -> None:
    """To an account's address: the link that chooses a new password."""
    link = _link("auth.reset_password", token=token)
    if link is not None:
        app_name = current_app.config["APP_NAME"]
        minutes = current_app.config["PASSWORD_RESET_LINK_MINUTES"]
        _send(email, f"Reset your {app_name} password", "password_reset.txt", link=link, minutes=minutes)


def no_account(email: str) -> None:
    """To an address with no account, when someone asks to reset its password."""
    app_name = current_app.config["APP_NAME"]
    _with_signup_link(email, f"No {app_name} account uses this address", "no_account.txt")
