"""The first-run setup: names, stop (and slow-down) signal, usual week, and a kind word on what the app is and is
not."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from repairplanner.core.couple import CoupleSetup, clean_setup
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.setup.couple_fields import NamesField, SlowDownSignalField, StopSignalField, mnemonic_safe
from repairplanner.ui.setup.usual_week_field import WeekField
from repairplanner.ui.shared.plain_text import plain_label

if TYPE_CHECKING:
    from repairplanner.ui.setup.colour_field import ColourChooser

WELCOME_TEXT = QT_TRANSLATE_NOOP(
    "SetupWizard",
    "Sit down together for this; it takes about five minutes.\n\n"
    "You will choose your names, a stop signal and the days that usually don't suit you, "
    "then read a short note on what this app can and cannot do.\n\n"
    "You can change all of it later in Settings.",
)
NAMES_TEXT = QT_TRANSLATE_NOOP(
    "SetupWizard",
    "The names you call each other. The plan uses them everywhere, and the order does not matter. "
    "A colour each is optional; it helps you tell your sessions apart at a glance.",
)
STOP_SIGNAL_TEXT = QT_TRANSLATE_NOOP(
    "SetupWizard",
    "Agree together on a word or a gesture that means “stop now”. Either of you can use it at any moment, "
    "for any reason. The other stops straight away, without questions, and you talk later when you are both ready.",
)
WEEK_TEXT = QT_TRANSLATE_NOOP(
    "SetupWizard",
    "Tick the days each of you is usually unavailable, so the plan can keep them free. "
    "This is only a starting point: every week can be different.",
)
ABOUT_POINTS = (
    (
        QT_TRANSLATE_NOOP("SetupWizard", "It is not therapy."),
        QT_TRANSLATE_NOOP(
            "SetupWizard",
            "A couples therapist can guide you through what is hard, and you are welcome to bring "
            "this plan to your sessions.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("SetupWizard", "Safety comes first."),
        QT_TRANSLATE_NOOP(
            "SetupWizard",
            "If anyone is unsafe at home, please contact your local emergency services or a domestic abuse helpline.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("SetupWizard", "Everything stays on this computer."),
        QT_TRANSLATE_NOOP("SetupWizard", "Nothing is sent anywhere."),
    ),
    (
        QT_TRANSLATE_NOOP("SetupWizard", "Private notes stay private."),
        QT_TRANSLATE_NOOP("SetupWizard", "Each of you can lock yours with your own passphrase."),
    ),
)


def about_html() -> str:
    """What the app is and is not, in the interface language."""
    points = "".join(
        f"<li style='margin-bottom: 6px'><b>{escape(translate('SetupWizard', bold))}</b> "
        f"{escape(translate('SetupWizard', rest))}</li>"
        for bold, rest in ABOUT_POINTS
    )
    intro = translate(
        "SetupWizard",
        "RepairPlanner helps the two of you plan small, gentle steps of touch and talk, at a pace you both choose.",
    )
    outro = translate("SetupWizard", "Please read this together, then each tick your own box.")
    return f"<p>{escape(intro)}</p><ul style='margin-left: 0'>{points}</ul><p>{escape(outro)}</p>"


def _body(text: str, rich: bool = False) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


class _FieldPage(QWizardPage):
    """A page holding field groups; Next waits until none has anything left to fix."""

    def __init__(
        self, title: str, text: str, *fields: NamesField | StopSignalField | SlowDownSignalField | WeekField
    ) -> None:
        super().__init__()
        self.groups = fields
        self.setTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(_body(translate("SetupWizard", text)))
        layout.addSpacing(12)
        for field in fields:
            layout.addWidget(field)
            field.changed.connect(self.completeChanged)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return all(group.error() is None for group in self.groups)

    def validatePage(self) -> bool:
        return self.isComplete()


class _WeekPage(_FieldPage):
    """The usual week, addressed to the partners by the names just entered."""

    def __init__(self, names: NamesField, week: WeekField) -> None:
        super().__init__(translate("SetupWizard", "Your usual week"), WEEK_TEXT, week)
        self._names = names
        self._week = week

    def initializePage(self) -> None:
        self._week.set_names(*self._names.display_names())


class _AboutPage(QWizardPage):
    """What the app is and is not; Start waits until each partner has ticked their own box."""

    def __init__(self, names: NamesField) -> None:
        super().__init__()
        self._names = names
        self.setTitle(translate("SetupWizard", "What RepairPlanner is and is not"))
        self.read_boxes = [QCheckBox(), QCheckBox()]
        layout = QVBoxLayout(self)
        layout.addWidget(_body(about_html(), rich=True))
        layout.addSpacing(8)
        for box in self.read_boxes:
            layout.addWidget(box)
            box.toggled.connect(self.completeChanged)
        layout.addStretch(1)

    def initializePage(self) -> None:
        for box, name in zip(self.read_boxes, self._names.display_names(), strict=True):
            read = translate("SetupWizard", "{name} has read this")
            box.setText(read.format(name=mnemonic_safe(name)))
            box.setAccessibleName(read.format(name=name))

    def isComplete(self) -> bool:
        return all(box.isChecked() for box in self.read_boxes)

    def validatePage(self) -> bool:
        return self.isComplete()


class SetupWizard(QWizard):
    """Shown once, before the first plan, while no couple exists yet."""

    def __init__(self, dialogs: ColourChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("SetupWizard", "Welcome to RepairPlanner"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("SetupWizard", "Start"))
        self.setMinimumSize(660, 440)
        self.names = NamesField(self._dialogs)
        self.stop_signal = StopSignalField()
        self.slow_down_signal = SlowDownSignalField(self.stop_signal)
        self.week = WeekField()
        welcome = QWizardPage()
        welcome.setTitle(translate("SetupWizard", "Let's set up your plan together"))
        QVBoxLayout(welcome).addWidget(_body(translate("SetupWizard", WELCOME_TEXT)))
        self.about_page = _AboutPage(self.names)
        self.welcome_id = self.addPage(welcome)
        self.names_id = self.addPage(_FieldPage(translate("SetupWizard", "Your names"), NAMES_TEXT, self.names))
        self.stop_signal_id = self.addPage(
            _FieldPage(
                translate("SetupWizard", "Your stop signal"), STOP_SIGNAL_TEXT, self.stop_signal, self.slow_down_signal
            )
        )
        self.week_id = self.addPage(_WeekPage(self.names, self.week))
        self.about_id = self.addPage(self.about_page)

    def setup(self) -> CoupleSetup:
        """Everything entered, cleaned by the couple rules (SetupError if a rule is broken)."""
        first, second = self.names.drafts(*self.week.unavailable())
        stop, slow = self.stop_signal.text(), self.slow_down_signal.text()
        return clean_setup(CoupleSetup(first, second, stop, self.week.week_start(), slow_down_signal=slow))

    @classmethod
    def ask(cls, parent: QWidget | None, dialogs: ColourChooser) -> CoupleSetup | None:
        """Run the setup; the couple's answers, or None if they cancelled."""
        wizard = cls(dialogs, parent)
        if wizard.exec() != QWizard.DialogCode.Accepted:
            return None
        return wizard.setup()
