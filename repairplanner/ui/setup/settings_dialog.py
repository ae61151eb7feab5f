"""Settings: change what the couple entered at setup (names, colours, stop and slow-down signals, usual week),
the interface language and the diagnostic log."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.couple import Couple, CoupleSetup, PartnerDraft, clean_setup
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.setup.couple_fields import NamesField, SlowDownSignalField, StopSignalField
from repairplanner.ui.setup.pace_field import PaceField, PaceStore
from repairplanner.ui.setup.usual_week_field import WeekField
from repairplanner.ui.shared.language import LANGUAGES, SYSTEM, save_language, saved_language
from repairplanner.ui.shared.plain_text import plain_label

if TYPE_CHECKING:
    from repairplanner.logging_setup import DiagnosticLog
    from repairplanner.ui.setup.colour_field import ColourChooser

LOG_EXPLAINED = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "Helps when you report a problem. It notes what the app did and any errors, never your names, notes or "
    "anything you type, and it stays on this computer, in {folder}.",
)


class SettingsDialog(QDialog):
    """The setup's fields, filled from the couple; OK stays disabled while something needs changing."""

    def __init__(
        self,
        couple: Couple,
        dialogs: ColourChooser,
        parent: QWidget | None = None,
        *,
        diagnostics: DiagnosticLog | None = None,
        settings_file: Path | None = None,
        pace: PaceStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._diagnostics = diagnostics
        self._settings_file = settings_file
        self._pace = pace
        self._build_ui()
        self._connect_signals()
        self.set_couple(couple)
        if pace is not None:
            self.pace.set_settings(pace.current())

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.names = NamesField(self._dialogs)
        self.stop_signal = StopSignalField()
        self.slow_down_signal = SlowDownSignalField(self.stop_signal)
        self.week = WeekField()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.tabs = QTabWidget()
        together = QWidget()
        layout = QVBoxLayout(together)
        intro = plain_label(translate("SettingsDialog", "What you agreed at the start. Change anything here together."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        groups = (
            (translate("SettingsDialog", "Names"), (self.names,)),
            (translate("SettingsDialog", "Stop and slow-down signals"), (self.stop_signal, self.slow_down_signal)),
            (translate("SettingsDialog", "Usual week"), (self.week,)),
        )
        for title, fields in groups:
            group = QGroupBox(title)
            group_layout = QVBoxLayout(group)
            for field in fields:
                group_layout.addWidget(field)
            layout.addWidget(group)
        layout.addStretch(1)
        self.tabs.addTab(together, translate("SettingsDialog", "&Together"))
        self.pace = PaceField()
        if self._pace is not None:
            self.tabs.addTab(_scrolling(self.pace), translate("SettingsDialog", "&Pace"))
        self.tabs.addTab(self._build_app_tab(), translate("SettingsDialog", "&App"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.buttons)

    def _build_app_tab(self) -> QWidget:
        """The language and the diagnostic log: choices about the app, not about the couple."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self._build_language(layout)
        self.keep_log = QCheckBox(translate("SettingsDialog", "Keep a diagnostic log"))
        if self._diagnostics is not None:
            self.keep_log.setChecked(self._diagnostics.switched_on)
            explained = plain_label(translate("SettingsDialog", LOG_EXPLAINED).format(folder=self._diagnostics.folder))
            explained.setWordWrap(True)
            group = QGroupBox(translate("SettingsDialog", "Troubleshooting"))
            group_layout = QVBoxLayout(group)
            group_layout.addWidget(self.keep_log)
            group_layout.addWidget(explained)
            layout.addWidget(group)
        layout.addStretch(1)
        return tab

    def _build_language(self, layout: QVBoxLayout) -> None:
        """The interface language: the system's, or one named in itself; shown only where it can be saved."""
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(translate("SettingsDialog", "Language"))
        self.language_combo.addItem(translate("SettingsDialog", "Follow the system"), SYSTEM)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)  # each named in itself, never translated
        if self._settings_file is None:
            self.language_combo.hide()
            return
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(saved_language(self._settings_file))))
        note = plain_label(translate("SettingsDialog", "The new language is used from the next start."))
        note.setWordWrap(True)
        group = QGroupBox(translate("SettingsDialog", "Language"))
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self.language_combo)
        group_layout.addWidget(note)
        layout.addWidget(group)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.names.changed.connect(self._on_names_changed)
        self.stop_signal.changed.connect(self._on_field_changed)
        self.slow_down_signal.changed.connect(self._on_field_changed)
        self.week.changed.connect(self._on_field_changed)
        self.pace.changed.connect(self._on_field_changed)

    def set_couple(self, couple: Couple) -> None:
        """Fill every field from `couple`."""
        first, second = (PartnerDraft(p.name, p.color, p.unavailable_weekdays) for p in couple.partners)
        self.names.set_partners(first, second)
        self.stop_signal.set_text(couple.stop_signal)
        self.slow_down_signal.set_text(couple.slow_down_signal)
        self.week.set_week_start(couple.week_start)
        self.week.set_unavailable(first.unavailable_weekdays, second.unavailable_weekdays)

    def error(self) -> str | None:
        """The first thing that needs changing before saving, or None."""
        found = self.names.error() or self.stop_signal.error() or self.slow_down_signal.error() or self.week.error()
        return found or (self.pace.error() if self._pace is not None else None)

    def setup(self) -> CoupleSetup:
        """Everything as edited, cleaned by the couple rules (SetupError if a rule is broken)."""
        first, second = self.names.drafts(*self.week.unavailable())
        stop, slow = self.stop_signal.text(), self.slow_down_signal.text()
        return clean_setup(CoupleSetup(first, second, stop, self.week.week_start(), slow_down_signal=slow))

    def language(self) -> str:
        """The language chosen: a code from `LANGUAGES`, or "" to follow the system."""
        return str(self.language_combo.currentData())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        couple: Couple,
        dialogs: ColourChooser,
        *,
        diagnostics: DiagnosticLog | None = None,
        settings_file: Path | None = None,
        pace: PaceStore | None = None,
    ) -> CoupleSetup | None:
        """Show the settings; the edited details, or None if cancelled. The log switch, the language (saved in
        `settings_file`, used from the next start) and the pace thresholds (kept by `pace`) apply on OK."""
        dialog = cls(couple, dialogs, parent, diagnostics=diagnostics, settings_file=settings_file, pace=pace)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if diagnostics is not None:
            diagnostics.set_switched_on(dialog.keep_log.isChecked())
        if settings_file is not None:
            save_language(settings_file, dialog.language())
        return dialog.setup()

    def accept(self) -> None:
        # The thresholds are kept here, so a failure leaves the dialog open with every number as typed.
        if self._pace is not None:
            try:
                if self.pace.settings() != self._pace.current():
                    self._pace.save(self.pace.settings())
            except UserFacingError as error:
                self.pace.show_problem(error.message)
                self.tabs.setCurrentIndex(1)
                return
        super().accept()

    def _on_names_changed(self) -> None:
        self.week.set_names(*self.names.display_names())
        self._on_field_changed()

    def _on_field_changed(self) -> None:
        self.ok_button.setEnabled(self.error() is None)


def _scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area, so a long tab fits a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
