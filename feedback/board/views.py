"""The termly highlight report for the Board: in the admin (printable), as a spreadsheet, and
as one HTML file that opens without the site (styles inline, charts as inline SVG)."""

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.generic import TemplateView

from feedback.board.exports import board_report_workbook
from feedback.board.report import board_report, report_terms
from feedback.measures import min_responses
from feedback.reports import IndicatorPermissionMixin
from localoffer.calendar import span_from_key

STYLESHEET = "feedback/css/board_report.css"


class BoardReportView(IndicatorPermissionMixin, TemplateView):
    template_name = "feedback/board/report.html"

    def get_context_data(self, **kwargs):
        terms, default = report_terms()
        term = span_from_key(self.request.GET.get("term", ""))
        if term not in terms:
            term = default
        return super().get_context_data(
            report=board_report(term),
            term=term,
            terms=terms,
            min_responses=min_responses(),
            **kwargs,
        )


class BoardReportSpreadsheetView(BoardReportView):
    def render_to_response(self, context, **kwargs):
        response = HttpResponse(
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        board_report_workbook(context["report"]).save(response)
        response["Content-Disposition"] = _attachment(context["term"], "xlsx")
        return response


class BoardReportFileView(BoardReportView):
    """The report as one HTML file a lead can email to Board members: it opens offline."""

    def render_to_response(self, context, **kwargs):
        with open(finders.find(STYLESHEET), encoding="utf-8") as stylesheet:
            context["inline_css"] = stylesheet.read()
        html = render_to_string(self.template_name, context, request=self.request)
        response = HttpResponse(html, content_type="text/html; charset=utf-8")
        response["Content-Disposition"] = _attachment(context["term"], "html")
        return response


def _attachment(term, extension):
    return f'attachment; filename="board-report-{term.key}.{extension}"'
