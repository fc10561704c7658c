"""Account forms."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, RadioField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Email, EqualTo, Length


def _email_field() -> EmailField:
    return EmailField(
        "Email",
        validators=[
            DataRequired(message="Enter your email address."),
            Email(message="Enter a valid email address, like name@example.com.", check_deliverability=False),
            Length(max=320),
        ],
    )


class SignupForm(FlaskForm):
    """Sign-up asks for the email only: the account is made from the link sent to it."""

    email = _email_field()
    submit = SubmitField("Continue")


class NewPasswordForm(FlaskForm):
    """Choosing a password: from a sign-up link, or a reset link."""

    password = PasswordField("Password", validators=[DataRequired(message="Choose a password.")])
    confirm = PasswordField(
        "Confirm password",
        validators=[DataRequired(), EqualTo("password", message="The passwords do not match.")],
    )
    submit = SubmitField("Create account")


class ForgotPasswordForm(FlaskForm):
    email = _email_field()
    submit = SubmitField("Send me a link")


class DeleteAccountForm(FlaskForm):
    # Not "password": the account page's other form has a field of that id.
    delete_password = PasswordField(
        "Your password", validators=[DataRequired(message="Enter your password.")]
    )
    understood = BooleanField(
        "I understand that every conversation, site and version of this account is deleted for good.",
        validators=[DataRequired(message="Tick the box to say you understand.")],
    )
    submit = SubmitField("Delete my account")


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=320)])
    password = PasswordField("Password", validators=[DataRequired()])
    remember = BooleanField("Keep me logged in")
    submit = SubmitField("Log in")


class PasswordChangeForm(FlaskForm):
    current = PasswordField("Current password", validators=[DataRequired()])
    password = PasswordField("New password", validators=[DataRequired()])
    confirm = PasswordField(
        "Confirm the new password",
        validators=[DataRequired(), EqualTo("password", message="The new passwords do not match.")],
    )
    submit = SubmitField("Change password")


class ThemeForm(FlaskForm):
    theme = RadioField(
        "Colours",
        choices=[
            SelectChoice("system", "Match this device"),
            SelectChoice("light", "Light"),
            SelectChoice("dark", "Dark"),
        ],
        default="system",
    )
    submit = SubmitField("Save colours")
