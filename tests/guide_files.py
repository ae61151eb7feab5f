"""Small Guide files for tests (the content branch writes the real ones)."""

from __future__ import annotations

from pathlib import Path

BODY = (
    "Betrayal can land like a trauma. Being on guard is the body trying to keep you safe, and it is normal.\n\n"
    "A few things help:\n- going slowly\n- naming what you feel\n\n"
    "This line has <b>angle brackets</b> & an ampersand, shown as they are."
)

READINGS = f'''
[[reading]]
id = "betrayal-as-trauma"
title = "Betrayal as a trauma"
moment = "setup"
body = """{BODY} Hypervigilance fades with safety."""

[[reading]]
id = "before-touch"
title = "Before your first touch session"
moment = "first-touch"
body = """{BODY} Touch here is never sexual."""

[[reading]]
id = "a-new-level"
title = "Safety, risk, engagement, pleasure"
moment = "new-level"
body = """{BODY} Each level asks a little more."""

[[reading]]
id = "after-a-stop"
title = "After the stop signal"
moment = "stop-signal"
body = """{BODY} Stopping is part of the method."""

[[reading]]
id = "forgiveness"
title = "Forgiveness is not forgetting"
body = """{BODY} There is no deadline."""
'''

SAFETY = f'''
[[section]]
id = "when-not-to-use"
title = "When not to use this app"
body = """If the affair is still going on, or anyone feels pressured or afraid, help for one comes first.\n\n{BODY}"""

[[section]]
id = "finding-help"
title = "Finding help near you"
body = """Look up your local crisis line and domestic abuse helpline, and write them below."""
'''


def write_guide(folder: Path) -> Path:
    """A guide folder with five readings (one for each moment) and two safety sections."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "readings.toml").write_text(READINGS, encoding="utf-8")
    (folder / "safety.toml").write_text(SAFETY, encoding="utf-8")
    return folder
