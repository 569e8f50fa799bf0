"""Spreadsheet downloads that are safe to open.

A family's comment typed as `=HYPERLINK("http://…", "Click")` would be a live formula in the CSV
a lead opens in Excel (CSV injection). Wagtail already stores such text as text in its XLSX
downloads, but writes CSV cells as they are. Every admin download (our reports and inboxes,
snippet listings, Wagtail's own reports) writes its CSV rows through
`SpreadsheetExportMixin.write_csv_row`, so that is where each cell is neutralised, once for all.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

# What spreadsheet programs read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """`value`, with a leading apostrophe if it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv_row(view, writer, row_dict):
    return writer.writerow(
        {
            field: neutralise(view.preprocess_field_value(field, value, view.FORMAT_CSV))
            for field, value in row_dict.items()
        }
    )


def neutralise_csv_downloads():
    """Called once when the app is ready (see apps.py)."""
    SpreadsheetExportMixin.write_csv_row = write_csv_row
