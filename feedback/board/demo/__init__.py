"""Demo strategy priorities for Anyshire (`priorities.yaml`): their order and description, the
"You said, we did" entries that report on each, and a lead's narrative for the last term that
has ended. Loaded after the indicators and entries, which it links by name and title."""

from pathlib import Path

from feedback.models import Priority, PriorityNarrative, YouSaidWeDidEntry
from localoffer import calendar
from localoffer.calendar import Period, span_containing
from localoffer.demo.pages import read

HERE = Path(__file__).resolve().parent


def load(demo):
    last_term = span_containing(calendar.today(), Period.TERM).previous()
    definitions = read(HERE / "priorities.yaml")["priorities"]
    for order, definition in enumerate(definitions, start=1):
        priority, _created = Priority.objects.get_or_create(name=definition["name"])
        if not priority.description:  # new, or made by the indicators' demo: not edited since
            priority.sort_order = order
            priority.description = definition["description"]
            priority.save()
        if not priority.you_said_we_did_entries.exists():
            priority.you_said_we_did_entries.set(
                YouSaidWeDidEntry.objects.originals().filter(title__in=definition["entries"])
            )
        PriorityNarrative.objects.get_or_create(
            priority=priority,
            term_start=last_term.start,
            defaults={"narrative": definition["narrative"]},
        )
