"""The one family of errors that means "the user can fix this": the CLI prints the message and
exits with 2, the GUI shows it in a dialog, a seat page on the page. Anything else is a bug.

Every such message is written where it is raised in English and in Korean, as a pair of
f-strings, since only there are the names and numbers it speaks of at hand. `str(error)` is the
English, for the command line and the logs; `error.text(language)` is what a screen shows."""


class UserError(Exception):
    """A mistake or a situation the user can act on; the message says what and where."""

    def __init__(self, en: str, ko: str) -> None:
        # Both in `args`, so that a copy (the pickle a worker process sends back) keeps both.
        super().__init__(en, ko)

    def __str__(self) -> str:
        return str(self.args[0])

    def text(self, language: str) -> str:
        """The message in `language`: Korean for "ko", English for any other."""
        return str(self.args[1] if language == "ko" else self.args[0])


class RuleError(UserError):
    """A command the rules of the exercise do not allow now."""


class StoreError(UserError):
    """A game file that cannot be opened or written as asked."""
