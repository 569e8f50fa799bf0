"""The SEND Partnership Board's termly highlight report: strategy priorities, what each
priority's indicators say this term, the "You said, we did" entries that answer it, and a
short narrative a lead writes each term."""
