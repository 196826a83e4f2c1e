"""The one family of errors that means "the user can fix this": the CLI prints the message and
exits with 2, the GUI shows it in a dialog. Anything else is a bug."""


class UserError(Exception):
    """A mistake or a situation the user can act on; the message says what and where."""


class RuleError(UserError):
    """A command the rules of the exercise do not allow now."""


class StoreError(UserError):
    """A game file that cannot be opened or written as asked."""
