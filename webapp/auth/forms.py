"""Account forms."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, RadioField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Email, EqualTo, Length


class SignupForm(FlaskForm):
    email = EmailField(
        "Email",
        validators=[
            DataRequired(),
            Email(message="Enter a valid email address, like name@example.com.", check_deliverability=False),
            Length(max=320),
        ],
    )
    password = PasswordField("Password", validators=[DataRequired()])
    confirm = PasswordField(
        "Confirm password",
        validators=[DataRequired(), EqualTo("password", message="The passwords do not match.")],
    )
    submit = SubmitField("Create account")


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
