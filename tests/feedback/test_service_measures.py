"""Service measures: a lead uploads a CSV file of figures (all or nothing, every mistake named
by row and column), and an indicator fed by a measure shows its figures with the small-number
rule, its direction and its targets."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from feedback.charts import format_value
from feedback.indicator_results import indicator_results
from feedback.measures import Measure
from feedback.models import MeasureFigure, ServiceMeasure
from feedback.service_measures.upload import read_figures
from localoffer.calendar import Period, Span, recent_spans
from tests.feedback.factories import OutcomeIndicatorFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 2, 12, tzinfo=ZoneInfo("Europe/London"))
HEADER = "period,value,base,target,published\n"


@pytest.fixture(autouse=True)
def _december_2026():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def appeals():
    return ServiceMeasure.objects.create(
        name="Appeals to the SEND Tribunal", unit="count", better="lower", period="term"
    )


@pytest.fixture
def on_time():
    return ServiceMeasure.objects.create(
        name="EHC plans issued within 20 weeks", unit="percentage", better="higher", period="month"
    )


def upload_url(measure):
    return reverse("wagtailsnippets_feedback_servicemeasure:upload", args=[measure.pk])


def post(client, measure, text, name="figures.csv"):
    upload = SimpleUploadedFile(name, text.encode() if isinstance(text, str) else text)
    return client.post(upload_url(measure), {"file": upload})


def messages(response):
    html = BeautifulSoup(response.content, "html.parser")
    found = html.select("#upload-errors li, .error-message")
    return [element.get_text(" ", strip=True) for element in found]


# The upload -------------------------------------------------------------------------------------


def test_a_good_file_stores_one_figure_per_row(lead_client, appeals):
    response = post(
        lead_client,
        appeals,
        HEADER + "2025-09-01,30,,20,2026-01-20\n2026-01-01,24,,20,2026-04-21\n\n",
    )

    assert response.status_code == 302
    figures = MeasureFigure.objects.filter(measure=appeals).order_by("period_start")
    assert [(f.period_start, f.value, f.base, f.target, f.published_on) for f in figures] == [
        (datetime.date(2025, 9, 1), 30, None, 20, datetime.date(2026, 1, 20)),
        (datetime.date(2026, 1, 1), 24, None, 20, datetime.date(2026, 4, 21)),
    ]


def test_a_new_file_replaces_the_figure_for_the_same_period(lead_client, appeals):
    post(lead_client, appeals, HEADER + "2025-09-01,30,,20,2026-01-20\n")
    post(lead_client, appeals, HEADER + "2025-09-01,29,,20,2026-02-01\n")
    assert list(MeasureFigure.objects.values_list("value", flat=True)) == [29]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("2025-09-01,lots,,20,2026-01-20", "Row 3, column “value”: “lots” is not a number."),
        ("2025-09-01,,,20,2026-01-20", "Row 3, column “value”: it is empty"),
        ("1/9/2025,30,,20,2026-01-20", "Row 3, column “period”: “1/9/2025” is not a date"),
        ("2025-10-01,30,,20,2026-01-20", "Row 3, column “period”: 2025-10-01 is not the first"),
        ("2025-09-01,30,,20,", "Row 3, column “published”: it is empty"),
        ("2025-09-01,30,4.5,20,2026-01-20", "Row 3, column “base”: “4.5” is not a whole number"),
        ("2025-09-01,-3,,20,2026-01-20", "Row 3, column “value”: Enter a number of 0 or more."),
        ("2025-09-01,30,,twenty,2026-01-20", "Row 3, column “target”: “twenty” is not a number."),
        ("2025-09-01,30.123,,20,2026-01-20", "Row 3, column “value”: “30.123” has too many"),
        ("2025-09-01,30,,20,2026-01-20,extra", "Row 3 has more cells than the header."),
        ("2026-01-01,30,,20,2026-01-20", "Row 3, column “period”: 2026-01-01 is already in row 2"),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_stored(lead_client, appeals, row, message):
    response = post(lead_client, appeals, HEADER + "2026-01-01,24,,20,2026-04-21\n" + row + "\n")

    assert response.status_code == 400
    assert any(m.startswith(message) for m in messages(response)), messages(response)
    assert not MeasureFigure.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The submitted file is empty."),
        (b"\n", "The file is empty."),
        (b"period,value\n2025-09-01,3\n", "Row 1: the column “published” is missing."),
        (HEADER.encode() + b"\n", "The file has no figures under its header row."),
        (b"period,value,published,colour\n", "Row 1: the column “colour” is not one"),
        ("period,value,published\n2025-09-01,3½,2026-01-01\n".encode("utf-16"), "The file is not"),
    ],
)
def test_a_file_that_is_not_a_file_of_figures_is_refused(lead_client, appeals, content, message):
    response = post(lead_client, appeals, content)
    assert response.status_code == 400
    assert any(m.startswith(message) for m in messages(response)), messages(response)
    assert not MeasureFigure.objects.exists()


def test_a_percentage_over_100_is_refused_with_every_other_mistake(on_time):
    upload = read_figures(
        on_time, (HEADER + "2026-09-01,101,40,65,2026-10-15\n2026-10-01,x,40,165,\n").encode()
    )
    assert not upload.ok
    assert upload.figures == []
    assert upload.errors == [
        "Row 2, column “value”: A percentage must be from 0 to 100.",
        "Row 3, column “value”: “x” is not a number.",
        "Row 3, column “published”: it is empty",
    ]


def test_a_missing_file_is_a_400(lead_client, appeals):
    assert lead_client.post(upload_url(appeals), {}).status_code == 400


def test_the_upload_form_needs_permission_to_change_measures(client, editor, appeals):
    client.force_login(editor)
    assert client.get(upload_url(appeals)).status_code in (302, 403)
    assert post(client, appeals, HEADER + "2025-09-01,30,,20,2026-01-20\n").status_code in (
        302,
        403,
    )
    assert not MeasureFigure.objects.exists()


# Indicators fed by a measure ---------------------------------------------------------------------


def figure(measure, start, value, base=None, target=None):
    return MeasureFigure.objects.create(
        measure=measure,
        period_start=start,
        value=value,
        base=base,
        target=target,
        published_on=datetime.date(2026, 11, 1),
    )


def results(indicator, spans):
    return indicator_results([indicator], lambda _indicator: spans)[0]


def service_indicator(measure, target=None):
    return OutcomeIndicatorFactory(
        name=measure.name,
        measure=Measure.SERVICE,
        service_measure=measure,
        period=measure.period,
        target=target,
    )


def test_lower_is_better_puts_a_figure_under_its_target_on_track(appeals):
    indicator = service_indicator(appeals)
    figure(appeals, datetime.date(2026, 1, 1), 31, target=20)
    figure(appeals, datetime.date(2026, 4, 1), 18, target=20)

    spans = recent_spans(Period.TERM, datetime.date(2026, 8, 1), 2)
    periods = results(indicator, spans).periods

    assert [(p.value, p.on_track, p.trend) for p in periods] == [
        (31, False, None),
        (18, True, "down"),
    ]


def test_small_counts_and_figures_from_few_children_are_not_shown(appeals, on_time):
    exclusions = service_indicator(appeals)
    figure(appeals, datetime.date(2026, 4, 1), 3, target=4)  # 1 to 9: could identify a child
    figure(appeals, datetime.date(2026, 1, 1), 0, target=4)  # none: safe to say
    plans = service_indicator(on_time)
    figure(on_time, datetime.date(2026, 8, 1), 75, base=8)  # from 8 plans only

    terms = recent_spans(Period.TERM, datetime.date(2026, 8, 1), 2)
    assert [p.value for p in results(exclusions, terms).periods] == [0, None]
    (august,) = results(plans, [Span(Period.MONTH, datetime.date(2026, 8, 1))]).periods
    assert august.value is None
    assert august.on_track is None


def test_monthly_figures_are_combined_over_their_bases_for_a_term(on_time):
    indicator = service_indicator(on_time, target=Decimal(65))
    figure(on_time, datetime.date(2026, 1, 1), 50, base=40)
    figure(on_time, datetime.date(2026, 2, 1), 70, base=40)
    figure(on_time, datetime.date(2026, 3, 1), 80, base=20)

    (spring,) = results(indicator, [Span(Period.TERM, datetime.date(2026, 1, 1))]).periods

    assert (spring.value, spring.responses, spring.on_track) == (Decimal("64.0"), 100, False)


def test_an_indicator_shows_a_measure_only_for_the_measures_own_period(appeals):
    indicator = service_indicator(appeals)
    indicator.period = Period.MONTH
    with pytest.raises(Exception, match="figures for each school term"):
        indicator.full_clean()


def test_a_lead_adds_an_indicator_for_a_service_measure(lead_client, appeals):
    from tests.feedback.test_indicator_admin import indicator_data

    response = lead_client.post(
        reverse("wagtailsnippets_feedback_outcomeindicator:add"),
        indicator_data(
            name="Appeals",
            measure="service",
            service_measure=appeals.pk,
            target="",
        ),
    )
    assert response.status_code == 302
    figure(appeals, datetime.date(2026, 4, 1), 22, target=20)
    html = BeautifulSoup(
        lead_client.get(reverse("feedback_indicators:dashboard")).content, "html.parser"
    )
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("th, td")]
        for row in html.select(".indicator__table tbody tr")
    ]
    assert ["Summer term 2026", "22", "", "Off track", ""] in rows


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (Decimal("61.50"), "percentage", "61.5%"),
        (Decimal("45.00"), "days", "45 days"),
        ("45", "days", "45 days"),  # a target, already a plain number in a template
        (Decimal("1"), "days", "1 day"),
        (Decimal("24.00"), "count", "24"),
        (None, "count", "Not shown"),
    ],
)
def test_figures_read_in_their_unit(value, unit, shown):
    assert format_value(value, unit) == shown
